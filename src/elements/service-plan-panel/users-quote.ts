import type { ReactiveController } from 'lit';
import { abortError, isAbortError, ProviderError, toProviderError, type ProviderErrorLike } from '../../core/errors.js';
import { compareMoney, isDecimalString, multiplyMoney, subtractMoney } from '../../core/money.js';
import type { AccountDataProvider, Money, ServicePlan, UsersQuote } from '../../core/provider.js';
import type { ProviderTaskHost } from '../../core/provider-task.js';

/** How long the field must stay unchanged before the provider is asked for a price. */
export const QUOTE_DEBOUNCE_MS = 300;

/** What buying `count` users costs and leaves. */
export interface UsersCost {
  count: number;
  /** Charged now. */
  charge: Money;
  /** Credit left afterwards; unknown when the charge is in another currency than the credit. */
  creditAfter: Money | undefined;
  /**
   * The charge is taken from the credit: a computed cost (the plan's own price, paid from the
   * credit), or a provider quote that names the credit after it. A quote without `creditAfter`
   * is billed some other way (Kazoo invoices it): no credit after it is shown, the credit does
   * not refuse it, and the confirmation does not say the credit pays.
   */
  fromCredit: boolean;
  /** How much the monthly charge rises, when the provider's quote says so. */
  monthlyIncrease?: Money;
  /** `provider`: `quoteAddUsers` answered (it may prorate); `computed`: count × cost per user. */
  source: 'provider' | 'computed';
}

export type QuoteState =
  | { status: 'idle' }
  | { status: 'pending'; count: number }
  | { status: 'ready'; cost: UsersCost }
  | { status: 'error'; count: number; error: ProviderErrorLike };

interface QuoteKey {
  provider: AccountDataProvider;
  plan: ServicePlan;
  count: number;
}

const IDLE: QuoteState = { status: 'idle' };

function creditLeft(credit: Money, charge: Money): Money | undefined {
  return credit.currency === charge.currency ? subtractMoney(credit, charge) : undefined;
}

/** count × cost per user, exactly (no provider quote). */
export function computedCost(plan: ServicePlan, count: number): UsersCost {
  const charge = multiplyMoney(plan.users.unitPrice, count);
  return { count, charge, creditAfter: creditLeft(plan.credit, charge), fromCredit: true, source: 'computed' };
}

function isMoney(value: unknown): value is Money {
  const m = value as Money | undefined;
  return typeof m === 'object' && m !== null && isDecimalString(m.amount) && typeof m.currency === 'string';
}

function providerCost(count: number, quote: UsersQuote): UsersCost {
  if (
    !isMoney(quote?.charge) ||
    (quote.creditAfter !== undefined && !isMoney(quote.creditAfter)) ||
    (quote.monthlyIncrease !== undefined && !isMoney(quote.monthlyIncrease))
  ) {
    throw new ProviderError('unknown', 'The provider returned a price that is not an exact amount.');
  }
  // The credit after it is what the provider says, or nothing: a quote without it is not paid from the credit.
  const { creditAfter } = quote;
  const cost: UsersCost = {
    count,
    charge: { ...quote.charge },
    creditAfter: creditAfter && { ...creditAfter },
    fromCredit: creditAfter !== undefined,
    source: 'provider',
  };
  if (quote.monthlyIncrease) cost.monthlyIncrease = { ...quote.monthlyIncrease };
  return cost;
}

/** True when the purchase is paid from the credit and would cost more than the credit available. */
export function isShortOfCredit(cost: UsersCost, credit: Money): boolean {
  if (!cost.fromCredit) return false;
  try {
    if (cost.creditAfter && compareMoney(cost.creditAfter, { amount: '0', currency: cost.creditAfter.currency }) < 0) return true;
    return cost.charge.currency === credit.currency && compareMoney(cost.charge, credit) > 0;
  } catch {
    // Malformed credit: the provider, which decides anyway, will say.
    return false;
  }
}

