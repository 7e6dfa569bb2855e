import { useState } from 'react';
import { LinkField } from '../../components/link-field';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import { useAppStore, useAppStoreApi } from '../../store';
import { appBase, browserClipboard, downloadScenario, shareScenario, type ShareOutcome } from './share';
import './shared-link.css';

/**
 * "Del lenke" for the current scenario, for the plan screen: copies the link to the clipboard
 * and says so; where it cannot copy, shows the link selected for copying; a scenario too large
 * for a link is pointed to the file export, offered right there.
 */
export function ShareLinkButton() {
  const t = useMessages().sharedLink;
  const { formatNumber } = useFormat();
  const store = useAppStoreApi();
  const name = useAppStore((state) => state.scenario.name);
  const [outcome, setOutcome] = useState<ShareOutcome | null>(null);
  const [exported, setExported] = useState<string | null>(null);

  const share = async () => {
    setExported(null);
    setOutcome(await shareScenario(store.getState().scenario, appBase(), browserClipboard()));
  };
  const exportFile = () => setExported(downloadScenario(store.getState().scenario, t.filePrefix));

  let message: string | null = null;
  if (exported !== null) message = t.exported(exported);
  else if (outcome?.kind === 'copied') message = t.copied(name);
  else if (outcome?.kind === 'manual') message = t.copyFailed(name);
  else if (outcome?.kind === 'too-long') message = t.tooLong(formatNumber(outcome.length));

  return (
    <div className="share-link">
      <button type="button" className="button-secondary" onClick={() => void share()}>
        {t.share}
      </button>
      <div role="status" className="share-link-status">
        {message && <p className="share-link-message">{message}</p>}
      </div>
      {outcome?.kind === 'manual' && <LinkField url={outcome.url} label={t.linkLabel(name)} className="share-link-field" />}
      {outcome?.kind === 'too-long' && exported === null && (
        <button type="button" className="button-secondary" onClick={exportFile}>
          {t.exportFile}
        </button>
      )}
    </div>
  );
}
