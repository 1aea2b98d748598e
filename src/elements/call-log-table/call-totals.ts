import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkAnswer } from '../../core/answer-check.js';
import { BackOnline, isOffline } from '../../core/back-online.js';
import { isAbortError, leftPageError, ProviderError, toProviderError, type ProviderErrorLike } from '../../core/errors.js';
import type { AccountDataProvider, CallTotals, DateRange } from '../../core/provider.js';

/** The totals of one range, as `getCallTotals` answered (or is answering) them. */
export type CallTotalsState =
  | { status: 'idle' }
  | { status: 'loading'; range: DateRange }
  | { status: 'error'; range: DateRange; error: ProviderErrorLike }
  | { status: 'ready'; range: DateRange; totals: CallTotals };

const sameRange = (a: DateRange, b: DateRange) => a.from === b.from && a.to === b.to;

/** Minutes a count, charges money: what the totals line can show. */
function isCallTotals(value: unknown): value is CallTotals {
  const t = value as Partial<CallTotals> | null;
  return (
    typeof t === 'object' &&
    t !== null &&
    Number.isFinite(t.minutes) &&
    t.minutes! >= 0 &&
    typeof t.charges?.amount === 'string' &&
    typeof t.charges.currency === 'string' &&
    (t.calls === undefined || Number.isSafeInteger(t.calls))
  );
}

/**
 * The call log's totals from a provider's `getCallTotals`, asked beside the first page so the
 * rows never wait for the sums. A new range aborts the question before; an answer for a range
 * no longer asked is dropped. Leaving the page aborts; coming back asks again.
 */
export class CallTotalsRequest implements ReactiveController {
  state: CallTotalsState = { status: 'idle' };
  private asked: { provider: AccountDataProvider; range: DateRange } | undefined;
  private controller: AbortController | undefined;
  private interrupted = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onError: (error: ProviderErrorLike) => void,
  ) {
    host.addController(this);
    new BackOnline(host, () => {
      if (this.state.status === 'error' && isOffline(this.state.error)) this.retry();
    });
  }

  /** The totals of `range` when they are here or on their way, else undefined (the first page then carries them). */
  for(range: DateRange | undefined): Exclude<CallTotalsState, { status: 'idle' }> | undefined {
    const s = this.state;
    return s.status !== 'idle' && range && sameRange(s.range, range) ? s : undefined;
  }

  /** Asks `provider` for `range`'s totals, unless they are here or on their way; without `getCallTotals`, forgets. */
  load(provider: AccountDataProvider, range: DateRange): void {
    if (typeof provider.getCallTotals !== 'function') return this.clear();
    const asked = this.asked;
    if (asked?.provider === provider && sameRange(asked.range, range) && this.state.status !== 'error') return;
    this.asked = { provider, range };
    this.run();
  }

  /** Asks again after a failure. */
  retry(): void {
    if (this.asked && !this.controller) this.run();
  }

  /** Aborts and forgets (no provider, no list). */
  clear(): void {
    this.controller?.abort(new DOMException('The query changed.', 'AbortError'));
    this.controller = undefined;
    this.asked = undefined;
    this.interrupted = false;
    this.set({ status: 'idle' });
  }

  hostConnected(): void {
    if (!this.interrupted) return;
    this.interrupted = false;
    this.run();
  }

  hostDisconnected(): void {
    if (!this.controller) return;
    this.interrupted = true;
    this.controller.abort(leftPageError());
    this.controller = undefined;
  }

  private run(): void {
    const { provider, range } = this.asked!;
    this.controller?.abort(new DOMException('The range changed.', 'AbortError'));
    const controller = new AbortController();
    this.controller = controller;
    this.set({ status: 'loading', range });
    void (async () => {
      try {
        const totals = checkAnswer(await provider.getCallTotals!({ range, signal: controller.signal }), 'getCallTotals');
        if (this.controller !== controller) return;
        if (!isCallTotals(totals))
          throw new ProviderError('unknown', 'The provider sent call totals without minutes or charges.', { retryable: false });
        this.set({ status: 'ready', range, totals });
      } catch (error) {
        if (this.controller !== controller || isAbortError(error)) return;
        const failure = toProviderError(error);
        this.set({ status: 'error', range, error: failure });
        this.onError(failure);
      } finally {
        if (this.controller === controller) this.controller = undefined;
      }
    })();
  }

  private set(state: CallTotalsState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
