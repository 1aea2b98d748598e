import { ProviderError } from '../../core/errors.js';
import { isTimeZone } from '../../core/dates.js';
import { decimalFromFloat } from './decimal.js';
import { isObject, type Json } from './envelope.js';
import { gregorianToIso } from './gregorian.js';

/**
 * Lenient readers for Kazoo documents: unknown keys are ignored and `null` counts as absent, but
 * a value the mapping cannot do without (an id, an amount that is not a number) fails with an
 * `unknown` error naming where it was (`GET /accounts/…/ledgers/per-minute-voip: data[3].amount`).
 */

export class KazooShapeError extends ProviderError {
  constructor(where: string, path: string, expected: string, actual: unknown) {
    const shown = actual === undefined ? 'nothing' : (JSON.stringify(actual)?.slice(0, 60) ?? String(actual));
    super('unknown', `Unexpected Kazoo response from ${where}: ${path} should be ${expected}, got ${shown}.`, { retryable: false });
  }
}

/** Reads the fields of one Kazoo object, naming paths in errors. */
export class Reader {
  constructor(
    readonly value: Json,
    readonly where: string,
    readonly path: string,
  ) {}

  static of(value: unknown, where: string, path = 'data'): Reader {
    if (!isObject(value)) throw new KazooShapeError(where, path, 'an object', value);
    return new Reader(value, where, path);
  }

  #fail(key: string, expected: string): never {
    throw new KazooShapeError(this.where, `${this.path}.${key}`, expected, this.value[key]);
  }

  has(key: string): boolean {
    return this.value[key] !== undefined && this.value[key] !== null;
  }

  /** A nested object, or `undefined`. */
  object(key: string): Reader | undefined {
    const v = this.value[key];
    return isObject(v) ? new Reader(v, this.where, `${this.path}.${key}`) : undefined;
  }

  string(key: string): string | undefined {
    const v = this.value[key];
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
  }

  requiredString(key: string): string {
    const v = this.string(key);
    if (v === undefined || v === '') this.#fail(key, 'a non-empty string');
    return v;
  }

  number(key: string): number | undefined {
    const v = this.value[key];
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
  }

  requiredNumber(key: string): number {
    const v = this.number(key);
    if (v === undefined) this.#fail(key, 'a number');
    return v;
  }

  boolean(key: string): boolean | undefined {
    const v = this.value[key];
    return typeof v === 'boolean' ? v : undefined;
  }

  /** A Kazoo float amount as an exact decimal string (see `decimalFromFloat`). */
  amount(key: string, minScale = 2, maxScale = 4): string | undefined {
    const v = this.number(key);
    return v === undefined ? undefined : decimalFromFloat(v, minScale, maxScale);
  }

  requiredAmount(key: string, minScale = 2, maxScale = 4): string {
    return decimalFromFloat(this.requiredNumber(key), minScale, maxScale);
  }

  /** A Gregorian-seconds timestamp as an ISO instant. */
  instant(key: string): string | undefined {
    const v = this.number(key);
    return v === undefined || v <= 0 ? undefined : gregorianToIso(Math.floor(v));
  }

  requiredInstant(key: string): string {
    const v = this.instant(key);
    if (v === undefined) this.#fail(key, 'Gregorian seconds');
    return v;
  }

  /** An IANA time zone this browser knows, else `undefined` (Kazoo accepts free text). */
  timeZone(key: string): string | undefined {
    const v = this.string(key);
    return isTimeZone(v) ? v : undefined;
  }
}

/** `data` as an array of objects (a listing), each as a {@link Reader}. */
export function rows(data: unknown, where: string): Reader[] {
  if (!Array.isArray(data)) throw new KazooShapeError(where, 'data', 'an array', data);
  return data.map((row, i) => Reader.of(row, where, `data[${i}]`));
}

/** Drops `undefined` properties, so results carry only what Kazoo said. */
export function clean<T extends object>(o: T): T {
  for (const key of Object.keys(o) as (keyof T)[]) if (o[key] === undefined) delete o[key];
  return o;
}

/** The user part of a SIP URI or address (`1001@acme.pbx` → `1001`, `sip:+44…@host` → `+44…`). */
export function userPart(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const user = value
    .replace(/^sips?:/i, '')
    .split('@')[0]!
    .trim();
  return user === '' ? undefined : user;
}
