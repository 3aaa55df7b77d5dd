// Seeded randomness and calendar arithmetic for the bench data. Each program draws from its own
// generator, seeded from the run's seed and the program's number, so program 123 is the same
// whether 2,000 or 20,000 are made and however they are batched.

/** mulberry32: 32 bits of state, fast, and good enough to spread synthetic data. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export class Random {
  private readonly next: () => number;

  constructor(seed: number, stream = 0) {
    // Mixing the stream number in keeps neighbouring programs' sequences unrelated.
    this.next = mulberry32(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(stream + 1, 0xc2b2ae35));
  }

  /** A number in [0, 1). */
  float(): number {
    return this.next();
  }

  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error("Cannot pick from an empty list");
    return list[Math.floor(this.next() * list.length)]!;
  }

  /** One of the entries, each as likely as its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let at = this.next() * total;
    for (const [value, weight] of entries) {
      at -= weight;
      if (at < 0) return value;
    }
    return entries.at(-1)![0];
  }

  /** Up to `count` different elements, in random order. */
  sample<T>(list: readonly T[], count: number): T[] {
    const pool = [...list];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return chosen;
  }
}

// Dates are whole days since 1970-01-01 (UTC) while generating, and strings only when written.
export const DAY_MS = 86_400_000;

export const dayOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

/** A `@db.Date` value, as YYYY-MM-DD. */
export const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** A timestamp `minutes` into `day`, as PostgreSQL reads it into a `timestamp(3)` column (UTC). */
export const isoTime = (day: number, minutes = 0) => new Date(day * DAY_MS + minutes * 60_000).toISOString();

/** A timestamp given in milliseconds since 1970, as an ISO string. */
export const isoInstant = (ms: number) => new Date(ms).toISOString();

export const yearOf = (day: number) => new Date(day * DAY_MS).getUTCFullYear();

/** An amount of `cents` (minor units) as a decimal string with two places, exact. */
export function money(cents: number): string {
  const whole = Math.trunc(cents / 100);
  return `${whole}.${String(Math.abs(cents % 100)).padStart(2, "0")}`;
}

export const pad = (n: number, width: number) => String(n).padStart(width, "0");
