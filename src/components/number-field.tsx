import './inputs.css';
import type { ReactNode } from 'react';
import { useMessages } from '../i18n/use-messages';
import { useFormat } from '../i18n/use-format';
import { formatter, type Formatter } from '../lib/format';
import { checkNumber, showNumber, type NumberRule } from './number-checks';
import { ValidatedInput, type PasteOutcome } from './validated-input';

interface NumberFieldProps {
  readonly label: string;
  readonly value: number;
  readonly rule: NumberRule;
  /** Stores a valid value; returns a message if the store refuses it. */
  readonly onCommit: (value: number) => string | null;
  /** The default, shown beside the field ("Standard: 3 %"). */
  readonly defaultValue?: number;
  /** The default is an assumption (an illustrative default, not from a published source): labelled "Antakelse". */
  readonly assumption?: boolean;
  /** A warning for an implausible but valid value. */
  readonly warn?: (value: number) => string | null;
  readonly hint?: string;
  readonly hideLabel?: boolean;
  readonly onPasteText?: (text: string) => PasteOutcome;
  readonly className?: string;
  /** A name for the field that is the same in every language (see ValidatedInput). */
  readonly memoryKey?: string;
}

/** A default as the hint shows it, in the language of `format` (bokmål unless given): "3 %", "0 kr", "0,3". */
export function formatDefault(value: number, rule: NumberRule, { formatDecimalInput, formatKroner, formatPercent }: Formatter = formatter('nb')): string {
  switch (rule.kind) {
    case 'share':
      return formatPercent(value);
    case 'kroner':
      return formatKroner(value);
    case 'count':
    case 'decimal':
      return formatDecimalInput(value, 3);
  }
}

/**
 * A number field with its rule (a share typed as percent, whole kroner, a whole count), its
 * default shown beside it and labelled "Antakelse" where the default is an assumption.
 */
export function NumberField({
  label,
  value,
  rule,
  onCommit,
  defaultValue,
  assumption = false,
  warn,
  hint,
  hideLabel,
  onPasteText,
  className,
  memoryKey,
}: NumberFieldProps) {
  const t = useMessages();
  const format = useFormat();
  const parts: ReactNode[] = [];
  if (hint) parts.push(hint);
  if (defaultValue !== undefined) parts.push(t.inputs.defaultIs(formatDefault(defaultValue, rule, format)));
  const hintNode =
    parts.length === 0 ? undefined : (
      <>
        {parts.join(' ')}
        {assumption && defaultValue !== undefined && (
          <>
            {' '}
            <span className="badge badge-assumption">{t.inputs.assumption}</span>
          </>
        )}
      </>
    );
  return (
    <ValidatedInput
      label={label}
      hideLabel={hideLabel ?? false}
      value={value}
      format={(v) => showNumber(v, rule, format)}
      validate={(text) => checkNumber(text, rule, t.inputs.check, format)}
      onCommit={onCommit}
      commitOn="blur"
      warning={warn?.(value) ?? null}
      hint={hintNode}
      {...(onPasteText ? { onPasteText } : {})}
      {...(memoryKey ? { memoryKey } : {})}
      inputProps={{
        inputMode: rule.kind === 'count' || rule.kind === 'kroner' ? 'numeric' : 'decimal',
        autoComplete: 'off',
        className: `input-number input-${rule.kind}`,
      }}
      className={['number-field', className].filter(Boolean).join(' ')}
    />
  );
}
