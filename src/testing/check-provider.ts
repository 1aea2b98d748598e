import type { AccountDataProvider } from '../core/provider.js';
import { CheckContext, type Settings } from './context.js';
import { show } from './describe.js';
import { isIsoInstant, issuesOf, LIMITS } from './shapes.js';
import { checkBlob, firstId } from './rules/blobs.js';
import { BILLS, BLOCKED, CALLS, MEDIA, RECORDINGS, TRANSACTIONS, checkList, type ListFindings } from './rules/lists.js';
import { checkBlocking, checkDeletes, checkUsers, checkWrongPassword } from './rules/mutations.js';
import { checkUpload } from './rules/upload.js';
import { checkAccount, checkCurrentUser, checkPasswordPolicy, checkQuote, checkServicePlan } from './rules/reads.js';
import type { CheckOptions, CheckResult, ConformanceReport } from './types.js';
import { now as clockNow } from '../core/clock.js';
import { OPTIONAL_PROVIDER_METHODS, REQUIRED_PROVIDER_METHODS } from '../core/provider-check.js';

/** Methods every provider must have: the contract's list, which the elements' dev-mode check uses too. */
export const REQUIRED_METHODS = REQUIRED_PROVIDER_METHODS;

/**
 * Methods a provider may leave out (the matching UI is then off): the contract's list, except
 * `uploadMediaFile`, which is exercised when present but not reported as skipped when absent.
 */
export const OPTIONAL_METHODS = OPTIONAL_PROVIDER_METHODS.filter(
  (m): m is Exclude<(typeof OPTIONAL_PROVIDER_METHODS)[number], 'uploadMediaFile'> => m !== 'uploadMediaFile',
);

const DAY_MS = 86_400_000;

function positiveInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

function settingsFor(provider: AccountDataProvider, options: CheckOptions): Settings {
  let limits: unknown;
  try {
    limits = provider.limits;
  } catch {
    limits = undefined;
  }
  const l = (typeof limits === 'object' && limits !== null ? limits : {}) as Record<string, unknown>;
  const maxRangeDays = positiveInt(l.maxRangeDays);
  const maxPageSize = positiveInt(l.maxPageSize);
  const timeoutMs = options.timeoutMs ?? 10_000;
  if (!(timeoutMs > 0)) throw new RangeError(`timeoutMs must be positive, not ${show(options.timeoutMs)}`);
  const pageSize = Math.max(1, Math.min(Math.floor(options.pageSize ?? 50), maxPageSize ?? Infinity));
  const maxItems = Math.max(1, Math.floor(options.maxItems ?? 2000));
  let range = options.range;
  if (range) {
    if (!isIsoInstant(range.from) || !isIsoInstant(range.to) || Date.parse(range.from) >= Date.parse(range.to)) {
      throw new RangeError(`range must be two ISO instants with from before to, not ${show(range)}`);
    }
  } else {
    const now = clockNow();
    const days = Math.min(30, maxRangeDays ?? 30);
    range = { from: new Date(now - days * DAY_MS).toISOString(), to: new Date(now).toISOString() };
  }
  return {
    mutations: options.mutations ?? false,
    allowDelete: options.allowDelete ?? false,
    range,
    maxItems,
    pageSize,
    timeoutMs,
    abortMs: Math.min(timeoutMs, 2000),
    maxRangeDays,
    maxPageSize,
    onProgress: options.onProgress,
  };
}

function makeReport(results: CheckResult[], skipped: string[]): ConformanceReport {
  const failures = results.filter((r) => !r.passed);
  return {
    ok: failures.length === 0,
    results,
    failures,
    skipped,
    summary() {
      const absent = skipped.length ? skipped.join(', ') : 'none';
      const head =
        failures.length === 0
          ? `Provider conformance: OK — all ${results.length} checks passed. Optional methods absent: ${absent}.`
          : `Provider conformance: FAILED — ${failures.length} of ${results.length} checks failed. Optional methods absent: ${absent}.`;
      return [head, ...failures.map((f) => `✗ ${f.method} · ${f.rule}: ${f.message ?? 'failed'}`)].join('\n');
    },
  };
}

