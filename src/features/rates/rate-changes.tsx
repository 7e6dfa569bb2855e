import { DEFAULT_POLICY, SCALABLE_GRANTS } from '../../components/policy-inputs';
import { useScenarioEdit } from '../../hooks/use-scenario-edit';
import type { Scenario, ScalableGrant } from '../../engine';
import { useMessages } from '../../i18n/use-messages';
import { useFormat } from '../../i18n/use-format';
import { useAppStore } from '../../store';
import { withoutOverride } from '../../report/rate-rows';

interface Change {
  readonly key: string;
  readonly text: string;
  readonly revert: (s: Scenario) => Scenario;
}

const withScale = (s: Scenario, grant: ScalableGrant, factor: number): Scenario => ({
  ...s,
  policy: { ...s.policy, grantScale: { ...s.policy.grantScale, [grant]: factor } },
});

/**
 * "Dine endringer av satser": every rate the planner entered and every policy what-if, each
 * with a button to revert it, and one to revert them all (docs/model.md#policy-what-ifs: the summary names every
 * override).
 */
export function RateChanges({ headingId }: { readonly headingId: string }) {
  const t = useMessages();
  const { formatKroner, formatPercent } = useFormat();
  const scenario = useAppStore((state) => state.scenario);
  const edit = useScenarioEdit();
  const changes: Change[] = [
    ...scenario.rateOverrides.map((o) => ({
      key: `${o.year}-${o.rate}`,
      text: t.rates.changeOverride(t.rates.labels[o.rate], o.year, formatKroner(o.value), o.source),
      revert: (s: Scenario) => ({ ...s, rateOverrides: withoutOverride(s.rateOverrides, o.year, o.rate) }),
    })),
    ...SCALABLE_GRANTS.filter((g) => scenario.policy.grantScale[g] !== DEFAULT_POLICY.grantScale[g]).map((g) => ({
      key: `scale-${g}`,
      text: t.rates.changeScale(t.inputs.policy.grants[g], formatPercent(scenario.policy.grantScale[g])),
      revert: (s: Scenario) => withScale(s, g, DEFAULT_POLICY.grantScale[g]),
    })),
    ...(scenario.policy.aboveRequestBonusPerPerson !== DEFAULT_POLICY.aboveRequestBonusPerPerson
      ? [
          {
            key: 'bonus',
            text: t.rates.changeBonus(formatKroner(scenario.policy.aboveRequestBonusPerPerson)),
            revert: (s: Scenario) => ({ ...s, policy: { ...s.policy, aboveRequestBonusPerPerson: DEFAULT_POLICY.aboveRequestBonusPerPerson } }),
          },
        ]
      : []),
  ];

  return (
    <section className="rate-changes" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.rates.changesHeading}</h3>
      {changes.length === 0 ? (
        <p className="muted">{t.rates.noChanges}</p>
      ) : (
        <>
          <ul className="change-list">
            {changes.map((change) => (
              <li key={change.key}>
                <span>{change.text}</span>
                <button type="button" className="button-secondary button-small" onClick={() => edit(change.revert)}>
                  {t.rates.revert}
                  {' '}
                  <span className="visually-hidden">{change.text}</span>
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button-secondary button-small"
            onClick={() => edit((s) => ({ ...s, rateOverrides: [], policy: DEFAULT_POLICY }))}
          >
            {t.rates.revertAll}
          </button>
        </>
      )}
    </section>
  );
}
