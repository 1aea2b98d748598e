import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ProviderErrorLike } from '../core/errors.js';

/**
 * A reactive controller for background work (an export, a sum over every page) whose `state`
 * carries a `status`: setting a new state re-renders the host, and a failure is also handed to
 * `onError` (the element fires `provider-error` with it).
 */
export abstract class StatusController<S extends { status: string }> implements ReactiveController {
  constructor(
    protected readonly host: ReactiveControllerHost,
    public state: S,
    protected readonly onError?: (error: ProviderErrorLike) => void,
  ) {
    host.addController(this);
  }

  /** Whether the work is under way. */
  get running(): boolean {
    return this.state.status === 'running';
  }

  /** Background work must stop (or pause) when the element leaves the page. */
  abstract hostDisconnected(): void;

  protected set(state: S): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
