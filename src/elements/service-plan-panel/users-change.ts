import type { ChangeJournal, ChangeKind, ChangeRecord } from '../../core/change-journal.js';
import type { ProviderErrorLike } from '../../core/errors.js';
import type { Money, ServicePlan } from '../../core/provider.js';
import { ChangeFlow, type ChangeFlowHost } from '../../shared-ui/change-flow.js';

export type UsersAction = 'buy' | 'remove';

/** What the panel says about a change of users, whoever started it. */
export type UsersOutcome =
  /** `fromPlan`: the answer was lost and the plan read again shows the change; the charge is not known. */
  | {
      state: 'done';
      action: UsersAction;
      count: number;
      cost?: Money;
      monthlyIncrease?: Money;
      plan: ServicePlan;
      mine: boolean;
      fromPlan: boolean;
    }
  | { state: 'failed'; action: UsersAction; count: number; error: ProviderErrorLike; mine: boolean }
  /** The answer was lost. `checking`: the plan is being read again; else `plan` shows what the server has. */
  | { state: 'unknown'; action: UsersAction; count: number; checking: boolean; plan?: ServicePlan }
  /** A lost answer, settled: the server shows the plan unchanged (which does not make it a failure: the request may land late). */
  | { state: 'not-done'; action: UsersAction; count: number; plan: ServicePlan; error?: ProviderErrorLike };

export interface UsersChangeOptions {
  /** Shows a plan the provider returned or the panel read again. */
  showPlan(plan: ServicePlan): void;
  /** Reads the plan again; resolves with it, or `undefined` when that failed. */
  reloadPlan(): Promise<ServicePlan | undefined>;
  /** Tells the user (status line or form error, and the event). */
  announce(outcome: UsersOutcome): void;
}

const KIND: Record<UsersAction, ChangeKind> = { buy: 'add-users', remove: 'remove-users' };
const KINDS: readonly ChangeKind[] = ['add-users', 'remove-users'];
const actionOf = (record: ChangeRecord): UsersAction => (record.kind === 'add-users' ? 'buy' : 'remove');

/**
 * Buying and removing users through the shared change flow: a confirmed change runs to
 * its end even when the panel leaves the page, every panel on the same provider shows its
 * outcome (the one that started it first; one that returns later announces what it missed), and
 * a lost answer is said as unknown, then settled from the plan read again — never as a failure.
 */
export class UsersChangeController {
  private readonly flow: ChangeFlow;

  constructor(
    private readonly host: ChangeFlowHost,
    private readonly options: UsersChangeOptions,
  ) {
    // Hears every outcome (its own first), and takes up what it missed while away: outcomes nobody announced, and lost answers.
    this.flow = new ChangeFlow(host, { outcomes: { kinds: KINDS, heard: (record, journal) => this.heard(record, journal), missed: true } });
  }

  /** A change of users is running on this provider (from here or elsewhere). */
  get running(): UsersAction | undefined {
    const kind = this.flow.running(KINDS);
    return kind === undefined ? undefined : kind === 'add-users' ? 'buy' : 'remove';
  }

  /**
   * Runs a confirmed change. `before`: the users on the plan now, and `cost`: the quoted
   * charge, kept to settle and announce the outcome later. Resolves when it settled.
   */
  async change(action: UsersAction, count: number, detail: { before: number; cost?: Money; monthlyIncrease?: Money }): Promise<void> {
    await this.flow.run({
      intent: { kind: KIND[action], subject: String(count), detail },
      call: (provider, options) => (action === 'buy' ? provider.addUsers(count, options) : provider.removeUsers(count, options)),
    });
  }

  private heard(record: ChangeRecord, journal: ChangeJournal): void {
    this.host.requestUpdate();
    const action = actionOf(record);
    const count = Number(record.subject);
    const mine = record.origin === this.flow;
    if (record.announced) {
      // Another panel said it: this one shows the new plan.
      const plan = record.result as ServicePlan | undefined;
      if (record.state === 'done' && plan) this.options.showPlan(plan);
      else void this.options.reloadPlan();
      return;
    }
    switch (record.state) {
      case 'done': {
        journal.announced(record);
        const known = record.result as ServicePlan | undefined;
        const show = (plan: ServicePlan) => {
          this.options.showPlan(plan);
          // The quoted charge is said only with the provider's own answer; a plan read again tells no charge.
          const fromPlan = record.fromData === true;
          const { cost, monthlyIncrease } = (fromPlan ? {} : (record.detail ?? {})) as { cost?: Money; monthlyIncrease?: Money };
          this.options.announce({ state: 'done', action, count, cost, monthlyIncrease, plan, mine, fromPlan });
        };
        if (known) show(known);
        else void this.options.reloadPlan().then((plan) => plan && show(plan));
        return;
      }
      case 'failed':
        journal.announced(record);
        this.options.announce({ state: 'failed', action, count, error: record.error!, mine });
        return;
      case 'not-done':
        journal.announced(record);
        this.options.announce({ state: 'not-done', action, count, plan: record.result as ServicePlan, error: record.error });
        return;
      case 'unknown':
        // Said once as "checking", then settled from the plan the server shows.
        journal.announced(record);
        this.options.announce({ state: 'unknown', action, count, checking: true });
        void this.settle(journal, record);
        return;
    }
  }

  /** Reads the plan again and decides a lost answer from it, where the numbers allow. */
  private async settle(journal: ChangeJournal, record: ChangeRecord): Promise<void> {
    const plan = await this.options.reloadPlan();
    const action = actionOf(record);
    const count = Number(record.subject);
    const before = record.detail?.['before'];
    if (!plan) {
      this.options.announce({ state: 'unknown', action, count, checking: false });
      return;
    }
    const now = plan.users.quantity;
    const expected = typeof before === 'number' ? before + (action === 'buy' ? count : -count) : undefined;
    if (expected !== undefined && now === expected) journal.confirm(record, 'done', plan);
    else if (now === before) journal.confirm(record, 'not-done', plan);
    else this.options.announce({ state: 'unknown', action, count, checking: false, plan });
  }
}
