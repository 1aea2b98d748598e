import { ProviderError, throwIfAborted, type ProviderErrorCode } from '../../core/errors.js';
import { isDecimalString, toScale } from '../../core/money.js';
import type { AccountDataProvider, MediaFile, PasswordPolicy, ProviderLimits, RequestOptions, UploadOptions } from '../../core/provider.js';
import { DemoBackend, type DemoSizes } from './backend.js';
import { delay } from './latency.js';
import { DEFAULT_LIMITS } from './paging.js';
import { seedOf } from './random.js';
import { wavDurationSeconds } from './wav.js';
import { now } from '../../core/clock.js';

export type { DemoSizes } from './backend.js';
export { AUDIO_CAP_SECONDS } from './media.js';
export { DEMO_PASSWORD } from './backend.js';

/** Every method of the contract (all but `limits`). */
export type DemoMethod = Exclude<keyof AccountDataProvider, 'limits'>;

/** A failure to inject: the next `times` calls of a method reject with `ProviderError(code)`. */
export interface DemoFailure {
  code: ProviderErrorCode;
  message?: string;
  field?: string;
  /** How many calls fail: `Infinity` by default in `options.failures`, 1 in `failNext`. */
  times?: number;
}

/** Optional methods; `false` leaves the method off the provider object. */
export interface DemoFeatures {
  quoteAddUsers?: boolean;
  /** With it (default) the call log's totals come from `getCallTotals` and pages carry none; without it the first page carries them. */
  getCallTotals?: boolean;
  listBills?: boolean;
  blockNumber?: boolean;
  getMediaFileAudio?: boolean;
  getBillDocument?: boolean;
  uploadMediaFile?: boolean;
}

export interface DemoProviderOptions {
  /** Same seed and same `now` ⇒ identical data. Default 1. */
  seed?: number | string;
  /** The "today" anchor the data is generated backwards from. Default: now, rounded down to the hour. */
  now?: Date | string;
  /** A preset (default `'medium'`) or counts (missing ones from `'medium'`). */
  size?: 'small' | 'medium' | 'large' | Partial<DemoSizes>;
  /** Simulated latency in ms, for all methods or per method; `Infinity` never answers (until aborted). */
  latency?: number | Partial<Record<DemoMethod, number>>;
  /** Failures injected from the start (each fails `times` calls, default forever). */
  failures?: Partial<Record<DemoMethod, DemoFailure>>;
  /** Default `{ maxRangeDays: 366, maxPageSize: 500 }`. */
  limits?: ProviderLimits;
  /** ISO 4217, default `'USD'`. */
  currency?: string;
  /** Starting credit, a decimal string (default: picked by the seed). */
  credit?: string;
  /** Default `{ minLength: 8, requireCurrentPassword: true }`. The current password is `"demo-password"`. */
  policy?: PasswordPolicy;
  features?: DemoFeatures;
  /** Largest upload accepted, in bytes (default 10,000,000: 10 MB). */
  maxUploadBytes?: number;
}

/** The options in force, defaults filled in. */
export interface ResolvedDemoOptions {
  seed: number | string;
  /** ISO instant. */
  now: string;
  sizes: DemoSizes;
  limits: Required<ProviderLimits>;
  currency: string;
  credit: string | undefined;
  policy: PasswordPolicy;
  features: Required<DemoFeatures>;
  maxUploadBytes: number;
}

/** The demo provider: the contract plus test controls. */
export interface DemoProvider extends AccountDataProvider {
  readonly limits: Required<ProviderLimits>;
  readonly options: Readonly<ResolvedDemoOptions>;
  /** Makes the next `failure.times` (default 1) calls of `method` reject. */
  failNext(method: DemoMethod, failure: DemoFailure): void;
  /** Sets the latency of one method, or of all with `'*'`; `Infinity` hangs until aborted. */
  setLatency(method: DemoMethod | '*', ms: number): void;
}

