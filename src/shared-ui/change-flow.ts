import type { ReactiveControllerHost } from 'lit';
import { ChangeJournal, type ChangeIntent, type ChangeKind, type ChangeRecord } from '../core/change-journal.js';
import { JournalFollower } from './journal-follower.js';
import type { ProviderErrorCode, ProviderErrorLike } from '../core/errors.js';
import type { AccountDataProvider } from '../core/provider.js';
import type { ConfirmController, ConfirmRequest } from './confirm-dialog.js';

/** The outcome of a change (or another row action), for an element's `role="status"` line. */
export interface ChangeStatus {
  kind: 'success' | 'info' | 'error';
  message: string;
}

/**
 * One `role="status"` line of an element: the last outcome any of the actions sharing it said.
 * The one way actions report status: each says its outcomes to its line (`say`), the element
 * renders `status`. Actions that show on one line (unblock and the block form; a list's delete
 * and download) are given the same line.
 */
export class StatusLine {
  private current: ChangeStatus | undefined;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** What the line says now (`undefined`: nothing). */
  get status(): ChangeStatus | undefined {
    return this.current;
  }

  /** Says `status` (`undefined` clears the line: the last outcome no longer describes the screen). */
  say(status: ChangeStatus | undefined): void {
    this.current = status;
    this.host.requestUpdate();
  }
}

/** One change a user can make: what it is, how it is asked for, how it is made. */
export interface ChangeSpec<R> {
  intent: ChangeIntent;
  /** The confirmation asked first; none for a change the user already submitted in a form. */
  confirm?: ConfirmRequest;
  call: (provider: AccountDataProvider, options: { idempotencyKey: string; signal?: AbortSignal }) => Promise<R>;
  /** The code that means "it was already so" (`conflict` for a block, `not-found` for a delete). */
  already?: ProviderErrorCode;
  /** The user's own Cancel (an upload's); never aborted because the element left. */
  cancel?: AbortSignal;
}

/**
 * How a change ended: `unknown` when the answer was lost (it may or may not have happened),
 * `cancelled` when the user's Cancel stopped it first.
 */
export type ChangeOutcome<R> =
  | { state: 'done'; result: R }
  | { state: 'already'; error: ProviderErrorLike }
  | { state: 'failed'; error: ProviderErrorLike }
  | { state: 'unknown'; error: ProviderErrorLike }
  | { state: 'cancelled' }
  | { state: 'ignored' };

export interface ChangeFlowHost extends ReactiveControllerHost {
  readonly dataProvider: AccountDataProvider | undefined;
  readonly isConnected: boolean;
}

export interface ChangeFlowOptions {
  /** Asks before a change that has a `confirm` request. */
  confirm?: Pick<ConfirmController, 'ask'>;
  /** Where the outcomes are said; the flow's own line when absent. */
  line?: StatusLine;
  /**
   * Hears the changes of these kinds that other flows on the same provider settle, so an element
   * showing data they touch can refresh it. `local`: started by another flow of the same element.
   */
  elsewhere?: { kinds: readonly ChangeKind[]; heard: (record: ChangeRecord, local: boolean) => void };
  /**
   * Hears every settled change of these kinds on the provider, this flow's own first (so the
   * element that started it announces it, and the others see it announced). `missed`: when the
   * element follows a journal (on connect, or a new provider), it also hears the outcomes that
   * were settled while no element announced them, and the ones still unknown.
   */
  outcomes?: { kinds: readonly ChangeKind[]; heard: (record: ChangeRecord, journal: ChangeJournal) => void; missed?: boolean };
  /**
   * The outcomes of changes of these kinds whose element left the page before they settled (the
   * user switched section after confirming; not ones known from before a reload): `say` gets each once, as `run` gives its own, when
   * this element follows the journal (on connect) or when such a change settles while it is on
   * the page. `already`: the code that means "it was already so".
   */
  missed?: {
    kinds: readonly ChangeKind[];
    already?: ProviderErrorCode;
    say: (record: ChangeRecord, outcome: ChangeOutcome<unknown>) => void;
  };
}

/** How a settled record ended, as `run` says it (`already`: the code that means "it was already so"). */
export function outcomeOf<R>(record: ChangeRecord, already?: ProviderErrorCode): ChangeOutcome<R> {
  switch (record.state) {
    case 'done':
      return { state: 'done', result: record.result as R };
    case 'unknown':
    case 'not-done':
      return { state: 'unknown', error: record.error ?? { code: 'unknown', message: '' } };
    case 'cancelled':
      return { state: 'cancelled' };
    default: {
      const error = record.error ?? { code: 'unknown', message: '' };
      return error.code === already ? { state: 'already', error } : { state: 'failed', error };
    }
  }
}

/**
 * The one flow of every change a user makes (buy and remove users, block, unblock, delete,
 * upload, a new password): confirm → the provider
 * still the same → the provider call through the provider's change journal (one idempotency key
 * per intent, reused by every retry until settled; no abort when the element leaves: the user
 * confirmed it) → one outcome, said on the action's {@link StatusLine}. A change of the same
 * intent already running, here or in another element on the provider, is not started twice.
 */
