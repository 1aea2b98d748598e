/**
 * Deterministic randomness for the demo data: a 32-bit integer hash (for lazily generated
 * rows, where row `i` must be a pure function of the seed and `i`) and a small sequential PRNG
 * (mulberry32, for the eagerly generated lists). Never `Math.random()`.
 */

/** Avalanches the bits of a 32-bit integer (the splitmix32 / murmur3 finaliser family). */
export function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x21f0aaad);
  x = Math.imul(x ^ (x >>> 15), 0x735a2d97);
  return (x ^ (x >>> 15)) >>> 0;
}

/** A well-mixed unsigned 32-bit hash of a seed and up to three integers. */
export function hash32(seed: number, a: number, b = 0, c = 0): number {
  let h = mix32(seed + 0x9e3779b9);
  h = mix32(h ^ a);
  h = mix32(h ^ Math.imul(b + 1, 0x85ebca6b));
  return c === 0 ? h : mix32(h ^ Math.imul(c, 0xc2b2ae35));
}

/** `hash` mapped to `[0, 1)`. */
export function unit(hash: number): number {
  return hash / 4294967296;
}

/** A stable 32-bit seed from a number or a string (FNV-1a for strings). */
export function seedOf(seed: number | string): number {
  if (typeof seed === 'number' && Number.isSafeInteger(seed)) {
    return mix32((seed >>> 0) ^ mix32(Math.floor(seed / 4294967296) >>> 0));
  }
  const text = String(seed);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A hash of a string, e.g. of a query, written as 8 hex digits. */
export function hashText(text: string): string {
  return seedOf(`q:${text}`).toString(16).padStart(8, '0');
}

/** Sequential PRNG (mulberry32) with the helpers the generators need. */
export class Random {
  private state: number;

  constructor(seed: number, stream = 0) {
    this.state = hash32(seed, stream) | 0;
  }

  /** A float in `[0, 1)`. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in `[min, max]`. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  /** `n` random decimal digits. */
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(Math.floor(this.next() * 10));
    return s;
  }
}