/** Counts for each `size` preset. */
export const DEMO_SIZES: Readonly<Record<'small' | 'medium' | 'large', Readonly<DemoSizes>>> = {
  small: { calls: 2_000, transactions: 300, bills: 6, mediaFiles: 6, recordings: 200, blockedNumbers: 4, users: 5, dids: 2 },
  medium: { calls: 20_000, transactions: 2_000, bills: 18, mediaFiles: 12, recordings: 2_000, blockedNumbers: 8, users: 12, dids: 3 },
  large: { calls: 1_000_000, transactions: 5_000, bills: 36, mediaFiles: 40, recordings: 50_000, blockedNumbers: 200, users: 40, dids: 10 },
};

const METHODS: readonly DemoMethod[] = [
  'getCurrentUser',
  'getPasswordPolicy',
  'changePassword',
  'getAccount',
  'getServicePlan',
  'quoteAddUsers',
  'addUsers',
  'removeUsers',
  'listInternationalCalls',
  'getCallTotals',
  'listTransactions',
  'listBills',
  'getBillDocument',
  'listMediaFiles',
  'getMediaFileAudio',
  'uploadMediaFile',
  'deleteMediaFile',
  'listRecordings',
  'getRecordingAudio',
  'deleteRecording',
  'listBlockedNumbers',
  'blockNumber',
  'unblockNumber',
];

const MUTATIONS: ReadonlySet<DemoMethod> = new Set<DemoMethod>([
  'addUsers',
  'removeUsers',
  'uploadMediaFile',
  'deleteMediaFile',
  'deleteRecording',
  'blockNumber',
  'unblockNumber',
  'changePassword',
]);

/** The demo's upload limit unless `maxUploadBytes` says otherwise: 10 MB. */
export const DEFAULT_MAX_UPLOAD_BYTES = 10_000_000;
/** Progress steps of a simulated upload. */
const UPLOAD_STEPS = 4;

const STATUS: Partial<Record<ProviderErrorCode, number>> = {
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  validation: 422,
  'insufficient-credit': 402,
  'range-too-large': 422,
  'rate-limited': 429,
  unavailable: 503,
  unknown: 500,
};

function resolveSizes(size: DemoProviderOptions['size']): DemoSizes {
  if (typeof size === 'string') {
    if (!(size in DEMO_SIZES)) throw new TypeError(`Unknown demo size ${JSON.stringify(size)}`);
    return { ...DEMO_SIZES[size] };
  }
  const sizes = { ...DEMO_SIZES.medium, ...size };
  for (const [key, value] of Object.entries(sizes)) {
    if (!Number.isSafeInteger(value) || value < 0) throw new TypeError(`size.${key} must be a whole number ≥ 0`);
  }
  return sizes;
}

function resolveOptions(o: DemoProviderOptions): ResolvedDemoOptions {
  const nowMs = o.now === undefined ? Math.floor(now() / 3_600_000) * 3_600_000 : new Date(o.now).getTime();
  if (Number.isNaN(nowMs)) throw new TypeError(`Invalid "now": ${String(o.now)}`);
  if (o.credit !== undefined && !isDecimalString(o.credit)) throw new TypeError(`Invalid credit: ${o.credit}`);
  const maxUploadBytes = o.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  if (!Number.isSafeInteger(maxUploadBytes) || maxUploadBytes < 1) throw new TypeError('maxUploadBytes must be a whole number ≥ 1');
  const f = o.features ?? {};
  return {
    seed: o.seed ?? 1,
    now: new Date(nowMs).toISOString(),
    sizes: resolveSizes(o.size),
    limits: {
      maxRangeDays: o.limits?.maxRangeDays ?? DEFAULT_LIMITS.maxRangeDays,
      maxPageSize: o.limits?.maxPageSize ?? DEFAULT_LIMITS.maxPageSize,
    },
    currency: o.currency ?? 'USD',
    credit: o.credit === undefined ? undefined : toScale(o.credit, 2),
    policy: { minLength: 8, requireCurrentPassword: true, ...o.policy },
    features: {
      quoteAddUsers: f.quoteAddUsers ?? true,
      getCallTotals: f.getCallTotals ?? true,
      listBills: f.listBills ?? true,
      blockNumber: f.blockNumber ?? true,
      getMediaFileAudio: f.getMediaFileAudio ?? true,
      getBillDocument: f.getBillDocument ?? true,
      uploadMediaFile: f.uploadMediaFile ?? true,
    },
    maxUploadBytes,
  };
}

