import { isAbortError, isProviderError } from '../core/errors.js';
import type { AccountDataProvider, DateRange } from '../core/provider.js';
import { joinMessages, show, showError } from './describe.js';
import type { Issue } from './shapes.js';
import type { CheckResult } from './types.js';

/** How one provider call ended, as the checker saw it. */
export type Outcome = { status: 'resolved'; value: unknown } | { status: 'rejected'; error: unknown } | { status: 'timeout' };

/** A call in flight. */
export interface Running {
  readonly promise: Promise<Outcome>;
  readonly controller: AbortController;
  /** True once the provider's promise has settled. */
  settled(): boolean;
}

/** The options after defaults and the provider's limits are applied. */
export interface Settings {
  mutations: boolean;
  allowDelete: boolean;
  range: DateRange;
  maxItems: number;
  pageSize: number;
  timeoutMs: number;
  /** How long an aborted call may take to reject. */
  abortMs: number;
  maxRangeDays: number | undefined;
  maxPageSize: number | undefined;
  onProgress: ((check: CheckResult) => void) | undefined;
}

interface Entry {
  method: string;
  rule: string;
  failures: string[];
  notes: string[];
}

/** Rules every call is held to, reported once per method at the very end. */
const CALL_RULES = ['promise', 'settles', 'errors.contract'] as const;

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function'
  );
}

/**
 * The state of one run: the provider, the settings, the results so far. Verdicts are gathered
 * per (method, rule) — any number of failures and notes — and turned into one
 * {@link CheckResult} each when a section is flushed.
 */
export class CheckContext {
  readonly results: CheckResult[] = [];
  private pending = new Map<string, Entry>();
  private readonly perCall = new Map<string, Entry>();

  constructor(
    readonly provider: AccountDataProvider,
    readonly settings: Settings,
  ) {}

  /** The provider as a bag of methods, for calling optional or possibly missing ones. */
  method(name: string): ((...args: unknown[]) => unknown) | undefined {
    const fn = (this.provider as unknown as Record<string, unknown>)[name];
    return typeof fn === 'function' ? (fn as (...args: unknown[]) => unknown) : undefined;
  }

  has(name: string): boolean {
    return this.method(name) !== undefined;
  }

  /** Calls provider method `name` with the provider as `this` (a missing method throws a TypeError). */
  invoke(name: string, ...args: unknown[]): unknown {
    const fn = this.method(name);
    if (!fn) throw new TypeError(`The provider has no method ${name}`);
    return fn.apply(this.provider, args);
  }

  private entry(map: Map<string, Entry>, method: string, rule: string): Entry {
    const key = `${method}\u0000${rule}`;
    let e = map.get(key);
    if (!e) {
      e = { method, rule, failures: [], notes: [] };
      map.set(key, e);
    }
    return e;
  }

  /** Marks `rule` as checked for `method` (a pass unless a failure is added), with an optional note. */
  pass(method: string, rule: string, note?: string): void {
    const e = this.entry(this.pending, method, rule);
    if (note) e.notes.push(note);
  }

  /** Records a failure of `rule` by `method`. */
  fail(method: string, rule: string, message: string): void {
    this.entry(this.pending, method, rule).failures.push(message);
  }

  /** Records validator issues under their rules, each prefixed with `prefix`; `rules` pass when clean. */
  issues(method: string, rules: readonly string[], issues: readonly Issue[], prefix = ''): void {
    for (const rule of rules) this.pass(method, rule);
    for (const issue of issues) this.fail(method, issue.rule, prefix + issue.message);
  }

  private emit(entry: Entry): void {
    const passed = entry.failures.length === 0;
    const message = passed ? (entry.notes.length ? joinMessages([...new Set(entry.notes)], 3) : undefined) : joinMessages(entry.failures);
    const result: CheckResult = { method: entry.method, rule: entry.rule, passed };
    if (message !== undefined) result.message = message;
    this.results.push(result);
    try {
      this.settings.onProgress?.(result);
    } catch {
      // A throwing progress callback must not stop the run.
    }
  }

