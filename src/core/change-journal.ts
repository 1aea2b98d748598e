import { newIdempotencyKey } from './idempotency-key.js';
import { isAbortError, toProviderError, type ProviderErrorLike } from './errors.js';
import { now } from './clock.js';

/**
 * The changes a user confirmed, per provider: a confirmed change is the user's intent and
 * outlives the element that started it.
 *
 * - The provider call runs without the element's abort signal: leaving the section or removing
 *   the element does not cancel a purchase the user confirmed.
 * - Its outcome is one of `done`, `failed` (the provider refused: nothing changed), or `unknown`
 *   (the answer was lost: a dropped connection, a timeout after sending, a 5xx with no clear
 *   answer). An unknown outcome is never reported as a failure; the elements read the data again
 *   and settle it (`confirm`) from what the server shows.
 * - Every element on the same provider hears every settled change (`subscribe`): the one that
 *   handles its kind announces it (event + status) and marks it announced; the others refresh
 *   the data it touches. A change nobody was there to announce waits for the next element that
 *   subscribes for its kind.
 * - Pending and unknown intents are kept in `sessionStorage`, so a reload in the same session
 *   still knows them, and retrying the same intent reuses its idempotency key.
 */

export type ChangeKind =
  | 'add-users'
  | 'remove-users'
  | 'block-number'
  | 'unblock-number'
  | 'delete-media'
  | 'delete-recording'
  | 'upload-media'
  | 'change-password';

/**
 * `cancelled`: the user stopped it (an upload's Cancel) before an answer came; like `unknown`, a
 * retry of the same intent reuses its key, since the server may have taken it up all the same.
 */
/** Blocking and unblocking: what a call log's Block and a block list both follow. */
export const BLOCKING_KINDS: readonly ChangeKind[] = ['block-number', 'unblock-number'];
/** Buying and removing users: what the ledger (transactions, balances) follows. */
export const PLAN_KINDS: readonly ChangeKind[] = ['add-users', 'remove-users'];

export type ChangeState = 'pending' | 'done' | 'failed' | 'unknown' | 'not-done' | 'cancelled';

/** What the user asked for: a kind and its subject (a count, a number, an id). JSON only. */
export interface ChangeIntent {
  kind: ChangeKind;
  subject: string;
  /** What the element needs to announce or verify it later (e.g. the users before, the quoted charge). */
  detail?: Record<string, unknown>;
}

export interface ChangeRecord<T = unknown> extends ChangeIntent {
  /** The idempotency key, reused by every retry of the same intent until it is settled. */
  readonly key: string;
  state: ChangeState;
  startedAt: number;
  /** The provider's answer, when `done` by its answer (not kept across a reload). */
  result?: T;
  /**
   * Settled by `confirm`, from the data read again after the provider's answer was lost: what the
   * server shows, not what it answered (so nothing the answer would have said, such as a charge).
   */
  fromData?: boolean;
  /** Why it failed, or what was lost, for `failed` and `unknown`. */
  error?: ProviderErrorLike;
  /** An element said so to the user (event + status). */
  announced: boolean;
  /** The controller that started it (not kept across a reload): it hears the outcome first. */
  origin?: object;
}

export type ChangeListener = (record: ChangeRecord) => void;

/** Codes after which the change may or may not have happened. */
export const OUTCOME_UNKNOWN: ReadonlySet<string> = new Set(['network', 'unavailable', 'unknown']);

/** States whose idempotency key a retry of the same intent must reuse. */
const KEEPS_KEY: ReadonlySet<ChangeState> = new Set(['pending', 'unknown', 'not-done', 'cancelled']);

const STORAGE_PREFIX = 'pbx-account-widgets:changes:';
const journals = new WeakMap<object, ChangeJournal>();

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined; // storage disabled (privacy mode, sandboxed frame)
  }
}

export class ChangeJournal {
  private readonly records = new Map<string, ChangeRecord>();
  private readonly listeners = new Map<ChangeListener, object | undefined>();

  /**
   * The journal of `provider`. `storageId` names it in `sessionStorage` (a provider's
   * `journalId`, else one shared name: a page with one provider needs nothing).
   */
  static for(provider: object): ChangeJournal {
    let journal = journals.get(provider);
    if (!journal) {
      const id = (provider as { journalId?: unknown }).journalId;
      journal = new ChangeJournal(typeof id === 'string' && id !== '' ? id : 'default');
      journals.set(provider, journal);
    }
    return journal;
  }

  private constructor(private readonly storageId: string) {
    this.load();
  }

  /** Unsettled or unannounced changes of these kinds, oldest first. */
  open(kinds: readonly ChangeKind[]): ChangeRecord[] {
    return [...this.records.values()].filter(
      (r) => kinds.includes(r.kind) && (r.state === 'pending' || r.state === 'unknown' || !r.announced),
    );
  }

  /**
   * The record of an intent whose outcome was not answered by the provider: pending, unknown,
   * cancelled by the user, or settled as not done only from what the server showed. The same intent retried reuses its key,
   * so a request the server takes up late can never count twice.
   */
  find(intent: ChangeIntent): ChangeRecord | undefined {
    return [...this.records.values()].find((r) => r.kind === intent.kind && r.subject === intent.subject && KEEPS_KEY.has(r.state));
  }

