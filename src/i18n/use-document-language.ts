import { useEffect } from 'react';
import { useAppStore } from '../store';

/**
 * Keeps `<html lang>` on the chosen language (nb, nn, en), so that screen readers pronounce the
 * text in the right language and the browser hyphenates and translates correctly (WCAG 3.1.1).
 */
export function useDocumentLanguage(): void {
  const locale = useAppStore((state) => state.ui.locale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
}
