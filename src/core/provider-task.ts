import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { checkAnswer } from './answer-check.js';
import { BackOnline, isOffline } from './back-online.js';
import { isAbortError, leftPageError, toProviderError, type ProviderErrorLike } from './errors.js';
import type { AccountDataProvider } from './provider.js';

/** What a {@link ProviderTask} needs from its host element. */
export interface ProviderTaskHost extends ReactiveControllerHost, HTMLElement {
  readonly dataProvider: AccountDataProvider | undefined;
  reportProviderError(error: ProviderErrorLike, operation: string): void;
}

export interface ProviderTaskOptions<A extends readonly unknown[], T> {
  /** The provider method (or operation name) reported in `provider-error`. */
  operation: string;
  /** Inputs besides the provider; the task re-runs when one changes (shallow compare). */
  args?: () => A;
  /** Loads the data; must pass `signal` on to the provider. */
  run: (provider: AccountDataProvider, args: A, options: { signal: AbortSignal }) => Promise<T>;
  /** When false the task waits (e.g. for the display time zone, or a valid range). */
  ready?: (args: A) => boolean;
}

export type LoadState<T> =
  | { status: 'no-provider' }
  | { status: 'loading'; previous: T | undefined }
  | { status: 'error'; error: ProviderErrorLike; previous: T | undefined }
  | { status: 'ready'; value: T };

/**
 * A `@lit/task` bound to the host's data provider: it re-runs when the provider or the args
 * change, aborts the run it no longer needs (a newer run, or the host leaving the DOM), ignores
 * a stale answer, never reports an abort as an error, fires `provider-error` for a real failure,
 * and resumes a run that disconnection interrupted.
 */
export class ProviderTask<A extends readonly unknown[], T> {
  private readonly task: Task<[AccountDataProvider | undefined, ...A], T | undefined>;
  private interrupted = false;
  private last: T | undefined;

  constructor(
    private readonly host: ProviderTaskHost,
    options: ProviderTaskOptions<A, T>,
  ) {
    this.task = new Task(host, {
      args: () => [host.dataProvider, ...(options.args?.() ?? ([] as unknown as A))] as [AccountDataProvider | undefined, ...A],
      task: async ([provider, ...args], { signal }) => {
        if (!provider || (options.ready && !options.ready(args as unknown as A))) return undefined;
        // Lit updates an element removed before its first update: load only once it is back.
        if (!host.isConnected) {
          this.interrupted = true;
          return undefined;
        }
        // Bounded sizes, real dates, amounts a decimal holds — whoever wrote the provider.
        return checkAnswer(await options.run(provider, args as unknown as A, { signal }), options.operation);
      },
      onComplete: (value) => {
        if (value !== undefined) this.last = value;
      },
      onError: (error) => {
        if (!isAbortError(error)) host.reportProviderError(toProviderError(error), options.operation);
      },
    });
    // Failed for want of a network: asks again when the browser is back online.
    new BackOnline(host, () => {
      const state = this.state;
      if (state.status === 'error' && isOffline(state.error)) void this.run();
    });
    host.addController({
      hostConnected: () => {
        if (this.interrupted) {
          this.interrupted = false;
          void this.task.run();
        }
      },
      hostDisconnected: () => {
        if (this.task.status === TaskStatus.PENDING) {
          this.interrupted = true;
          this.task.abort(leftPageError());
        }
      },
    });
  }

  /** The state to render. Keeps the last good value visible while reloading. */
  get state(): LoadState<T> {
    if (!this.host.dataProvider) return { status: 'no-provider' };
    const { status, error, value } = this.task;
    if (status === TaskStatus.ERROR && !isAbortError(error)) {
      return { status: 'error', error: toProviderError(error), previous: this.last };
    }
    if (status === TaskStatus.COMPLETE && value !== undefined) return { status: 'ready', value: this.last ?? value };
    return { status: 'loading', previous: this.last };
  }

  /** The latest loaded value (also while a reload is pending or has failed). */
  get value(): T | undefined {
    return this.last;
  }

  /** Replaces the shown value, e.g. with the result a change returned. */
  set value(value: T | undefined) {
    this.last = value;
    this.host.requestUpdate();
  }

  /** True while a run is under way, or was interrupted by the host leaving and resumes on its return. */
  get pending(): boolean {
    return this.interrupted || this.task.status === TaskStatus.PENDING;
  }

  /** Runs again (Retry, or after a change made elsewhere). */
  run(): Promise<void> {
    return this.task.run();
  }

  /** Resolves when the current run has settled, whatever its outcome. */
  async settled(): Promise<void> {
    await this.task.taskComplete.catch(() => undefined);
  }
}
