import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError, toProviderError, type ProviderErrorLike } from '../../core/errors.js';
import type { AccountDataProvider, BlockedNumber } from '../../core/provider.js';
import type { ConfirmController } from '../../shared-ui/confirm-dialog.js';
import { newIdempotencyKey } from '../../core/idempotency-key.js';
import { formatPhoneNumber } from '../../core/phone.js';
import type { CallLogTableStrings } from './call-log-table.strings.js';

export interface BlockActionHost extends ReactiveControllerHost {
  readonly dataProvider: AccountDataProvider | undefined;
}

export interface BlockActionOptions {
  confirm: ConfirmController;
  text: () => CallLogTableStrings;
  /** The provider confirmed: fire `number-blocked`. */
  onBlocked: (blocked: BlockedNumber) => void;
  onError: (error: ProviderErrorLike) => void;
}

/**
 * "Block" on a call's number: asks first, calls `blockNumber` once per confirmed action (its
 * idempotency key is reused if the user retries after a failure), marks the number busy while
 * in flight and blocked after, and keeps a status message (success, already blocked, failure).
 */
export class BlockAction implements ReactiveController {
  /** The last outcome, for a `role="status"` line. */
  status: { kind: 'success' | 'info' | 'error'; message: string } | undefined;
  private readonly inFlight = new Set<string>();
  private readonly done = new Set<string>();
  private readonly keys = new Map<string, string>();
  private readonly controllers = new Set<AbortController>();

  constructor(
    private readonly host: BlockActionHost,
    private readonly options: BlockActionOptions,
  ) {
    host.addController(this);
  }

  /** Whether the provider can block at all (the action is hidden otherwise). */
  get available(): boolean {
    return typeof this.host.dataProvider?.blockNumber === 'function';
  }

  isBusy(number: string): boolean {
    return this.inFlight.has(number);
  }

  isBlocked(number: string): boolean {
    return this.done.has(number);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    for (const c of this.controllers) c.abort(new DOMException('The element left the page.', 'AbortError'));
    this.controllers.clear();
    this.inFlight.clear();
  }

  /** Asks, then blocks `number`. Ignored while that number is in flight or already blocked here. */
  async block(number: string): Promise<void> {
    const provider = this.host.dataProvider;
    if (!provider?.blockNumber || this.inFlight.has(number) || this.done.has(number)) return;
    const t = this.options.text();
    const confirmed = await this.options.confirm.ask({
      title: t.blockTitle,
      message: t.blockMessage(formatPhoneNumber(number)),
      confirmLabel: t.blockConfirm,
      cancelLabel: t.cancel,
      danger: true,
    });
    if (!confirmed || this.inFlight.has(number)) return;
    const key = this.keys.get(number) ?? newIdempotencyKey();
    this.keys.set(number, key);
    const controller = new AbortController();
    this.controllers.add(controller);
    this.inFlight.add(number);
    this.status = undefined;
    this.host.requestUpdate();
    try {
      const blocked = await provider.blockNumber(number, { idempotencyKey: key, signal: controller.signal, reason: t.blockReason });
      this.keys.delete(number);
      this.done.add(number);
      this.status = { kind: 'success', message: t.numberBlocked(formatPhoneNumber(blocked?.number ?? number)) };
      this.options.onBlocked(blocked);
    } catch (error) {
      if (isAbortError(error)) return;
      const failure = toProviderError(error);
      if (failure.code === 'conflict') {
        this.keys.delete(number);
        this.done.add(number);
        this.status = { kind: 'info', message: t.alreadyBlocked(formatPhoneNumber(number)) };
      } else {
        this.status = { kind: 'error', message: `${t.blockFailed(formatPhoneNumber(number))} ${failure.message}` };
      }
      this.options.onError(failure);
    } finally {
      this.controllers.delete(controller);
      this.inFlight.delete(number);
      this.host.requestUpdate();
    }
  }
}
