import type { ReactiveControllerHost } from 'lit';
import { ChangeJournal, type ChangeIntent, type ChangeKind, type ChangeRecord } from '../core/change-journal.js';
import { JournalFollower } from './journal-follower.js';
import type { ProviderErrorCode, ProviderErrorLike } from '../core/errors.js';
import type { AccountDataProvider } from '../core/provider.js';
import type { ConfirmController, ConfirmRequest } from './confirm-dialog.js';

/** The outcome of a change, for an element's `role="status"` line. */
export interface ChangeStatus {
  kind: 'success' | 'info' | 'error';
  message: string;
}

/** One change a user can make on a row: what it is, how it is asked for, how it is made. */
export interface ChangeSpec<R> {
  intent: ChangeIntent;
  /** The confirmation asked first; none for a change the user already submitted in a form. */
  confirm?: ConfirmRequest;
  call: (provider: AccountDataProvider, options: { idempotencyKey: string }) => Promise<R>;
  /** The code that means "it was already so" (`conflict` for a block, `not-found` for a delete). */
  already?: ProviderErrorCode;
}

/** How a change ended: `unknown` when the answer was lost (it may or may not have happened). */
export type ChangeOutcome<R> =
  | { state: 'done'; result: R }
  | { state: 'already'; error: ProviderErrorLike }
  | { state: 'failed'; error: ProviderErrorLike }
  | { state: 'unknown'; error: ProviderErrorLike }
  | { state: 'ignored' };

export interface ChangeFlowHost extends ReactiveControllerHost {
  readonly dataProvider: AccountDataProvider | undefined;
  readonly isConnected: boolean;
}

/**
 * The one flow of every confirmed change on a row (block, unblock, delete): confirm → the
 * provider still the same → the provider call through the provider's change journal (one
 * idempotency key per intent, reused by every retry until settled; no abort when the element
 * leaves: the user confirmed it) → one outcome. A change of the same intent already running,
 * here or in another element on the provider, is not started twice.
 *
 * `onElsewhere` hears the changes other elements on the same provider settle, so an element
 * showing data they touch can refresh it.
 */
export class ChangeFlow {
  constructor(
    private readonly host: ChangeFlowHost,
    private readonly confirm: Pick<ConfirmController, 'ask'>,
    onElsewhere?: { kinds: readonly ChangeKind[]; heard: (record: ChangeRecord) => void },
  ) {
    if (onElsewhere) {
      new JournalFollower(host, {
        owner: this,
        heard: (record) => {
          if (record.origin !== this && record.state !== 'pending' && onElsewhere.kinds.includes(record.kind)) onElsewhere.heard(record);
        },
      });
    }
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
    const journal = ChangeJournal.for(provider);
    const running = journal.run(spec.intent, (options) => spec.call(provider, options), this);
    this.host.requestUpdate();
    const record = await running;
    journal.announced(record);
    this.host.requestUpdate();
    switch (record.state) {
      case 'done':
        return { state: 'done', result: record.result as R };
      case 'unknown':
        return { state: 'unknown', error: record.error! };
      default:
        return record.error!.code === spec.already ? { state: 'already', error: record.error! } : { state: 'failed', error: record.error! };
    }
  }
}
