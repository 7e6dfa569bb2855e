/** The row with `values` written over it from index `from` (a paste or one cell); same length. */
export function spliceRow<R extends readonly number[]>(row: R, values: readonly number[], from: number): R {
  return row.map((x, i) => (i >= from && i < from + values.length ? (values[i - from] ?? x) : x)) as unknown as R;
}