  /**
   * Runs a confirmed change once: the provider gets the intent's idempotency key (the one of a
   * pending or unknown record of the same intent, else a new one) and no abort signal of the
   * element's. `cancel` is the user's own Cancel (an upload's), never the element leaving: the
   * call gets it as its signal, and a call it stopped settles as `cancelled`. Resolves with the
   * settled record; never rejects.
   */
  async run<T>(
    intent: ChangeIntent,
    call: (options: { idempotencyKey: string; signal?: AbortSignal }) => Promise<T>,
    origin?: object,
    cancel?: AbortSignal,
  ): Promise<ChangeRecord<T>> {
    const existing = this.find(intent);
    if (existing?.state === 'pending') return this.settled(existing) as Promise<ChangeRecord<T>>;
    const record: ChangeRecord<T> = {
      kind: intent.kind,
      subject: intent.subject,
      detail: { ...existing?.detail, ...intent.detail },
      key: existing?.key ?? newIdempotencyKey(),
      state: 'pending',
      startedAt: now(),
      announced: false,
      origin,
    };
    this.records.delete(record.key);
    this.records.set(record.key, record);
    this.save();
    try {
      record.result = await call(cancel ? { idempotencyKey: record.key, signal: cancel } : { idempotencyKey: record.key });
      record.state = 'done';
      record.error = undefined;
    } catch (error) {
      if (cancel?.aborted && isAbortError(error)) {
        record.state = 'cancelled';
        record.error = { code: 'unknown', message: 'The user cancelled it.' };
        this.save();
        this.notify(record);
        return record;
      }
      const failure = toProviderError(isAbortError(error) ? { code: 'network', message: 'The request was cut off.' } : error);
      record.error = failure;
      record.state = OUTCOME_UNKNOWN.has(failure.code) ? 'unknown' : 'failed';
    }
    this.save();
    this.notify(record);
    return record;
  }

  /** Settles an unknown change from what the server shows now (`done` or `not-done`). */
  confirm(record: ChangeRecord, state: 'done' | 'not-done', result?: unknown): void {
    if (record.state !== 'unknown' && record.state !== 'pending') return;
    record.state = state;
    record.fromData = true;
    if (result !== undefined) record.result = result;
    record.announced = false;
    this.save();
    this.notify(record);
  }

  /** An element told the user. Settled, announced records are forgotten. */
  announced(record: ChangeRecord): void {
    record.announced = true;
    if (!KEEPS_KEY.has(record.state)) this.records.delete(record.key);
    this.save();
  }

  /** Hears every settled change (`owner`: heard first for the changes it started); returns the unsubscribe function. */
  subscribe(listener: ChangeListener, owner?: object): () => void {
    this.listeners.set(listener, owner);
    return () => this.listeners.delete(listener);
  }

  private settled(record: ChangeRecord): Promise<ChangeRecord> {
    return new Promise((resolve) => {
      const stop = this.subscribe((r) => {
        if (r !== record) return;
        stop();
        resolve(r);
      });
    });
  }

  private notify(record: ChangeRecord): void {
    const listeners = [...this.listeners].sort(
      ([, a], [, b]) => Number(b === record.origin && b !== undefined) - Number(a === record.origin && a !== undefined),
    );
    for (const [listener] of listeners) {
      try {
        listener(record);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  /** Keeps the intents whose key a retry must reuse (never results: they may hold server data). */
  private save(): void {
    const store = storage();
    if (!store) return;
    const kept = [...this.records.values()]
      .filter((r) => KEEPS_KEY.has(r.state))
      .map(({ kind, subject, detail, key, startedAt, state }) => ({ kind, subject, detail, key, startedAt, state }));
    try {
      if (kept.length === 0) store.removeItem(STORAGE_PREFIX + this.storageId);
      else store.setItem(STORAGE_PREFIX + this.storageId, JSON.stringify(kept));
    } catch {
      // quota or disabled storage: the journal still works in memory
    }
  }

  /** After a reload, a change that was in flight has an unknown outcome; one settled as not done, or cancelled, stays so. */
  private load(): void {
    let stored: unknown;
    try {
      stored = JSON.parse(storage()?.getItem(STORAGE_PREFIX + this.storageId) ?? '[]');
    } catch {
      stored = [];
    }
    if (!Array.isArray(stored)) return;
    for (const item of stored as Array<Partial<ChangeRecord>>) {
      if (typeof item?.key !== 'string' || typeof item.kind !== 'string' || typeof item.subject !== 'string') continue;
      this.records.set(item.key, {
        kind: item.kind,
        subject: item.subject,
        detail: typeof item.detail === 'object' && item.detail !== null ? item.detail : {},
        key: item.key,
        startedAt: typeof item.startedAt === 'number' ? item.startedAt : 0,
        state: item.state === 'not-done' || item.state === 'cancelled' ? item.state : 'unknown',
        error: { code: 'unknown', message: 'The page was reloaded before the answer arrived.' },
        announced: item.state === 'not-done' || item.state === 'cancelled',
      });
    }
  }
}