/**
 * An in-memory {@link AccountDataProvider} with realistic, deterministic data: the same `seed`
 * and `now` always give the same account, calls, ledger, bills, media, recordings and block
 * list. Calls are generated lazily (millions are fine); changes (users, uploads, deletes, blocks,
 * the password) persist for the life of the provider. Latency and failures can be injected per
 * method. Audio is real 8 kHz WAV (at most 30 s per file), an uploaded file plays back as it was
 * uploaded; bill documents are real PDFs.
 * A change repeated with the same `idempotencyKey` returns the first answer and changes nothing.
 */
export function createDemoProvider(options: DemoProviderOptions = {}): DemoProvider {
  const resolved = resolveOptions(options);
  const nowMs = Date.parse(resolved.now);
  const started = performance.now();
  const backend = new DemoBackend({
    seed: seedOf(resolved.seed),
    nowMs,
    sizes: resolved.sizes,
    limits: resolved.limits,
    currency: resolved.currency,
    credit: resolved.credit,
    policy: resolved.policy,
    clock: () => nowMs + Math.floor(performance.now() - started),
  });

  const latency = new Map<DemoMethod, number>();
  const defaultLatency = typeof options.latency === 'number' ? options.latency : 0;
  if (typeof options.latency === 'object') {
    for (const [method, ms] of Object.entries(options.latency)) latency.set(method as DemoMethod, ms);
  }
  const failures = new Map<DemoMethod, DemoFailure & { times: number }>();
  for (const [method, failure] of Object.entries(options.failures ?? {})) {
    failures.set(method as DemoMethod, { ...failure, times: failure.times ?? Infinity });
  }

  // A retried change with the same idempotency key gets the first answer again, and changes nothing.
  const done = new Map<string, unknown>();

  const latencyOf = (method: DemoMethod) => latency.get(method) ?? defaultLatency;

  /** `wait` is the simulated transfer (default: the method's latency); then replay, failure, work. */
  async function run<T>(
    method: DemoMethod,
    o: RequestOptions | undefined,
    work: () => T | Promise<T>,
    wait: () => Promise<void> = () => delay(latencyOf(method), o?.signal),
  ): Promise<T> {
    await wait();
    const once = o?.idempotencyKey && MUTATIONS.has(method) ? `${method}\n${o.idempotencyKey}` : undefined;
    if (once !== undefined && done.has(once)) return structuredClone(done.get(once)) as T;
    const failure = failures.get(method);
    if (failure && failure.times > 0) {
      failure.times -= 1;
      if (failure.times <= 0) failures.delete(method);
      throw new ProviderError(failure.code, failure.message ?? `Simulated ${failure.code} failure in ${method}.`, {
        ...(failure.field === undefined ? {} : { field: failure.field }),
        ...(STATUS[failure.code] === undefined ? {} : { status: STATUS[failure.code]! }),
      });
    }
    const result = await work();
    if (once !== undefined) done.set(once, structuredClone(result));
    return result;
  }

  /**
   * An upload as a server sees it: the file is checked (type, size), its bytes arrive in
   * {@link UPLOAD_STEPS} steps over the method's latency (`onProgress` after each), then it is
   * stored — unless aborted first. A WAV's duration is read from its header.
   */
  function upload(file: File, o: UploadOptions = {}): Promise<MediaFile> {
    const { signal, onProgress } = o;
    const transfer = async () => {
      throwIfAborted(signal);
      backend.checkUpload(file, resolved.maxUploadBytes);
      const ms = latencyOf('uploadMediaFile');
      for (let step = 1; step <= UPLOAD_STEPS; step++) {
        await delay(ms / UPLOAD_STEPS, signal);
        onProgress?.(Math.round((file.size * step) / UPLOAD_STEPS), file.size);
      }
    };
    return run(
      'uploadMediaFile',
      o,
      async () => {
        const header = /wav/i.test(file.type) ? await file.slice(0, 4096).arrayBuffer() : undefined;
        throwIfAborted(signal);
        return backend.addMediaFile({
          name: file.name,
          contentType: file.type,
          sizeBytes: file.size,
          durationSeconds: header ? wavDurationSeconds(header, file.size) : undefined,
          blob: file,
        });
      },
      transfer,
    );
  }

  const provider: DemoProvider = {
    limits: { ...resolved.limits },
    options: Object.freeze(resolved),
    failNext(method, failure) {
      failures.set(method, { ...failure, times: failure.times ?? 1 });
    },
    setLatency(method, ms) {
      if (method === '*') {
        for (const m of METHODS) latency.set(m, ms);
      } else {
        latency.set(method, ms);
      }
    },
    getCurrentUser: (o) => run('getCurrentUser', o, () => backend.getCurrentUser()),
    getPasswordPolicy: (o) => run('getPasswordPolicy', o, () => backend.getPasswordPolicy()),
    changePassword: (input, o) => run('changePassword', o, () => backend.changePassword(input)),
    getAccount: (o) => run('getAccount', o, () => backend.getAccount()),
    getServicePlan: (o) => run('getServicePlan', o, () => backend.getServicePlan()),
    quoteAddUsers: (count, o) => run('quoteAddUsers', o, () => backend.quoteAddUsers(count)),
    addUsers: (count, o) => run('addUsers', o, () => backend.addUsers(count)),
    removeUsers: (count, o) => run('removeUsers', o, () => backend.removeUsers(count)),
    listInternationalCalls: (q) =>
      run('listInternationalCalls', q, () => backend.listInternationalCalls(q ?? {}, !resolved.features.getCallTotals)),
    getCallTotals: (q) => run('getCallTotals', q, () => backend.callTotals(q ?? {})),
    listTransactions: (q) => run('listTransactions', q, () => backend.listTransactions(q ?? {})),
    listBills: (q) => run('listBills', q, () => backend.listBills(q ?? {})),
    getBillDocument: (id, o) => run('getBillDocument', o, () => backend.getBillDocument(id)),
    listMediaFiles: (q) => run('listMediaFiles', q, () => backend.listMediaFiles(q ?? {})),
    getMediaFileAudio: (id, o) => run('getMediaFileAudio', o, () => backend.getMediaFileAudio(id)),
    uploadMediaFile: (file, o) => upload(file, o),
    deleteMediaFile: (id, o) => run('deleteMediaFile', o, () => backend.deleteMediaFile(id)),
    listRecordings: (q) => run('listRecordings', q, () => backend.listRecordings(q ?? {})),
    getRecordingAudio: (id, o) => run('getRecordingAudio', o, () => backend.getRecordingAudio(id)),
    deleteRecording: (id, o) => run('deleteRecording', o, () => backend.deleteRecording(id)),
    listBlockedNumbers: (q) => run('listBlockedNumbers', q, () => backend.listBlockedNumbers(q ?? {})),
    blockNumber: (number, o) => run('blockNumber', o, () => backend.blockNumber(number, o?.reason)),
    unblockNumber: (number, o) => run('unblockNumber', o, () => backend.unblockNumber(number)),
  };
  for (const [feature, on] of Object.entries(resolved.features)) {
    if (!on) delete (provider as unknown as Record<string, unknown>)[feature];
  }
  return provider;
}
