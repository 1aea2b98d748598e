import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError, toProviderError, type ProviderErrorLike } from '../../core/errors.js';
import { newIdempotencyKey } from '../../core/idempotency-key.js';
import { parsePhoneInput, type PhoneProblem } from '../../core/phone.js';
import type { AccountDataProvider, BlockedNumber } from '../../core/provider.js';
import type { BlockListStrings } from './block-list.strings.js';
import { displayNumber } from './blocked-columns.js';
import type { ActionStatus } from './unblock-action.js';

export interface BlockFormHost extends ReactiveControllerHost {
  readonly dataProvider: AccountDataProvider | undefined;
}

export interface BlockFormOptions {
  text: () => BlockListStrings;
  /** The provider confirmed: fire `number-blocked`, reload the list. */
  onBlocked: (blocked: BlockedNumber) => void;
  onStatus: (status: ActionStatus | undefined) => void;
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
 * before a provider is asked, normalizes what it accepts, calls `blockNumber` once per
 * submission (one idempotency key per number, reused when the user retries it after a failure)
 * and keeps the field's error (`conflict`: already blocked; `validation`: the backend's reason)
 * or the form's error (any other failure) for the element to render.
 */
export class BlockForm implements ReactiveController {
  /** The message under the number field. */
  fieldError = '';
  /** A failure that is not about the number itself. */
  formError = '';
  private busyWith: AbortController | undefined;
  private key: { number: string; value: string } | undefined;

  constructor(
    private readonly host: BlockFormHost,
    private readonly options: BlockFormOptions,
  ) {
    host.addController(this);
  }

  /** Whether the provider can block at all (the form is hidden otherwise). */
  get available(): boolean {
    return typeof this.host.dataProvider?.blockNumber === 'function';
  }

  /** True while a block is in flight. */
  get busy(): boolean {
    return this.busyWith !== undefined;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.busyWith?.abort(new DOMException('The element left the page.', 'AbortError'));
    this.busyWith = undefined;
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
    if (!provider?.blockNumber || this.busyWith) return 'ignored';
    const t = this.options.text();
    const input = parsePhoneInput(request.number);
    this.formError = '';
    // The previous outcome no longer describes what is on screen.
    this.options.onStatus(undefined);
    if (!input.ok) {
      this.fieldError = problemText(input.problem, t);
      this.host.requestUpdate();
      return 'field-error';
    }
    this.fieldError = '';
    const number = input.number;
    const shown = displayNumber(number, t);
    if (this.key?.number !== number) this.key = { number, value: newIdempotencyKey() };
    const controller = new AbortController();
    this.busyWith = controller;
    this.host.requestUpdate();
    try {
      const reason = request.reason.trim() || t.defaultReason;
      const blocked = await provider.blockNumber(number, { reason, idempotencyKey: this.key.value, signal: controller.signal });
      this.key = undefined;
      this.options.onStatus({ kind: 'success', message: t.numberBlocked(displayNumber(blocked?.number ?? number, t)) });
      this.options.onBlocked(blocked ?? { number });
      return 'blocked';
    } catch (error) {
      if (isAbortError(error)) return 'ignored';
      const failure = toProviderError(error);
      this.options.onError(failure);
      if (failure.code === 'conflict') {
        this.key = undefined;
        this.fieldError = t.alreadyBlocked(shown);
        return 'field-error';
      }
      if (failure.code === 'validation' && (failure.field === undefined || failure.field === 'number')) {
        this.key = undefined;
        this.fieldError = failure.message;
        return 'field-error';
      }
      this.formError = `${t.blockFailed(shown)} ${failure.message}`;
      return 'form-error';
    } finally {
      if (this.busyWith === controller) this.busyWith = undefined;
      this.host.requestUpdate();
    }
  }
}
