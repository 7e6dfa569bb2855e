/** A name not yet in `taken`: the name itself, or with " 2", " 3", … after it. */
export function uniqueName(name: string, taken: readonly string[]): string {
  const base = name.slice(0, 110);
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base} ${n}`;
    if (!taken.includes(candidate)) return candidate;
  }
}
