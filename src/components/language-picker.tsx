import { useId } from 'react';
import { LANGUAGE_LABEL, LOCALE_NAMES, LOCALES, type Locale } from '../i18n';
import './language-picker.css';

const isLocale = (value: string): value is Locale => LOCALES.some((locale) => locale === value);

/**
 * The choice of language, in the header: bokmål, nynorsk or English. The label is in both
 * Norwegian and English and each option is named in its own language, so that anyone can find
 * their way back. The shell passes the store's `ui.locale`, which is kept between visits.
 */
export function LanguagePicker({ locale, setLocale }: { readonly locale: Locale; readonly setLocale: (locale: Locale) => void }) {
  const id = useId();

  return (
    <div className="language-picker">
      <label htmlFor={id}>{LANGUAGE_LABEL}</label>
      <select
        id={id}
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) setLocale(event.target.value);
        }}
      >
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LOCALE_NAMES[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
