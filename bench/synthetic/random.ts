// A seeded generator, so the same scale gives the same record on every run and machine, and any one row can be
// generated again on its own (a claim's second version repeats its first version's citations).

export type Random = {
  /** A float in [0, 1). */
  next: () => number;
  int: (min: number, max: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  /** An index in [0, count), low indexes far more often: a few topics and claims draw most of the record. */
  skewed: (count: number) => number;
};

/** mulberry32: small, fast and good enough for test data. */
export function seeded(...seeds: number[]): Random {
  let state = seeds.reduce((hash, seed) => Math.imul(hash ^ seed, 0x9e3779b1) ^ (hash >>> 15), 0x2545f491) >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)],
    skewed: (count) => Math.min(count - 1, Math.floor(count * next() ** 2.5)),
  };
}
