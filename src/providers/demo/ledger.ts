import { addDays, addMonths, dayOf, startOfDayInstant, startOfMonth } from '../../core/dates.js';
import type { Money, Transaction } from '../../core/provider.js';
import type { CallSpace } from './calls.js';
import { fromUnits, toUnits } from './exact.js';
import { Random } from './random.js';

/**
 * The credit ledger: monthly plan charges, one debit per day of international usage (that day's
 * call charges rounded to cents), occasional refunds and the top-ups that kept the balance
 * positive. It is laid out forwards in time and then balanced backwards from the current credit,
 * so the newest `balanceAfter` is exactly the credit and every row's balance follows from the
 * next older one. Amounts are counted in cents (exact integers).
 */

interface Row {
  t: number;
  seq: number;
  tx: Transaction;
}

interface Event {
  t: number;
  kind: 'credit' | 'debit';
  cents: number;
  description: string;
}

export interface LedgerOptions {
  seed: number;
  nowMs: number;
  timeZone: string;
  /** Months of history. */
  months: number;
  /** Keep at most this many rows (the newest). */
  cap: number;
  currency: string;
  /** Balance now (the credit), a decimal string. */
  balance: string;
  monthlyTotal: string;
  calls: CallSpace;
}

const REFUNDS = ['Refund: dropped call credit', 'Courtesy credit', 'Refund: duplicate porting fee'] as const;
const MONTH = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export class Ledger {
  /** Newest first. */
  private readonly rows: Row[] = [];
  private nextSeq = 0;
  private cents: number;
  private readonly currency: string;

  constructor(o: LedgerOptions) {
    this.currency = o.currency;
    this.cents = Number(toUnits(o.balance, 2));
    const events = this.history(o);
    const r = new Random(o.seed, 7);
    const card = r.digits(4);
    const high = Math.max(this.cents, 0) + 40_000;
    let balance = this.cents;
    const newestFirst: Event[] = [];
    for (let i = events.length - 1; i >= 0; i--) {
      const e = events[i]!;
      newestFirst.push(e);
      balance += e.kind === 'debit' ? e.cents : -e.cents;
      if (balance > high) {
        // Going back in time the balance only grows with debits: a top-up happened just before.
        // Top up in whole $50 steps from a low balance of $20–$150.
        const cents = Math.floor((balance - r.int(2_000, 15_000)) / 5_000) * 5_000;
        const older = events[i - 1]?.t ?? e.t - 86_400_000;
        const description = r.chance(0.6) ? `Credit top-up, card ending ${card}` : 'Auto top-up';
        newestFirst.push({ t: Math.floor(older + (e.t - older) * (0.3 + 0.4 * r.next())), kind: 'credit', cents, description });
        balance -= cents;
      }
    }
    const kept = newestFirst.slice(0, Math.max(0, o.cap));
    let after = this.cents;
    this.nextSeq = kept.length;
    kept.forEach((e, index) => {
      const seq = kept.length - 1 - index;
      this.rows.push({ t: e.t, seq, tx: this.transaction(seq, e, after) });
      after += e.kind === 'debit' ? e.cents : -e.cents;
    });
  }

  /** The chronological events without top-ups. */
  private history(o: LedgerOptions): Event[] {
    const r = new Random(o.seed, 6);
    const today = dayOf(new Date(o.nowMs), o.timeZone);
    const first = addMonths(startOfMonth(today), -Math.max(1, o.months));
    const at = (day: string, minutes: number) => Date.parse(startOfDayInstant(day, o.timeZone)) + minutes * 60_000;
    const planCents = Number(toUnits(o.monthlyTotal, 2));
    const events: Event[] = [];
    for (let day = first; day < today; day = addDays(day, 1)) {
      if (day.endsWith('-01')) {
        const label = MONTH.format(Date.parse(`${day}T00:00:00Z`));
        events.push({ t: at(day, 5), kind: 'debit', cents: planCents, description: `Monthly service plan, ${label}` });
        if (r.chance(0.3)) {
          const t = at(addDays(day, r.int(2, 26)), r.int(540, 1020));
          if (t < o.nowMs) events.push({ t, kind: 'credit', cents: r.int(100, 2_500), description: r.pick(REFUNDS) });
        }
      }
      const [lo, hi] = o.calls.indexRange(at(day, 0), at(addDays(day, 1), 0));
      if (hi > lo) {
        const { units, minutes } = o.calls.sums(lo, hi);
        const cents = Math.floor((units + 50) / 100);
        if (cents > 0) {
          const calls = hi - lo;
          events.push({
            t: at(day, 1439),
            kind: 'debit',
            cents,
            description: `International calls ${day}: ${calls} call${calls === 1 ? '' : 's'}, ${minutes} min`,
          });
        }
      }
    }
    if (today.endsWith('-01') && at(today, 5) <= o.nowMs) {
      events.push({
        t: at(today, 5),
        kind: 'debit',
        cents: planCents,
        description: `Monthly service plan, ${MONTH.format(Date.parse(`${today}T00:00:00Z`))}`,
      });
    }
    return events.sort((a, b) => a.t - b.t);
  }

  private transaction(seq: number, e: Event, balanceAfter: number): Transaction {
    return {
      id: `txn-${String(seq).padStart(6, '0')}`,
      createdAt: new Date(e.t).toISOString(),
      kind: e.kind,
      amount: this.money(e.cents),
      description: e.description,
      balanceAfter: this.money(balanceAfter),
    };
  }

  private money(cents: number): Money {
    return { amount: fromUnits(cents, 2), currency: this.currency };
  }

  /** The current balance. */
  get balance(): Money {
    return this.money(this.cents);
  }

  /** Records a new transaction at `atMs` (not before the newest one). */
  append(kind: 'credit' | 'debit', amount: string, description: string, atMs: number): Transaction {
    const cents = Number(toUnits(amount, 2));
    this.cents += kind === 'debit' ? -cents : cents;
    const seq = this.nextSeq++;
    const t = Math.max(atMs, this.rows[0]?.t ?? atMs);
    const row = { t, seq, tx: this.transaction(seq, { t, kind, cents, description }, this.cents) };
    this.rows.unshift(row);
    return row.tx;
  }

  /** Newest first, optionally only those in `[fromMs, toMs)`; rank for keyset paging is `-seq`. */
  list(range?: [number, number]): Row[] {
    return range ? this.rows.filter((row) => row.t >= range[0] && row.t < range[1]) : this.rows;
  }
}

export type LedgerRow = Row;