/** Runs `run`; a checker crash (a provider value too malformed to go on) fails `checker`. Flushes results. */
async function section<T>(ctx: CheckContext, method: string, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    ctx.fail(method, 'checker', `the checks stopped early: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  } finally {
    ctx.flush();
  }
}

/**
 * Checks a data provider against the contract of SPEC §3 and reports every broken promise:
 * shapes, decimal-string money and plan arithmetic, ISO instants, half-open ranges, cursors that
 * terminate without repeats, page sizes and totals, abort honoured, error codes — and, with
 * `mutations`, the changing methods (restoring what they change).
 *
 * Framework-free: it needs only standard JavaScript (promises, `AbortController`, timers), so a
 * host team runs it in a browser or in Node, under any test framework:
 *
 * ```ts
 * import { checkProvider } from 'pbx-account-widgets/testing';
 *
 * const report = await checkProvider(myProvider, { mutations: true });
 * if (!report.ok) throw new Error(report.summary());
 * ```
 *
 * It never throws for a bad provider (that is what the report is for); it throws a `RangeError`
 * for invalid options.
 *
 * @param provider The provider under test; use a test account: reads are harmless, but
 *   `mutations` changes data (and restores it: a test file it uploads is deleted again) and
 *   `allowDelete` deletes a recording and a file.
 * @param options See {@link CheckOptions}.
 * @returns The report: `ok`, every result, the failures, the optional methods absent.
 */
export async function checkProvider(provider: AccountDataProvider, options: CheckOptions = {}): Promise<ConformanceReport> {
  if ((typeof provider !== 'object' && typeof provider !== 'function') || provider === null) {
    const result: CheckResult = {
      method: 'provider',
      rule: 'present',
      passed: false,
      message: `the provider is ${show(provider)}, not an object`,
    };
    options.onProgress?.(result);
    return makeReport([result], []);
  }
  const ctx = new CheckContext(provider, settingsFor(provider, options));
  const { mutations, allowDelete } = ctx.settings;
  const skipped = OPTIONAL_METHODS.filter((m) => !ctx.has(m));

  await section(ctx, 'limits', async () => {
    const limits = provider.limits;
    ctx.issues('limits', LIMITS.rules, limits === undefined ? [] : issuesOf(LIMITS, limits, 'limits'));
    for (const method of REQUIRED_METHODS) {
      if (ctx.has(method)) ctx.pass(method, 'present');
      else ctx.fail(method, 'present', `${method} is ${show((provider as unknown as Record<string, unknown>)[method])}, not a function`);
    }
  });

  const run = <T>(method: string, check: () => Promise<T>) => (ctx.has(method) ? section(ctx, method, check) : Promise.resolve(undefined));

  await run('getCurrentUser', () => checkCurrentUser(ctx));
  const policy = await run('getPasswordPolicy', () => checkPasswordPolicy(ctx));
  await run('getAccount', () => checkAccount(ctx));
  const plan = await run('getServicePlan', () => checkServicePlan(ctx));
  await run('quoteAddUsers', () => checkQuote(ctx, plan));

  await run(CALLS.method, () => checkList(ctx, CALLS));
  await run(TRANSACTIONS.method, () => checkList(ctx, TRANSACTIONS));
  const bills: ListFindings | undefined = await run(BILLS.method, () => checkList(ctx, BILLS));
  const media: ListFindings | undefined = await run(MEDIA.method, () => checkList(ctx, MEDIA));
  const recordings: ListFindings | undefined = await run(RECORDINGS.method, () => checkList(ctx, RECORDINGS));
  const blocked: ListFindings | undefined = await run(BLOCKED.method, () => checkList(ctx, BLOCKED));

  await run('getRecordingAudio', () => checkBlob(ctx, 'getRecordingAudio', firstId(recordings?.items ?? []), true, 'no recording found'));
  await run('getMediaFileAudio', () =>
    checkBlob(
      ctx,
      'getMediaFileAudio',
      firstId(media?.items ?? [], (f) =>
        typeof f.contentType === 'string' ? /^audio\//i.test(f.contentType) : typeof f.durationSeconds === 'number',
      ),
      true,
      'no audio media file found',
    ),
  );
  await run('getBillDocument', () =>
    checkBlob(
      ctx,
      'getBillDocument',
      firstId(bills?.items ?? [], (b) => b.hasDocument === true),
      false,
      'no bill with hasDocument: true found',
    ),
  );

  if (mutations) {
    await run('changePassword', () => checkWrongPassword(ctx, policy));
    if (ctx.has('addUsers') && ctx.has('removeUsers')) await run('addUsers', () => checkUsers(ctx, plan));
    await run('unblockNumber', () => checkBlocking(ctx, blocked));
    // Optional: exercised when present, not listed in `skipped` when absent (yet).
    await run('uploadMediaFile', () => checkUpload(ctx));
    if (allowDelete) await section(ctx, 'deleteRecording', () => checkDeletes(ctx, recordings, media));
  }

  ctx.finish();
  return makeReport(ctx.results, skipped);
}