/**
 * The live price of "Users to buy": follows the field, and after {@link QUOTE_DEBOUNCE_MS} of
 * quiet asks the provider's `quoteAddUsers` (when it has one), aborting the previous question
 * whenever the count, the plan or the provider changes, so a stale answer never shows. Without
 * `quoteAddUsers` the cost is count × cost per user, computed exactly and at once.
 * A failed quote stays an error (with the provider's message) rather than falling back to an
 * estimate: the price shown before buying is always the price the provider will charge.
 */
export class UsersQuoteController implements ReactiveController {
  state: QuoteState = IDLE;
  private key: QuoteKey | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private controller: AbortController | undefined;
  private running: Promise<QuoteState> | undefined;

  constructor(
    private readonly host: ProviderTaskHost,
    private readonly debounceMs: number = QUOTE_DEBOUNCE_MS,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Re-follow the field after a reconnection (the quote in flight was aborted on leaving).
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.reset();
  }

  /**
   * Follows the field: `count` is undefined while the field holds no valid number. A new
   * count, plan or provider drops the old price; the same ones keep it.
   */
  follow(count: number | undefined, provider: AccountDataProvider | undefined, plan: ServicePlan | undefined): void {
    if (count === undefined || !provider || !plan) {
      if (this.key || this.state.status !== 'idle') this.reset();
      return;
    }
    const k = this.key;
    if (k && k.count === count && k.provider === provider && k.plan === plan) return;
    this.stop();
    this.key = { provider, plan, count };
    if (typeof provider.quoteAddUsers !== 'function') {
      try {
        this.set({ status: 'ready', cost: computedCost(plan, count) });
      } catch (error) {
        // A plan whose prices are not exact amounts: say so rather than guess.
        this.set({ status: 'error', count, error: toProviderError(error) });
      }
      return;
    }
    this.set({ status: 'pending', count });
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.fetch();
    }, this.debounceMs);
  }

  /**
   * The price for the followed count, now: skips what is left of the debounce, waits for the
   * question in flight, asks again after a failure. Rejects with an `AbortError` when the
   * question is dropped meanwhile.
   */
  settle(): Promise<QuoteState> {
    switch (this.state.status) {
      case 'idle':
      case 'ready':
        return Promise.resolve(this.state);
      case 'error':
        return this.fetch();
      case 'pending':
        if (this.timer !== undefined) {
          clearTimeout(this.timer);
          this.timer = undefined;
          return this.fetch();
        }
        return this.running ?? this.fetch();
    }
  }

  /** Forgets the price (after a failed purchase the provider's price may have changed). */
  reset(): void {
    this.stop();
    this.key = undefined;
    this.set(IDLE);
  }

  private stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.controller?.abort(new DOMException('The count changed.', 'AbortError'));
    this.controller = undefined;
    this.running = undefined;
  }

  private set(state: QuoteState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  private fetch(): Promise<QuoteState> {
    const key = this.key;
    // Nothing to ask: no count, or a computed cost that failed (the plan's price is malformed).
    if (!key || typeof key.provider.quoteAddUsers !== 'function') return Promise.resolve(this.state);
    this.stop();
    const controller = new AbortController();
    this.controller = controller;
    const current = () => this.controller === controller;
    if (this.state.status !== 'pending') this.set({ status: 'pending', count: key.count });
    const run = (async (): Promise<QuoteState> => {
      try {
        const quote = await key.provider.quoteAddUsers!(key.count, { signal: controller.signal });
        if (controller.signal.aborted) throw abortError(controller.signal);
        const state: QuoteState = { status: 'ready', cost: providerCost(key.count, quote) };
        if (current()) this.set(state);
        return state;
      } catch (error) {
        if (controller.signal.aborted || isAbortError(error)) throw abortError(controller.signal);
        const failure = toProviderError(error);
        this.host.reportProviderError(failure, 'quoteAddUsers');
        const state: QuoteState = { status: 'error', count: key.count, error: failure };
        if (current()) this.set(state);
        return state;
      } finally {
        if (current()) {
          this.controller = undefined;
          this.running = undefined;
        }
      }
    })();
    this.running = run;
    // The debounced question has no one awaiting it: an abort must not become an unhandled rejection.
    run.catch(() => undefined);
    return run;
  }
}
