import { ProviderError } from '../../core/errors.js';
import type { DateRange, MediaFile, Page, PageQuery, Recording, RequestOptions } from '../../core/provider.js';
import { cursorFor, kazooPageSize, pageLimit, planWindows, startOf, type KazooContext } from './context.js';
import { fingerprint } from './cursor.js';
import { clean, type Reader, userPart } from './json.js';
import { readPage, type ListSource } from './pager.js';
import { path } from './transport.js';

/**
 * Media (`/accounts/{A}/media`) and call recordings (`/accounts/{A}/recordings`). Audio is
 * fetched with the `X-Auth-Token` header like every other request and handed over as a Blob,
 * never as a URL with a credential in it.
 */

/** What audio Kazoo may send; it picks from what it stored. */
const AUDIO_ACCEPT = 'audio/mpeg, audio/*;q=0.8';

/** The Blob with an audio type: Kazoo's own when it gave one, else `fallback`. */
function asAudio(blob: Blob, fallback: string): Blob {
  return /^audio\//i.test(blob.type) ? blob : new Blob([blob], { type: /^audio\//i.test(fallback) ? fallback : 'audio/mpeg' });
}

/** A media document's summary as a file. Kazoo's listing has name, source and language; type, size and date appear only when the server includes them. */
export function mediaFromRow(row: Reader): MediaFile {
  return clean({
    id: row.requiredString('id'),
    name: row.string('name') || row.requiredString('id'),
    contentType: row.string('content_type') || undefined,
    sizeBytes: nonNegativeInt(row.number('content_length')),
    durationSeconds: nonNegative(row.number('duration')),
    uploadedAt: row.instant('created'),
  });
}

const nonNegative = (v: number | undefined) => (v !== undefined && v >= 0 ? v : undefined);
const nonNegativeInt = (v: number | undefined) => (v !== undefined && Number.isSafeInteger(v) && v >= 0 ? v : undefined);

export async function listMediaFiles(ctx: KazooContext, q: PageQuery & { search?: string }): Promise<Page<MediaFile>> {
  const limit = pageLimit(q.limit, ctx);
  // Crossbar filters match whole values only; a search matches anywhere in the name, so it is applied here.
  const search = (q.search ?? '').trim().toLowerCase();
  const key = fingerprint(['media', search]);
  const { state, position } = startOf(q, key);
  const source: ListSource<MediaFile> = {
    path: `${ctx.accountPath}/media`,
    windows: [null],
    ascending: false,
    map: (row) => {
      const file = mediaFromRow(row);
      return search === '' || file.name.toLowerCase().includes(search) ? file : undefined;
    },
    rowId: (row) => row.string('id'),
  };
  const pageSize = kazooPageSize(limit, ctx, state);
  const page = await readPage(ctx.transport, source, position, limit, pageSize, q.signal);
  return { items: page.items, nextCursor: cursorFor(key, null, pageSize, page.next) };
}

function checkId(id: unknown, what: string): string {
  if (typeof id !== 'string' || id.trim() === '') throw new ProviderError('not-found', `There is no ${what} ${String(id)}.`);
  return id;
}

export async function getMediaFileAudio(ctx: KazooContext, id: string, o: RequestOptions): Promise<Blob> {
  const blob = await ctx.transport.blob({
    method: 'GET',
    path: `${ctx.accountPath}${path`/media/${checkId(id, 'media file')}/raw`}`,
    accept: AUDIO_ACCEPT,
    signal: o.signal,
  });
  return asAudio(blob, 'audio/mpeg');
}

export async function deleteMediaFile(ctx: KazooContext, id: string, o: RequestOptions): Promise<void> {
  await ctx.transport.json({ method: 'DELETE', path: `${ctx.accountPath}${path`/media/${checkId(id, 'media file')}`}`, signal: o.signal });
}

/**
 * A recording document's summary. `from`/`to`: the caller and callee numbers, else the user part
 * of Kazoo's SIP `from`/`to`. Kazoo's own `name` is not used: the widget builds
 * `From_To_Date_Time`.
 */
export function recordingFromRow(row: Reader): Recording {
  const durationMs = row.number('duration_ms');
  return clean({
    id: row.requiredString('id'),
    from: row.string('caller_id_number') || userPart(row.string('from')) || 'unknown',
    to: row.string('callee_id_number') || userPart(row.string('to')) || 'unknown',
    startedAt: row.requiredInstant('start'),
    durationSeconds: durationMs !== undefined && durationMs >= 0 ? durationMs / 1000 : Math.max(0, row.number('duration') ?? 0),
    contentType: row.string('content_type') || undefined,
  });
}

export async function listRecordings(ctx: KazooContext, q: PageQuery & { range?: DateRange }): Promise<Page<Recording>> {
  const { signal } = q;
  const limit = pageLimit(q.limit, ctx);
  const key = fingerprint(['recordings', q.range?.from ?? null, q.range?.to ?? null]);
  const { state, position } = startOf(q, key);
  const plan = await planWindows(ctx, q.range, state, 'descending', signal);
  const fromMs = q.range ? Date.parse(q.range.from) : -Infinity;
  const toMs = q.range ? Date.parse(q.range.to) : Infinity;
  const source: ListSource<Recording> = {
    path: `${ctx.accountPath}/recordings`,
    windows: plan.windows,
    ascending: false,
    map: (row) => {
      const recording = recordingFromRow(row);
      const t = Date.parse(recording.startedAt);
      return t >= fromMs && t < toMs ? recording : undefined;
    },
    rowId: (row) => row.string('id'),
  };
  const pageSize = kazooPageSize(limit, ctx, state);
  const page = await readPage(ctx.transport, source, position, limit, pageSize, signal);
  return { items: page.items, nextCursor: cursorFor(key, plan.anchors, pageSize, page.next) };
}

export async function getRecordingAudio(ctx: KazooContext, id: string, o: RequestOptions): Promise<Blob> {
  const blob = await ctx.transport.blob({
    method: 'GET',
    path: `${ctx.accountPath}${path`/recordings/${checkId(id, 'recording')}`}`,
    accept: AUDIO_ACCEPT,
    signal: o.signal,
  });
  return asAudio(blob, 'audio/mpeg');
}

export async function deleteRecording(ctx: KazooContext, id: string, o: RequestOptions): Promise<void> {
  await ctx.transport.json({
    method: 'DELETE',
    path: `${ctx.accountPath}${path`/recordings/${checkId(id, 'recording')}`}`,
    signal: o.signal,
  });
}
