import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError, toProviderError, type ProviderErrorLike } from '../../core/errors.js';
import { newIdempotencyKey } from '../../core/idempotency-key.js';
import type { AccountDataProvider } from '../../core/provider.js';
import type { ConfirmController } from '../../shared-ui/confirm-dialog.js';
import type { BlockListStrings } from './block-list.strings.js';

export interface UnblockActionHost extends ReactiveControllerHost {
  readonly dataProvider: AccountDataProvider | undefined;
}

/** The outcome of the last change, for the element's `role="status"` line. */
export interface ActionStatus {
  kind: 'success' | 'info' | 'error';
  message: string;
}

export interface UnblockActionOptions {
  confirm: ConfirmController;
  text: () => BlockListStrings;
  /** The number as shown to people (grouped for reading). */
  display: (number: string) => string;
  /** The provider confirmed: fire `number-unblocked`. */
  onUnblocked: (number: string) => void;
  /** The list no longer matches the backend (unblocked, or found already gone): reload it. */
  onListChanged: () => void;
  onStatus: (status: ActionStatus) => void;
  onError: (error: ProviderErrorLike) => void;
}

/**
 * "Unblock" on a row: asks first, calls `unblockNumber` once per confirmed action (its
 * idempotency key is reused when the user retries after a failure), marks the number busy while
 * in flight, and only after the provider confirmed marks it unblocked and has the list reloaded.
 * A failure leaves the row as it was and says why.
 */
export class UnblockAction implements ReactiveController {
  private readonly inFlight = new Set<string>();
  private readonly done = new Set<string>();
  private readonly keys = new Map<string, string>();
  private readonly controllers = new Set<AbortController>();

  constructor(
    private readonly host: UnblockActionHost,
    private readonly options: UnblockActionOptions,
  ) {
    host.addController(this);
  }

  isBusy(number: string): boolean {
    return this.inFlight.has(number);
  }

  /** Unblocked here, until the reloaded list no longer shows it. */
  isUnblocked(number: string): boolean {
    return this.done.has(number);
  }

  /** The number was blocked again (here or elsewhere): it is an ordinary row once more. */
  forget(number: string): void {
    this.done.delete(number);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    for (const c of this.controllers) c.abort(new DOMException('The element left the page.', 'AbortError'));
    this.controllers.clear();
    this.inFlight.clear();
  }

  /** Asks, then unblocks `number` (as the provider gave it). Ignored while in flight or done. */
  async unblock(number: string): Promise<void> {
    const provider = this.host.dataProvider;
    if (!provider || this.inFlight.has(number) || this.done.has(number)) return;
    const t = this.options.text();
    const shown = this.options.display(number);
    const confirmed = await this.options.confirm.ask({
      title: t.unblockTitle,
      message: t.unblockMessage(shown),
      confirmLabel: t.unblockConfirm,
      cancelLabel: t.cancel,
      danger: true,
    });
    if (!confirmed || this.inFlight.has(number) || this.host.dataProvider !== provider) return;
    const key = this.keys.get(number) ?? newIdempotencyKey();
    this.keys.set(number, key);
    const controller = new AbortController();
    this.controllers.add(controller);
    this.inFlight.add(number);
    this.host.requestUpdate();
    try {
      await provider.unblockNumber(number, { idempotencyKey: key, signal: controller.signal });
      this.keys.delete(number);
      this.done.add(number);
      this.options.onStatus({ kind: 'success', message: t.numberUnblocked(shown) });
      this.options.onUnblocked(number);
      this.options.onListChanged();
    } catch (error) {
      if (isAbortError(error)) return;
      const failure = toProviderError(error);
      if (failure.code === 'not-found') {
        // Someone else unblocked it already: what the user wanted, but not this action's doing.
        this.keys.delete(number);
        this.done.add(number);
        this.options.onStatus({ kind: 'info', message: t.notOnList(shown) });
        this.options.onListChanged();
      } else {
        this.options.onStatus({ kind: 'error', message: `${t.unblockFailed(shown)} ${failure.message}` });
      }
      this.options.onError(failure);
    } finally {
      this.controllers.delete(controller);
      this.inFlight.delete(number);
      this.host.requestUpdate();
    }
  }
}