  /** Turns everything gathered since the last flush into results. */
  flush(): void {
    const entries = [...this.pending.values()];
    this.pending = new Map();
    entries.forEach((e) => this.emit(e));
  }

  /** Flushes, then reports the per-call rules (promise, settles, errors.contract) for every method called. */
  finish(): void {
    this.flush();
    [...this.perCall.values()].forEach((e) => this.emit(e));
    this.perCall.clear();
  }

  private callFailure(method: string, rule: (typeof CALL_RULES)[number], message: string): void {
    this.entry(this.perCall, method, rule).failures.push(message);
  }

  /**
   * Starts a call: `invoke` gets the signal to pass on. A synchronous throw or a non-promise
   * result is a `promise` failure; a rejection that is neither a contract error nor (after an
   * abort) an AbortError is an `errors.contract` failure.
   */
  start(method: string, label: string, invoke: (signal: AbortSignal) => unknown, controller = new AbortController()): Running {
    for (const rule of CALL_RULES) this.entry(this.perCall, method, rule);
    let raw: unknown;
    try {
      raw = invoke(controller.signal);
    } catch (error) {
      this.callFailure(method, 'promise', `${label} threw synchronously (${showError(error)}) instead of returning a rejected promise`);
      raw = Promise.reject(error);
    }
    if (!isThenable(raw)) {
      this.callFailure(method, 'promise', `${label} returned ${show(raw)} instead of a promise`);
      raw = Promise.resolve(raw);
    }
    let settled = false;
    const promise = Promise.resolve(raw).then(
      (value): Outcome => {
        settled = true;
        return { status: 'resolved', value };
      },
      (error: unknown): Outcome => {
        settled = true;
        this.checkRejection(method, label, error, controller.signal);
        return { status: 'rejected', error };
      },
    );
    return { promise, controller, settled: () => settled };
  }

  private checkRejection(method: string, label: string, error: unknown, signal: AbortSignal): void {
    if (isAbortError(error)) {
      if (!signal.aborted)
        this.callFailure(method, 'errors.contract', `${label} rejected with an AbortError although its signal was not aborted`);
      return;
    }
    if (!isProviderError(error)) {
      this.callFailure(method, 'errors.contract', `${label} rejected with ${showError(error)}`);
      return;
    }
    const { field, retryable } = error as { field?: unknown; retryable?: unknown };
    if (field !== undefined && typeof field !== 'string') {
      this.callFailure(
        method,
        'errors.contract',
        `${label} rejected with a "${error.code}" error whose field is ${show(field)}, not a string`,
      );
    }
    if (retryable !== undefined && typeof retryable !== 'boolean') {
      this.callFailure(
        method,
        'errors.contract',
        `${label} rejected with a "${error.code}" error whose retryable is ${show(retryable)}, not a boolean`,
      );
    }
  }

  /** Waits for a running call, at most `ms`; `timeout` when it has not settled by then. */
  async wait(running: Running, ms: number): Promise<Outcome> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<Outcome>((resolve) => {
      timer = setTimeout(() => resolve({ status: 'timeout' }), ms);
    });
    try {
      return await Promise.race([running.promise, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * One call held to the per-call rules, with the `timeoutMs` budget: a call still pending after
   * it is a `settles` failure (and its signal is aborted, to free whatever it holds).
   */
  async call(method: string, label: string, invoke: (signal: AbortSignal) => unknown): Promise<Outcome> {
    const running = this.start(method, label, invoke);
    const outcome = await this.wait(running, this.settings.timeoutMs);
    if (outcome.status === 'timeout') {
      this.callFailure(method, 'settles', `${label} did not settle within ${this.settings.timeoutMs} ms`);
      running.controller.abort();
    }
    return outcome;
  }
}
