import { ProviderError, throwIfAborted } from '../../core/errors.js';
import type { BlockedNumber, BlockOptions, Page, PageQuery, RequestOptions } from '../../core/provider.js';
import { cursorFor, pageLimit, startOf, type KazooContext } from './context.js';
import { fingerprint } from './cursor.js';
import { isObject } from './envelope.js';
import { gregorianToIso, msToGregorian } from './gregorian.js';
import { clean, Reader, rows } from './json.js';
import { isE164, normalizeBlockNumber } from './numbers.js';
import { path } from './transport.js';

/**
 * Kazoo keeps any number of blacklists per account (`/accounts/{A}/blacklists`), each a document
 * `{ name, numbers: { "+14151234567": {} }, should_block_anonymous }` (schema
 * `blacklists.json`); the ones in force are those whose ids the account document lists in
 * `blacklists`. The block list is all the numbers of the lists in force, flattened (a number on
 * two lists shows once).
 *
 * Kazoo 4.x matches a blacklist against the inbound caller-ID number, normalised to E.164; the
 * 3.x `raw_numbers` attribute was removed (`doc/announcements.md`, 4.0) and nothing reads it. So
 * only E.164 numbers are listed and blocked: an extension is refused with a `validation` error
 * saying why, rather than stored where it blocks nothing, and a leftover `raw_numbers` entry is
 * not shown as blocked.
 *
 * - `reason`: the number's own `reason` (written by this provider), else the list's name;
 *   `blockedAt`: its `blocked_at` (Gregorian seconds, written by this provider) when present.
 * - Block: adds the number to the first list in force; with no list in force it creates
 *   "Blocked numbers" and puts it in force on the account.
 * - Unblock: `PATCH` the number to `null` on every list in force that has it.
 */

interface Entry {
  number: string;
  blockedAt?: string;
  reason?: string;
}

interface Lists {
  /** Ids of the lists in force, in the account's order. */
  applied: string[];
  /** The documents of those lists. */
  docs: Map<string, Reader>;
  entries: Entry[];
}

function appliedIds(account: Reader): string[] {
  const ids = account.value.blacklists;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string' && id !== '') : [];
}

async function loadLists(ctx: KazooContext, signal?: AbortSignal): Promise<Lists> {
  const account = await ctx.freshAccount(signal);
  const listing = await ctx.transport.json({ method: 'GET', path: `${ctx.accountPath}/blacklists`, query: { paginate: false }, signal });
  const existing = new Set(rows(listing.data, `GET ${ctx.accountPath}/blacklists`).map((r) => r.string('id')));
  const applied = appliedIds(account).filter((id) => existing.has(id));
  const docs = new Map<string, Reader>();
  await Promise.all(
    applied.map(async (id) => {
      const where = `GET ${ctx.accountPath}/blacklists/${id}`;
      const envelope = await ctx.transport.json({ method: 'GET', path: `${ctx.accountPath}${path`/blacklists/${id}`}`, signal });
      docs.set(id, Reader.of(envelope.data, where));
    }),
  );
  throwIfAborted(signal);
  const entries: Entry[] = [];
  const seen = new Set<string>();
  for (const id of applied) {
    const doc = docs.get(id)!;
    const numbers = doc.object('numbers');
    if (!numbers) continue;
    for (const [number, value] of Object.entries(numbers.value)) {
      if (value === null || seen.has(number)) continue;
      seen.add(number);
      const meta = isObject(value) ? new Reader(value, doc.where, `${doc.path}.numbers`) : undefined;
      entries.push(
        clean({
          number,
          blockedAt: meta?.instant('blocked_at'),
          reason: meta?.string('reason') || doc.string('name') || undefined,
        }),
      );
    }
  }
  // Newest first; numbers without a date after them, by number.
  entries.sort((a, b) => (b.blockedAt ?? '').localeCompare(a.blockedAt ?? '') || a.number.localeCompare(b.number));
  return { applied, docs, entries };
}

const digits = (text: string): string => text.replace(/\D/g, '');

