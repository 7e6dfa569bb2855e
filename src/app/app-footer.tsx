import { useShallow } from 'zustand/react/shallow';
import { useMessages } from '../i18n/use-messages';
import { selectEditions, selectReferenceSource, useAppStore } from '../store';

/** Credits for the data (Kartverket CC BY 4.0 must be credited wherever names are shown). */
export function AppFooter() {
  const t = useMessages();
  const editions = useAppStore(useShallow(selectEditions));
  const source = useAppStore(selectReferenceSource);
  return (
    <footer className="app-footer">
      <p>{t.footer.municipalities}</p>
      <p>{t.footer.population}</p>
      <p>{t.footer.rates}</p>
      {editions && <p>{t.footer.edition(editions.rates, editions.municipalities)}</p>}
      {editions && source === 'bundled' && <p>{t.workspace.reference.footer(editions.rates, editions.municipalities)}</p>}
    </footer>
  );
}
