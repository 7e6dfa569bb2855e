import type { Municipality, NationalRecordYear } from '../../engine';

/** The municipality's share of the national need, and what it rests on. */
export type NeedShare =
  | { readonly kind: 'population'; readonly share: number; readonly name: string }
  | { readonly kind: 'requests'; readonly share: number; readonly years: number }
  | { readonly kind: 'missing' };

/** A year's request to the municipality, as the planner enters it. */
export interface OwnRequest {
  readonly year: number;
  readonly request: number;
}

/**
 * The municipality's share of the national need («what IMDi might ask of us», beside the record
 * chart; it does not set N(t), docs/model.md#expected-level): by default its share of the
 * population of all municipalities (an assumption, labelled as one); where the planner enters its
 * own recent requests, the mean of own request ÷ IMDi's national request over the years entered
 * that the record has.
 */
export function needShare(
  municipality: Municipality | undefined,
  municipalities: readonly Municipality[],
  own: readonly OwnRequest[],
  record: readonly NationalRecordYear[],
): NeedShare {
  const ratios = own.flatMap(({ year, request }) => {
    const national = record.find((r) => r.year === year)?.request ?? 0;
    return national > 0 ? [request / national] : [];
  });
  if (ratios.length > 0) return { kind: 'requests', share: ratios.reduce((a, b) => a + b, 0) / ratios.length, years: ratios.length };
  const total = municipalities.reduce((sum, m) => sum + m.population, 0);
  if (municipality === undefined || total <= 0) return { kind: 'missing' };
  return { kind: 'population', share: municipality.population / total, name: municipality.name };
}
