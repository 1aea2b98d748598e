import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ProviderErrorLike } from './errors.js';

/** A failure for want of a network, which the browser's `online` event may end. */
export const isOffline = (error: ProviderErrorLike | undefined): boolean => error?.code === 'network';

/**
 * Calls `onOnline` when the browser says it is back online (`online` on `window`) while the host
 * is on the page: a read that failed for want of a network asks again by itself, with no Retry
 * pressed. Only reads use it; a change is never sent again this way (its outcome is the user's).
 */
export class BackOnline implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly onOnline: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.listener);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.listener);
  }

  private readonly listener = () => this.onOnline();
}
