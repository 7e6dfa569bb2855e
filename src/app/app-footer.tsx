import { useMessages } from '../i18n/use-messages';
import { selectEditions, useAppStore } from '../store';
import { useShallow } from 'zustand/react/shallow';

/** Credits for the data (Kartverket CC BY 4.0 must be credited wherever names are shown). */
export function AppFooter() {
  const t = useMessages();
  const editions = useAppStore(useShallow(selectEditions));
  return (
    <footer className="app-footer">
      <p>{t.footer.municipalities}</p>
      <p>{t.footer.population}</p>
      <p>{t.footer.rates}</p>
      {editions && <p>{t.footer.edition(editions.rates, editions.municipalities)}</p>}
    </footer>
  );
}
