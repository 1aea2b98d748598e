import { BLOCKING_KINDS } from '../../core/change-journal.js';
import type { ProviderErrorLike } from '../../core/errors.js';
import { ChangeFlow, type ChangeFlowHost, type ChangeOutcome, type ChangeStatus, type StatusLine } from '../../shared-ui/change-flow.js';
import type { ConfirmController } from '../../shared-ui/confirm-dialog.js';
import type { BlockListStrings } from './block-list.strings.js';

export interface UnblockActionOptions {
  confirm: ConfirmController;
  text: () => BlockListStrings;
  /** The number as shown to people (grouped for reading). */
  display: (number: string) => string;
  /** The provider confirmed: fire `number-unblocked`. */
  onUnblocked: (number: string) => void;
  /** The list may no longer match the backend (a change here or elsewhere): reload it. */
  onListChanged: () => void;
  /** Where the outcomes are said (the list's status line, shared with the block form). */
  line?: StatusLine;
  onError: (error: ProviderErrorLike) => void;
}

/**
 * "Unblock" on a row, through the shared change flow: asks first, unblocks once per confirmed
 * action (a retry after a lost answer reuses the key), shows the number busy while any element
 * on the provider unblocks it, and only after the provider confirmed marks it unblocked and has
 * the list reloaded. A failure leaves the row as it was and says why; a lost answer says so and
 * reloads the list, which then shows what the server has. Blocks and unblocks made by other
 * elements on the provider reload the list too.
 */
export class UnblockAction {
  private readonly done = new Set<string>();
  private readonly flow: ChangeFlow;

  constructor(
    host: ChangeFlowHost,
    private readonly options: UnblockActionOptions,
  ) {
    this.flow = new ChangeFlow(host, {
      ...options,
      elsewhere: {
        kinds: BLOCKING_KINDS,
        heard: (record) => {
          if (record.kind === 'block-number') this.forget(record.subject);
          options.onListChanged();
        },
      },
      // An unblock confirmed in a list that then left the page (the user switched section) is said here.
      missed: { kinds: ['unblock-number'], already: 'not-found', say: (record, outcome) => this.show(record.subject, outcome) },
    });
  }

  /** The last outcome, for the list's `role="status"` line. */
  get status(): ChangeStatus | undefined {
    return this.flow.status;
  }

  isBusy(number: string): boolean {
    return this.flow.isRunning('unblock-number', number);
  }

  /** Unblocked here, until the reloaded list no longer shows it. */
  isUnblocked(number: string): boolean {
    return this.done.has(number);
  }

  /** The number was blocked again (here or elsewhere): it is an ordinary row once more. */
  forget(number: string): void {
    this.done.delete(number);
  }

  /** Asks, then unblocks `number` (as the provider gave it). Ignored while in flight or done. */
  async unblock(number: string): Promise<void> {
    if (this.done.has(number)) return;
    const t = this.options.text();
    const shown = this.options.display(number);
    const outcome = await this.flow.run({
      intent: { kind: 'unblock-number', subject: number },
      confirm: {
        title: t.unblockTitle,
        message: t.unblockMessage(shown),
        confirmLabel: t.unblockConfirm,
        cancelLabel: t.cancel,
        danger: true,
      },
      call: (provider, options) => provider.unblockNumber(number, options),
      already: 'not-found',
    });
    this.show(number, outcome);
  }

  /** Says how an unblock ended on the list's status line, and tells the element. */
  private show(number: string, outcome: ChangeOutcome<unknown>): void {
    const t = this.options.text();
    const shown = this.options.display(number);
    switch (outcome.state) {
      case 'ignored':
      case 'cancelled':
        return;
      case 'done':
        this.done.add(number);
        this.flow.say({ kind: 'success', message: t.numberUnblocked(shown) });
        this.options.onUnblocked(number);
        this.options.onListChanged();
        break;
      case 'already':
        // Someone else unblocked it already: what the user wanted, but not this action's doing.
        this.done.add(number);
        this.flow.say({ kind: 'info', message: t.notOnList(shown) });
        this.options.onListChanged();
        this.options.onError(outcome.error);
        break;
      case 'unknown':
        this.flow.say({ kind: 'info', message: t.changeUnknown(shown, outcome.error.message) });
        this.options.onListChanged();
        break;
      case 'failed':
        this.flow.say({ kind: 'error', message: `${t.unblockFailed(shown)} ${outcome.error.message}` });
        this.options.onError(outcome.error);
        break;
    }
  }
}
