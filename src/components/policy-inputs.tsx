import { defaultScenario, type PolicyInput, type ScalableGrant } from '../engine';
import { useMessages } from '../i18n/use-messages';
import { FIELD_BOUNDS } from '../scenario/bounds';
import { InputGroup } from './input-group';
import { ruleOf } from './number-checks';
import { NumberField } from './number-field';

/** The grants a what-if can scale, in the order of the budget. */
export const SCALABLE_GRANTS: readonly ScalableGrant[] = [
  'integration',
  'elderly',
  'kindergarten',
  'minors',
  'highNeeds',
  'aboveRequest',
  'norwegianTraining',
];

/** The policy of a new scenario: every grant as in the table, no bonus. */
export const DEFAULT_POLICY: PolicyInput = defaultScenario('0000', 2026, 1).policy;

/** A grant may be scaled from 0 to 10 times (the scenario format's limit), typed as percent. */
const SCALE_RULE = ruleOf(FIELD_BOUNDS['policy.grantScale.integration']);
const BONUS_RULE = ruleOf(FIELD_BOUNDS['policy.aboveRequestBonusPerPerson']);

export const isDefaultPolicy = (policy: PolicyInput): boolean =>
  policy.aboveRequestBonusPerPerson === DEFAULT_POLICY.aboveRequestBonusPerPerson &&
  policy.minorsCareRefundShare === DEFAULT_POLICY.minorsCareRefundShare &&
  SCALABLE_GRANTS.every((g) => policy.grantScale[g] === DEFAULT_POLICY.grantScale[g]);

/**
 * Policy what-ifs (what-ifs outside the official rate table): scale any grant, add a bonus per person
 * settled above the request, or let the state refund a share of the minors' care cost, without touching the official rate table. Shared by the scenario
 * editor and the rates screen, which edit the same scenario fields and pass them in.
 */
export function PolicyInputs({
  title,
  hideTitle = false,
  policy,
  onChange: setPolicy,
}: {
  readonly title: string;
  readonly hideTitle?: boolean;
  readonly policy: PolicyInput;
  /** Applies a change to the policy: null when stored, else why it was refused. */
  readonly onChange: (change: (p: PolicyInput) => PolicyInput) => string | null;
}) {
  const t = useMessages();

  return (
    <InputGroup
      title={title}
      hideTitle={hideTitle}
      intro={t.inputs.policy.intro}
      atDefault={isDefaultPolicy(policy)}
      onReset={() => setPolicy(() => DEFAULT_POLICY)}
    >
      <div className="field-grid">
        {SCALABLE_GRANTS.map((grant) => (
          <NumberField
            key={grant}
            label={t.inputs.policy.scale(t.inputs.policy.grants[grant])}
            value={policy.grantScale[grant]}
            rule={SCALE_RULE}
            defaultValue={DEFAULT_POLICY.grantScale[grant]}
            onCommit={(v) => setPolicy((p) => ({ ...p, grantScale: { ...p.grantScale, [grant]: v } }))}
          />
        ))}
        <NumberField
          label={t.inputs.policy.bonus}
          hint={t.inputs.policy.bonusHint}
          value={policy.aboveRequestBonusPerPerson}
          rule={BONUS_RULE}
          defaultValue={DEFAULT_POLICY.aboveRequestBonusPerPerson}
          onCommit={(v) => setPolicy((p) => ({ ...p, aboveRequestBonusPerPerson: v }))}
        />
        <NumberField
          label={t.inputs.policy.minorsCareRefund}
          hint={t.inputs.policy.minorsCareRefundHint}
          value={policy.minorsCareRefundShare}
          rule={{ kind: 'share' }}
          defaultValue={DEFAULT_POLICY.minorsCareRefundShare}
          onCommit={(v) => setPolicy((p) => ({ ...p, minorsCareRefundShare: v }))}
        />
      </div>
    </InputGroup>
  );
}
