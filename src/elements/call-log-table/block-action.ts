import { BLOCKING_KINDS } from '../../core/change-journal.js';
import type { ProviderErrorLike } from '../../core/errors.js';
import { formatPhoneNumber, parsePhoneInput } from '../../core/phone.js';
import type { BlockedNumber } from '../../core/provider.js';
import { ChangeFlow, type ChangeFlowHost, type ChangeOutcome, type ChangeStatus, type StatusLine } from '../../shared-ui/change-flow.js';
import type { ConfirmController } from '../../shared-ui/confirm-dialog.js';
import type { CallLogTableStrings } from './call-log-table.strings.js';

export interface BlockActionOptions {
  confirm: ConfirmController;
  text: () => CallLogTableStrings;
  /** The provider confirmed: fire `number-blocked`. */
  onBlocked: (blocked: BlockedNumber) => void;
  onError: (error: ProviderErrorLike) => void;
  /** Where the outcomes are said; the action's own line when absent. */
  line?: StatusLine;
}

/**
 * "Block" on a call's number, through the shared change flow: asks first, blocks once per
 * confirmed action (a retry after a lost answer reuses the key), shows the number busy while any
 * element on the provider is blocking it and blocked after, and keeps a status message. A number
 * unblocked elsewhere (the block list) can be blocked again here.
 */
export class BlockAction {
  private readonly done = new Set<string>();
  private readonly flow: ChangeFlow;

  constructor(
    private readonly host: ChangeFlowHost,
    private readonly options: BlockActionOptions,
  ) {
    this.flow = new ChangeFlow(host, {
      ...options,
      elsewhere: {
        kinds: BLOCKING_KINDS,
        heard: (record) => {
          if (record.state !== 'done') return;
          if (record.kind === 'block-number') this.done.add(record.subject);
          else this.done.delete(record.subject);
          host.requestUpdate();
        },
      },
      // A block confirmed in a call log that then left the page (the user switched section) is said here.
      missed: {
        kinds: ['block-number'],
        already: 'conflict',
        say: (record, outcome) => this.show(record.subject, outcome as ChangeOutcome<BlockedNumber>),
      },
    });
  }

  /** The last outcome, for the element's `role="status"` line. */
  get status(): ChangeStatus | undefined {
    return this.flow.status;
  }

  /** Whether the provider can block at all (the action is hidden otherwise). */
  get available(): boolean {
    return typeof this.host.dataProvider?.blockNumber === 'function';
  }

  /**
   * The number as the block form would send it, or undefined when the block form would refuse
   * it (`anonymous`, markup, a national number without its country code): such rows offer no Block.
   */
  blockable(number: string): string | undefined {
    const input = parsePhoneInput(typeof number === 'string' ? number : '');
    return input.ok ? input.number : undefined;
  }

  isBusy(number: string): boolean {
    const normal = this.blockable(number);
    return normal !== undefined && this.flow.isRunning('block-number', normal);
  }

  isBlocked(number: string): boolean {
    const normal = this.blockable(number);
    return normal !== undefined && this.done.has(normal);
  }

  /** Asks, then blocks `number`. Ignored while that number is being blocked, already blocked here, or not blockable. */
  async block(raw: string): Promise<void> {
    const number = this.blockable(raw);
    if (!this.available || number === undefined || this.done.has(number)) return;
    const t = this.options.text();
    const shown = formatPhoneNumber(number);
    const outcome = await this.flow.run({
      intent: { kind: 'block-number', subject: number },
      confirm: { title: t.blockTitle, message: t.blockMessage(shown), confirmLabel: t.blockConfirm, cancelLabel: t.cancel, danger: true },
      call: (provider, options) => provider.blockNumber!(number, { ...options, reason: t.blockReason }),
      already: 'conflict',
    });
    this.show(number, outcome);
  }

  /** Says how a block of `number` ended on the status line, and tells the element. */
  private show(number: string, outcome: ChangeOutcome<BlockedNumber>): void {
    const t = this.options.text();
    const shown = formatPhoneNumber(number);
    switch (outcome.state) {
      case 'ignored':
      case 'cancelled':
        return;
      case 'done':
        this.done.add(number);
        this.flow.say({ kind: 'success', message: t.numberBlocked(formatPhoneNumber(outcome.result?.number ?? number)) });
        this.options.onBlocked(outcome.result);
        break;
      case 'already':
        this.done.add(number);
        this.flow.say({ kind: 'info', message: t.alreadyBlocked(shown) });
        this.options.onError(outcome.error);
        break;
      case 'unknown':
        this.flow.say({ kind: 'info', message: t.changeUnknown(shown, outcome.error.message) });
        break;
      case 'failed':
        this.flow.say({ kind: 'error', message: `${t.blockFailed(shown)} ${outcome.error.message}` });
        this.options.onError(outcome.error);
        break;
    }
  }
}
