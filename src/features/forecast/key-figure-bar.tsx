import { useMessages } from '../../i18n/use-messages';
import './forecast.css';
import { useFormat } from '../../i18n/use-format';
import { useDeferredProjection } from '../../hooks/use-deferred-projection';
import { keyFiguresOf } from '../../report/key-figures';

/**
 * The plan's key figures in a bar that stays at the top of the window while the planner edits
 * (position: sticky), so an edit shows its effect without scrolling to the forecast: the
 * economy plan's net, the first month short of dwellings, the most waiting for a place. They
 * follow an edit in the deferred render of the projection, after the frame that shows the typed figure.
 */
export function KeyFigureBar() {
  const t = useMessages();
  const k = t.keyFigures;
  const { formatKroner, formatMonth, formatNumber } = useFormat();
  const projection = useDeferredProjection();
  if (projection === null) return null;
  const figures = keyFiguresOf(projection);
  const plan = figures.economyPlan;
  const estimated = plan.estimated && plan.net !== 0;
  return (
    <section className="key-figure-bar" aria-label={k.label}>
      <dl>
        <div className="key-figure">
          <dt>{k.net(plan.fromYear, plan.toYear)}</dt>
          <dd className={plan.net < 0 ? 'negative' : undefined}>
            {estimated && (
              <>
                <span className="estimate-marker" aria-hidden="true">
                  {t.forecast.estimatedMarker}
                </span>
                <span className="visually-hidden">{t.forecast.estimatedSr} </span>
              </>
            )}
            {formatKroner(plan.net)}
          </dd>
        </div>
        <div className="key-figure">
          <dt>{k.firstShort}</dt>
          <dd className={figures.firstShortMonth === null ? 'key-figure-fine' : 'key-figure-short'}>
            {figures.firstShortMonth === null ? k.enoughDwellings : formatMonth(figures.firstShortMonth)}
          </dd>
        </div>
        <div className="key-figure">
          <dt>{k.mostWaiting}</dt>
          <dd className={figures.mostWaiting === null ? 'key-figure-fine' : 'key-figure-short'}>
            {figures.mostWaiting === null ? k.nobodyWaiting : k.waiting(formatNumber(figures.mostWaiting.count), formatMonth(figures.mostWaiting.month))}
          </dd>
        </div>
      </dl>
    </section>
  );
}
