/**
 * The adjusted Rand index of two groupings of the same items: 1 when they
 * agree exactly, about 0 when they agree no more than chance would, and
 * negative when less (Hubert and Arabie, 1985).
 */
export function adjustedRandIndex(a: readonly string[], b: readonly string[]): number {
  if (a.length !== b.length) throw new Error('the groupings cover different items');
  const pairs = (n: number) => (n * (n - 1)) / 2;
  const tally = (labels: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
    return [...counts.values()];
  };
  const joint = new Map<string, number>();
  a.forEach((label, i) => joint.set(`${label}\u0000${b[i]}`, (joint.get(`${label}\u0000${b[i]}`) ?? 0) + 1));
  const index = [...joint.values()].reduce((sum, n) => sum + pairs(n), 0);
  const rows = tally(a).reduce((sum, n) => sum + pairs(n), 0);
  const columns = tally(b).reduce((sum, n) => sum + pairs(n), 0);
  const expected = (rows * columns) / pairs(a.length);
  const max = (rows + columns) / 2;
  // Both groupings put everything together, or everything apart: they agree completely.
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}
