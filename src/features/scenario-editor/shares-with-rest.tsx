import { NumberField } from '../../components/number-field';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import { normalise } from '../../lib/shares';

type Three = readonly [number, number, number];

interface SharesWithRestProps {
  readonly legend: string;
  /** Field labels of the first two shares, e.g. "15 år (%)". */
  readonly labels: readonly [string, string];
  /** Names of the three, e.g. "15 år", for the rest and the message. */
  readonly names: readonly [string, string, string];
  /** The stored weights (the engine scales them to sum to 1). */
  readonly weights: Three;
  readonly defaults: Three;
  readonly assumption: boolean;
  /** Stores three shares summing to 1; returns a message if the store refuses them. */
  readonly apply: (shares: [number, number, number]) => string | null;
}

const clean = (x: number) => Math.max(0, Math.round(x * 1e12) / 1e12);

/**
 * Three shares that sum to 100 %: the planner types the first two, the third is the rest. The
 * stored weights are shown as the shares the engine uses (weights 1/1/1 show as 33,33 % each).
 */
export function SharesWithRest({ legend, labels, names, weights, defaults, assumption, apply }: SharesWithRestProps) {
  const t = useMessages();
  const { formatPercent } = useFormat();
  const [a = 0, b = 0, c = 0] = normalise(weights);
  const [da = 0, db = 0] = normalise(defaults);
  const commit = (index: 0 | 1, share: number) => {
    const other = index === 0 ? b : a;
    if (share + other > 1 + 1e-9) return t.inputs.shares.overFull(names[0], names[1]);
    const rest = clean(1 - share - other);
    return apply(index === 0 ? [share, other, rest] : [other, share, rest]);
  };
  return (
    <fieldset className="share-set">
      <legend>{legend}</legend>
      <div className="field-grid">
        <NumberField label={labels[0]} value={a} rule={{ kind: 'share' }} defaultValue={da} assumption={assumption} onCommit={(v) => commit(0, v)} />
        <NumberField label={labels[1]} value={b} rule={{ kind: 'share' }} defaultValue={db} assumption={assumption} onCommit={(v) => commit(1, v)} />
        <p className="share-rest" aria-live="polite">
          {t.inputs.shares.rest(names[2], formatPercent(c))}
        </p>
      </div>
    </fieldset>
  );
}
