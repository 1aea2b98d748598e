import { isAbortError } from '../../core/errors.js';
import type { CheckContext, Outcome } from '../context.js';
import { show, showError } from '../describe.js';
import { pageAgain } from '../paging.js';
import { issuesOf, MEDIA_FILE, type Issue } from '../shapes.js';
import { unexpected } from './errors.js';
import { MEDIA } from './lists.js';
import { key } from './mutations.js';
import { encodeWav } from '../../providers/demo/wav.js';

type Obj = Record<string, unknown>;

const METHOD = 'uploadMediaFile';

/** A tenth of a second of silence as a 16-bit, 8 kHz mono WAV: the smallest honest audio file. */
function silentWav(): ArrayBuffer {
  return encodeWav(new Int16Array(800), 8000);
}

function idOf(outcome: Outcome): string | undefined {
  const id = outcome.status === 'resolved' ? (outcome.value as Obj | undefined)?.id : undefined;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/** `onProgress(loaded, total)`: whole numbers with 0 ≤ loaded ≤ total, loaded never going back. */
function progressIssues(calls: readonly unknown[][], size: number): Issue[] {
  const issues: Issue[] = [];
  let last = 0;
  for (const [loaded, total] of calls) {
    const ok =
      typeof loaded === 'number' &&
      typeof total === 'number' &&
      Number.isFinite(loaded) &&
      Number.isFinite(total) &&
      loaded >= 0 &&
      loaded <= total;
    if (!ok) {
      issues.push({
        rule: 'shapes',
        message: `onProgress was called with (${show(loaded)}, ${show(total)}); expected 0 ≤ loaded ≤ total (the file has ${size} bytes)`,
      });
      break;
    }
    if (loaded < last) {
      issues.push({ rule: 'shapes', message: `onProgress went back from ${last} to ${loaded} bytes` });
      break;
    }
    last = loaded;
  }
  return issues;
}

/**
 * With `mutations`, for a provider that has the optional `uploadMediaFile`: an already-aborted
 * upload rejects with an AbortError (`abort.before`); a tiny WAV uploads and resolves with a
 * valid media file (`resolves`, `shapes`, `instants`; `onProgress` arguments under `shapes`);
 * searching its name lists it (`search`); then it is deleted again and no longer listed
 * (`mutations.delete`) — the checker leaves nothing behind.
 */
export async function checkUpload(ctx: CheckContext): Promise<void> {
  const name = `pbx-conformance-${Math.random().toString(36).slice(2, 10)}.wav`;
  const file = new File([silentWav()], name, { type: 'audio/wav' });
  const label = `${METHOD}(${show(name)})`;
  const created: string[] = [];

  ctx.pass(METHOD, 'abort.before');
  const aborted = new AbortController();
  aborted.abort();
  const early = ctx.start(
    METHOD,
    `${label} with an already-aborted signal`,
    (signal) => ctx.invoke(METHOD, file, { signal, idempotencyKey: key() }),
    aborted,
  );
  const earlyOutcome = await ctx.wait(early, ctx.settings.abortMs);
  const earlyId = idOf(earlyOutcome);
  if (earlyId) created.push(earlyId);
  if (earlyOutcome.status === 'resolved') {
    ctx.fail(
      METHOD,
      'abort.before',
      `${label} with an already-aborted signal: resolved (with ${show(earlyOutcome.value)}) instead of rejecting with an AbortError`,
    );
  } else if (earlyOutcome.status === 'timeout') {
    ctx.fail(METHOD, 'abort.before', `${label} with an already-aborted signal: still pending ${ctx.settings.abortMs} ms after the abort`);
  } else if (!isAbortError(earlyOutcome.error)) {
    ctx.fail(
      METHOD,
      'abort.before',
      `${label} with an already-aborted signal: rejected with ${showError(earlyOutcome.error)} instead of an AbortError`,
    );
  }

  let search = name;
  const progress: unknown[][] = [];
  ctx.pass(METHOD, 'resolves');
  const outcome = await ctx.call(METHOD, label, (signal) =>
    ctx.invoke(METHOD, file, { signal, idempotencyKey: key(), onProgress: (...args: unknown[]) => progress.push(args) }),
  );
  if (outcome.status !== 'resolved') {
    unexpected(ctx, METHOD, label, outcome);
  } else {
    const issues = [...issuesOf(MEDIA_FILE, outcome.value), ...progressIssues(progress, file.size)];
    ctx.issues(METHOD, MEDIA_FILE.rules, issues, `${label}: `);
    const id = idOf(outcome);
    if (id && !created.includes(id)) created.push(id);
    const stored = (outcome.value as Obj | undefined)?.name;
    if (typeof stored === 'string' && stored !== '') search = stored;
    if (id) {
      ctx.pass(METHOD, 'search');
      const listed = await pageAgain(ctx, MEDIA, `search ${show(search)} after the upload`, { search });
      if (listed.complete && !listed.items.some((i) => i.id === id)) {
        ctx.fail(
          METHOD,
          'search',
          `${label} resolved with id ${show(id)} but listMediaFiles({ search: ${show(search)} }) does not list it`,
        );
      }
    }
  }

  if (created.length === 0) return;
  ctx.pass(METHOD, 'mutations.delete');
  for (const id of created) {
    const removal = `deleteMediaFile(${show(id)}) of the uploaded test file`;
    const deleted = await ctx.call('deleteMediaFile', removal, (signal) =>
      ctx.invoke('deleteMediaFile', id, { signal, idempotencyKey: key() }),
    );
    if (deleted.status === 'rejected') {
      ctx.fail(METHOD, 'mutations.delete', `${removal} rejected with ${showError(deleted.error)}; the test file stays`);
      continue;
    }
    if (deleted.status === 'timeout') continue;
    const after = await pageAgain(ctx, MEDIA, `after ${removal}`, { search });
    if (after.items.some((i) => i.id === id))
      ctx.fail(METHOD, 'mutations.delete', `${removal} resolved but listMediaFiles still returns it`);
  }
}