export class ChangeFlow {
  /** Where this flow's action says its outcomes. */
  readonly line: StatusLine;
  private readonly confirm: Pick<ConfirmController, 'ask'>;
  private readonly follower: JournalFollower | undefined;
  /** The kinds whose outcomes `outcomes.heard` announces (not `run`'s caller). */
  private readonly announcedByListener: readonly ChangeKind[];

  constructor(
    readonly host: ChangeFlowHost,
    options: ChangeFlowOptions = {},
  ) {
    this.line = options.line ?? new StatusLine(host);
    this.confirm = options.confirm ?? { ask: async () => true };
    const { elsewhere, outcomes, missed } = options;
    this.announcedByListener = outcomes?.kinds ?? [];
    if (!elsewhere && !outcomes && !missed) return;
    this.follower = new JournalFollower(host, {
      owner: this,
      heard: (record, journal) => {
        if (record.state === 'pending') return;
        if (outcomes?.kinds.includes(record.kind)) outcomes.heard(record, journal);
        if (elsewhere?.kinds.includes(record.kind) && record.origin !== this) {
          elsewhere.heard(record, record.origin instanceof ChangeFlow && record.origin.host === host);
        }
        if (missed?.kinds.includes(record.kind)) this.takeUp(record, journal);
      },
      followed: (journal) => {
        if (missed) for (const record of journal.open(missed.kinds)) if (record.state !== 'pending') this.takeUp(record, journal);
        if (!outcomes?.missed) return;
        for (const record of journal.open(outcomes.kinds)) if (record.state !== 'pending') outcomes.heard(record, journal);
      },
    });
    this.missed = missed;
  }

  private readonly missed: ChangeFlowOptions['missed'];

  /**
   * Says a settled change nobody said (its element left first), once. Looked at a turn later: the
   * element that started it, when still on the page, says it itself as `run` returns.
   */
  private takeUp(record: ChangeRecord, journal: ChangeJournal): void {
    queueMicrotask(() => {
      const missed = this.missed;
      if (!missed || record.announced || record.state === 'pending' || this.follower?.journal !== journal) return;
      // Only a change an element of this page started and left; one known from before a reload
      // (no origin) is not said again here.
      if (!(record.origin instanceof ChangeFlow) || record.origin.host.isConnected) return;
      journal.announced(record);
      missed.say(record, outcomeOf(record, missed.already));
    });
  }

  /** The journal of the host's provider, while the host is on the page (with `elsewhere` or `outcomes`). */
  get journal(): ChangeJournal | undefined {
    return this.follower?.journal;
  }

  /** The kind of a change of one of `kinds` running on the provider (from any element), if any. */
  running(kinds: readonly ChangeKind[]): ChangeKind | undefined {
    const provider = this.host.dataProvider;
    return provider
      ? ChangeJournal.for(provider)
          .open(kinds)
          .find((r) => r.state === 'pending')?.kind
      : undefined;
  }

  /** What the action's status line says now. */
  get status(): ChangeStatus | undefined {
    return this.line.status;
  }

  /** Says an outcome on the action's status line. */
  say(status: ChangeStatus | undefined): void {
    this.line.say(status);
  }

  /** A change of this intent is running on the provider (from any element). */
  isRunning(kind: ChangeKind, subject: string): boolean {
    const provider = this.host.dataProvider;
    return !!provider && ChangeJournal.for(provider).find({ kind, subject })?.state === 'pending';
  }

  /** Asks, then makes the change once. Resolves with its outcome (`ignored`: cancelled or not startable). */
  async run<R>(spec: ChangeSpec<R>): Promise<ChangeOutcome<R>> {
    const provider = this.host.dataProvider;
    const { kind, subject } = spec.intent;
    if (!provider || this.isRunning(kind, subject)) return { state: 'ignored' };
    const confirmed = spec.confirm ? await this.confirm.ask(spec.confirm) : true;
    // The provider may have changed, or the same change started elsewhere, while the dialog was open.
    if (!confirmed || this.host.dataProvider !== provider || this.isRunning(kind, subject)) return { state: 'ignored' };
    // Heard by this element even if it had not followed the provider's journal yet.
    this.follower?.follow();
    const journal = ChangeJournal.for(provider);
    const running = journal.run(spec.intent, (options) => spec.call(provider, options), this, spec.cancel);
    this.host.requestUpdate();
    const record = await running;
    // The caller says the outcome it gets back, when its element is still on the page; with
    // `outcomes`, the listener says it. Otherwise the next element that follows the journal with
    // `missed` (or `outcomes.missed`) for this kind says it.
    if (!this.announcedByListener.includes(kind) && this.host.isConnected) journal.announced(record);
    this.host.requestUpdate();
    return outcomeOf<R>(record, spec.already);
  }
}
