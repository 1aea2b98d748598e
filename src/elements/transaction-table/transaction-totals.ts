import type { ReactiveControllerHost } from 'lit';
import { BackOnline, isOffline } from '../../core/back-online.js';
import { isAbortError, toProviderError, type ProviderErrorLike } from '../../core/errors.js';
import { addMoney, subtractMoney } from '../../core/money.js';
import type { Money, Page, Transaction } from '../../core/provider.js';
import { PageWalk, type FetchWholePage } from '../../shared-ui/data-table/page-walk.js';
import { StatusController } from '../../shared-ui/status-controller.js';

/** The sums of one currency. */
export interface CurrencyTotals {
  currency: string;
  credits: Money;
  debits: Money;
  /** Credits − debits. */
  net: Money;
}

export interface LedgerTotals {
  /** One entry per currency met, in the order first met. */
  currencies: CurrencyTotals[];
  credits: number;
  debits: number;
}

export type TotalsState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number | undefined }
  /** More rows than `autoLimit`: waits for `resume()` (the user asks for the totals). */
  | { status: 'paused'; done: number; total: number }
  | { status: 'done'; totals: LedgerTotals }
  | { status: 'error'; error: ProviderErrorLike };

export interface TotalsJob {
  /** One page of the whole range, in order; must pass `signal` on. */
  fetchPage: FetchWholePage<Page<Transaction>>;
  /** Rows per request (the provider's `limits.maxPageSize`). */
  limit: number;
  /** Ranges with more rows than this (by the first page's `total`) are summed only on request. */
  autoLimit: number;
}

/** Exact running sums (decimal strings, per currency). */
class Sums {
  private readonly byCurrency = new Map<string, { credits: Money; debits: Money }>();
  credits = 0;
  debits = 0;

  /** Adds a whole page, or nothing when one of its amounts is not an exact decimal. */
  addPage(items: readonly Transaction[]): void {
    const next = new Map([...this.byCurrency].map(([k, v]) => [k, { ...v }]));
    let credits = 0;
    let debits = 0;
    for (const tx of items) {
      const { currency } = tx.amount;
      const sums = next.get(currency) ?? { credits: { amount: '0', currency }, debits: { amount: '0', currency } };
      if (tx.kind === 'debit') {
        sums.debits = addMoney(sums.debits, tx.amount);
        debits += 1;
      } else if (tx.kind === 'credit') {
        sums.credits = addMoney(sums.credits, tx.amount);
        credits += 1;
      }
      next.set(currency, sums);
    }
    this.byCurrency.clear();
    for (const [k, v] of next) this.byCurrency.set(k, v);
    this.credits += credits;
    this.debits += debits;
  }

  result(): LedgerTotals {
    const currencies = [...this.byCurrency].map(([currency, s]) => ({ currency, ...s, net: subtractMoney(s.credits, s.debits) }));
    return { currencies, credits: this.credits, debits: this.debits };
  }
}

/**
 * Totals of credits and debits for a range. The contract gives no transaction totals, so they
 * are summed exactly from every row: the range is paged through in the background (`limit` =
 * the provider's `maxPageSize`), separately from the table's own paging. `start()` with a new
 * range aborts the previous run and drops its late answers. A range with more than `autoLimit`
 * rows pauses after the first page until `resume()` — the user asks, so opening a section never
 * starts hundreds of requests. Leaving the page aborts; coming back carries on where it stopped.
 */
export class TransactionTotals extends StatusController<TotalsState> {
  private job: TotalsJob | undefined;
  private sums = new Sums();
  private walk: PageWalk<Page<Transaction>> | undefined;
  private allowLarge = false;
  private controller: AbortController | undefined;
  private interrupted = false;

  constructor(host: ReactiveControllerHost, onError?: (error: ProviderErrorLike) => void) {
    super(host, { status: 'idle' }, onError);
    new BackOnline(host, () => {
      if (this.state.status === 'error' && isOffline(this.state.error)) this.resume();
    });
  }

  hostConnected(): void {
    if (!this.interrupted) return;
    this.interrupted = false;
    void this.run();
  }

  hostDisconnected(): void {
    if (!this.controller) return;
    this.interrupted = true;
    this.abort('The element left the page.');
  }

  /** Sums a new range (aborting the previous run). */
  start(job: TotalsJob): void {
    this.stop();
    this.job = job;
    this.restart();
  }

  /** Sums a paused range to the end, or retries a failed one from its start. */
  resume(): void {
    if (!this.job || this.controller) return;
    if (this.state.status === 'error') this.restart();
    else if (this.state.status === 'paused') {
      this.allowLarge = true;
      void this.run();
    }
  }

  /** Aborts and forgets the range (no provider, no valid range). */
  stop(): void {
    this.abort('The range changed.');
    this.interrupted = false;
    this.job = undefined;
    this.set({ status: 'idle' });
  }

  private restart(): void {
    this.sums = new Sums();
    this.walk = this.job && new PageWalk(this.job.fetchPage, this.job.limit, { operation: 'listTransactions' });
    this.allowLarge = false;
    void this.run();
  }

  private abort(reason: string): void {
    this.controller?.abort(new DOMException(reason, 'AbortError'));
    this.controller = undefined;
  }

  private async run(): Promise<void> {
    const { job, walk } = this;
    if (!job || !walk) return;
    const controller = new AbortController();
    this.controller = controller;
    const { signal } = controller;
    this.set({ status: 'running', done: walk.done, total: walk.total });
    try {
      do {
        const page = await walk.read(signal);
        // A newer run (a new range, or the host left the page) aborted this one: the page is not summed, nor passed.
        if (this.controller !== controller) return;
        walk.advance(page);
        this.sums.addPage(page.items);
        if (!walk.finished && !this.allowLarge && walk.total !== undefined && walk.total > job.autoLimit) {
          this.set({ status: 'paused', done: walk.done, total: walk.total });
          return;
        }
        if (!walk.finished) this.set({ status: 'running', done: walk.done, total: walk.total });
      } while (!walk.finished);
      this.set({ status: 'done', totals: this.sums.result() });
    } catch (error) {
      if (this.controller !== controller || signal.aborted || isAbortError(error)) return;
      const failure = toProviderError(error);
      this.set({ status: 'error', error: failure });
      this.onError?.(failure);
    } finally {
      if (this.controller === controller) this.controller = undefined;
    }
  }
}
