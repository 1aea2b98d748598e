import type { ProviderErrorLike } from '../../core/errors.js';
import { parsePhoneInput, type PhoneProblem } from '../../core/phone.js';
import type { BlockedNumber } from '../../core/provider.js';
import { ChangeFlow, type ChangeFlowHost, type ChangeOutcome, type ChangeStatus, type StatusLine } from '../../shared-ui/change-flow.js';
import type { BlockListStrings } from './block-list.strings.js';
import { displayNumber } from './blocked-columns.js';

export interface BlockFormOptions {
  text: () => BlockListStrings;
  /** The provider confirmed: fire `number-blocked`, reload the list. */
  onBlocked: (blocked: BlockedNumber) => void;
  /** Where the outcomes are said (the list's status line, shared with Unblock). */
  line?: StatusLine;
  onError: (error: ProviderErrorLike) => void;
}

/** What the user submitted. */
export interface BlockRequest {
  number: string;
  reason: string;
}

/** The outcome of one submission, so the element knows where focus belongs. */
export type BlockOutcome = 'blocked' | 'field-error' | 'form-error' | 'ignored';

/** The field's message for each input problem. */
export function problemText(problem: PhoneProblem, t: BlockListStrings): string {
  switch (problem) {
    case 'empty':
      return t.errorEmpty;
    case 'characters':
      return t.errorCharacters;
    case 'country-code':
      return t.errorCountryCode;
    case 'length':
      return t.errorLength;
    case 'extension':
      return t.errorExtension;
  }
}

/**
 * The "Number to block" form: refuses anything that is not an E.164 number or an extension
 * before a provider is asked, normalizes what it accepts, calls `blockNumber` through the shared
 * change flow once per submission (one idempotency key per number, reused when the user retries
 * it after a lost answer; the block goes on if the element leaves)
 * and keeps the field's error (`conflict`: already blocked; `validation`: the backend's reason)
 * or the form's error (any other failure) for the element to render.
 */
export class BlockForm {
  /** The message under the number field. */
  fieldError = '';
  /** A failure that is not about the number itself. */
  formError = '';
  /** A block of this form is running. */
  private running = false;
  private readonly flow: ChangeFlow;

  constructor(
    private readonly host: ChangeFlowHost,
    private readonly options: BlockFormOptions,
  ) {
    this.flow = new ChangeFlow(host, {
      line: options.line,
      // A block confirmed in an element that then left the page (the user switched section) is said here.
      missed: {
        kinds: ['block-number'],
        already: 'conflict',
        say: (record, outcome) => this.sayMissed(record.subject, outcome as ChangeOutcome<BlockedNumber>),
      },
    });
  }

  /** A block this form did not submit: said on the list's status line, never as the field's error (the form is another one's). */
  private sayMissed(number: string, outcome: ChangeOutcome<BlockedNumber>): void {
    const t = this.options.text();
    const shown = displayNumber(number, t);
    switch (outcome.state) {
      case 'done':
        this.flow.say({ kind: 'success', message: t.numberBlocked(displayNumber(outcome.result?.number ?? number, t)) });
        this.options.onBlocked(outcome.result ?? { number });
        return;
      case 'unknown':
        this.flow.say({ kind: 'info', message: t.changeUnknown(shown, outcome.error.message) });
        return;
      case 'already':
        this.flow.say({ kind: 'info', message: t.alreadyBlocked(shown) });
        this.options.onError(outcome.error);
        return;
      case 'failed':
        this.flow.say({ kind: 'error', message: `${t.blockFailed(shown)} ${outcome.error.message}` });
        this.options.onError(outcome.error);
        return;
    }
  }

  /** The last outcome, for the list's `role="status"` line. */
  get status(): ChangeStatus | undefined {
    return this.flow.status;
  }

  /** Whether the provider can block at all (the form is hidden otherwise). */
  get available(): boolean {
    return typeof this.host.dataProvider?.blockNumber === 'function';
  }

  /** True while a block is in flight. */
  get busy(): boolean {
    return this.running;
  }

  /** The user edited the number: its old error no longer applies. */
  edited(): void {
    if (!this.fieldError && !this.formError) return;
    this.fieldError = '';
    this.formError = '';
    this.host.requestUpdate();
  }

  /** Checks and blocks. */
  async submit(request: BlockRequest): Promise<BlockOutcome> {
    const provider = this.host.dataProvider;
    if (!provider?.blockNumber || this.running) return 'ignored';
    const t = this.options.text();
    const input = parsePhoneInput(request.number);
    this.formError = '';
    // The previous outcome no longer describes what is on screen.
    this.flow.say(undefined);
    if (!input.ok) {
      this.fieldError = problemText(input.problem, t);
      this.host.requestUpdate();
      return 'field-error';
    }
    this.fieldError = '';
    const number = input.number;
    const shown = displayNumber(number, t);
    const reason = request.reason.trim() || t.defaultReason;
    this.running = true;
    this.host.requestUpdate();
    try {
      const outcome = await this.flow.run({
        intent: { kind: 'block-number', subject: number },
        call: (p, options) => p.blockNumber!(number, { ...options, reason }),
      });
      switch (outcome.state) {
        case 'ignored':
        case 'cancelled':
          return 'ignored';
        case 'done': {
          const blocked = outcome.result ?? { number };
          this.flow.say({ kind: 'success', message: t.numberBlocked(displayNumber(blocked.number ?? number, t)) });
          this.options.onBlocked(blocked);
          return 'blocked';
        }
        case 'unknown':
          // Not said as blocked nor as failed; the list is read again (the change flow tells it).
          this.flow.say({ kind: 'info', message: t.changeUnknown(shown, outcome.error.message) });
          return 'form-error';
        default: {
          const failure = outcome.error;
          this.options.onError(failure);
          if (failure.code === 'conflict') {
            this.fieldError = t.alreadyBlocked(shown);
            return 'field-error';
          }
          if (failure.code === 'validation' && (failure.field === undefined || failure.field === 'number')) {
            this.fieldError = failure.message;
            return 'field-error';
          }
          this.formError = `${t.blockFailed(shown)} ${failure.message}`;
          return 'form-error';
        }
      }
    } finally {
      this.running = false;
      this.host.requestUpdate();
    }
  }
}
