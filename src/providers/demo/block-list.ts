import { ProviderError } from '../../core/errors.js';
import type { BlockedNumber, Page } from '../../core/provider.js';
import { BLOCK_REASONS, COUNTRIES } from './catalog.js';
import { digitsOf, e164, normalizeNumber } from './numbers.js';
import { queryKey } from './paging.js';
import { Random } from './random.js';
import { RankedList } from './ranked-list.js';

/**
 * Blocked numbers, newest first. Some of the seeded ones come from the call log (regular
 * contacts' numbers). Search matches digits anywhere in the number, ignoring spaces, `+` and
 * punctuation on both sides; a search without digits matches the reason.
 */
export class BlockList {
  private readonly list: RankedList<BlockedNumber>;

  constructor(seed: number, nowMs: number, count: number, fromCallLog: (k: number) => string) {
    const r = new Random(seed, 5);
    const seen = new Set<string>();
    const items: BlockedNumber[] = [];
    let t = nowMs;
    while (items.length < count) {
      const logged = r.chance(0.4);
      const number = logged ? fromCallLog(r.int(0, 299)) : e164(r.pick(COUNTRIES), r);
      if (seen.has(number)) continue;
      seen.add(number);
      t -= r.int(3_600_000, 20 * 86_400_000);
      const reason = logged ? BLOCK_REASONS[0] : r.pick(BLOCK_REASONS.slice(1));
      items.push({ number, blockedAt: new Date(Math.floor(t / 1000) * 1000).toISOString(), reason });
    }
    this.list = new RankedList(items);
  }

  page(search: string | undefined, cursor: string | null | undefined, size: number): Page<BlockedNumber> {
    const text = (search ?? '').trim().toLowerCase();
    const digits = digitsOf(text);
    const filter = digits
      ? (b: BlockedNumber) => digitsOf(b.number).includes(digits)
      : text
        ? (b: BlockedNumber) => (b.reason ?? '').toLowerCase().includes(text)
        : null;
    return this.list.page(queryKey('blocked', { text }), filter, cursor, size);
  }

  block(number: string, reason: string | undefined, atMs: number): BlockedNumber {
    const normal = normalizeNumber(number);
    if (!normal) {
      throw new ProviderError('validation', 'Enter a number in international format (+ and country code) or an extension.', {
        field: 'number',
        status: 422,
      });
    }
    if (this.list.find((b) => b.number === normal)) {
      throw new ProviderError('conflict', `${normal} is already blocked.`, { status: 409 });
    }
    const entry: BlockedNumber = { number: normal, blockedAt: new Date(atMs).toISOString(), reason: reason?.trim() || 'Blocked by admin' };
    this.list.unshift(entry);
    return entry;
  }

  unblock(number: string): void {
    const normal = normalizeNumber(number) ?? number;
    if (!this.list.remove((b) => b.number === normal)) {
      throw new ProviderError('not-found', `${String(number)} is not on the block list.`, { status: 404 });
    }
  }
}