export async function listBlockedNumbers(ctx: KazooContext, q: PageQuery & { search?: string }): Promise<Page<BlockedNumber>> {
  const limit = pageLimit(q.limit, ctx);
  const search = (q.search ?? '').trim().toLowerCase();
  const key = fingerprint(['blocked', search]);
  const { state, position } = startOf(q, key);
  const { entries } = await loadLists(ctx, q.signal);
  const wanted = digits(search);
  const matches = entries.filter((e) =>
    search === '' ? true : wanted !== '' ? digits(e.number).includes(wanted) : (e.reason ?? '').toLowerCase().includes(search),
  );
  // Resume after the last number returned; if it was unblocked meanwhile, at the same offset.
  let start = state ? position.o : 0;
  if (state?.id) {
    const index = matches.findIndex((e) => e.number === state.id);
    if (index >= 0) start = index + 1;
  }
  const items = matches.slice(start, start + limit);
  const end = start + items.length;
  const next = end < matches.length && items.length > 0 ? { w: 0, k: null, o: end, id: items[items.length - 1]!.number } : null;
  return {
    items: items.map((e) => ({ ...e })),
    nextCursor: cursorFor(key, null, 1, next),
    total: matches.length,
  };
}

function blockNumberInput(number: unknown): string {
  const normal = normalizeBlockNumber(number);
  if (!normal) throw new ProviderError('validation', 'Enter a number in international format (+ and country code).', { field: 'number' });
  if (!isE164(normal)) {
    // Kazoo compares blacklists with the caller's number in E.164 only (raw_numbers was removed in 4.x).
    throw new ProviderError(
      'validation',
      'Kazoo cannot block an extension: its block lists match only numbers in international format (+ and country code).',
      { field: 'number' },
    );
  }
  return normal;
}

export async function blockNumber(ctx: KazooContext, number: string, o: BlockOptions): Promise<BlockedNumber> {
  const { signal } = o;
  const normal = blockNumberInput(number);
  const lists = await loadLists(ctx, signal);
  if (lists.entries.some((e) => e.number === normal)) throw new ProviderError('conflict', `${normal} is already blocked.`);
  const now = ctx.now();
  const reason = o.reason?.trim() || undefined;
  const value = clean({ blocked_at: msToGregorian(now), reason });
  const target = lists.applied[0];
  if (target !== undefined) {
    await ctx.transport.json({
      method: 'PATCH',
      path: `${ctx.accountPath}${path`/blacklists/${target}`}`,
      body: { data: { numbers: { [normal]: value } } },
      signal,
    });
  } else {
    const created = await ctx.transport.json({
      method: 'PUT',
      path: `${ctx.accountPath}/blacklists`,
      body: { data: { name: 'Blocked numbers', numbers: { [normal]: value } } },
      signal,
    });
    const id = Reader.of(created.data, `PUT ${ctx.accountPath}/blacklists`).requiredString('id');
    const account = await ctx.freshAccount(signal);
    await ctx.transport.json({
      method: 'PATCH',
      path: ctx.accountPath,
      body: { data: { blacklists: [...appliedIds(account), id] } },
      signal,
    });
  }
  const listName = target !== undefined ? lists.docs.get(target)?.string('name') : 'Blocked numbers';
  return clean({ number: normal, blockedAt: gregorianToIso(msToGregorian(now)), reason: reason ?? listName });
}

export async function unblockNumber(ctx: KazooContext, number: string, o: RequestOptions): Promise<void> {
  const { signal } = o;
  const normal = normalizeBlockNumber(number) ?? (typeof number === 'string' ? number.trim() : '');
  const lists = await loadLists(ctx, signal);
  const holders = lists.applied.filter((id) => {
    const doc = lists.docs.get(id)!;
    return doc.object('numbers')?.has(normal) ?? false;
  });
  if (holders.length === 0) throw new ProviderError('not-found', `${String(number)} is not on the block list.`);
  for (const id of holders) {
    await ctx.transport.json({
      method: 'PATCH',
      path: `${ctx.accountPath}${path`/blacklists/${id}`}`,
      body: { data: { numbers: { [normal]: null } } },
      signal,
    });
  }
}
