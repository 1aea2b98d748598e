import { html, nothing, type TemplateResult } from 'lit';
import type { ProviderErrorLike } from '../core/errors.js';
import type { LoadState } from '../core/provider-task.js';
import type { CommonStrings } from '../core/strings.js';

/**
 * The four states every data element shows for each thing it loads. Text comes from the
 * element's strings; server messages are rendered as text, never as HTML.
 */

export function renderLoading(text: Pick<CommonStrings, 'loading'>): TemplateResult {
  return html`<div part="loading" class="state loading" role="status" aria-live="polite">
    <span class="spinner" aria-hidden="true"></span>${text.loading}
  </div>`;
}

/** The empty state, and an action that may fill it (e.g. an earlier month), after it. */
export function renderEmpty(message: string, action?: TemplateResult): TemplateResult {
  return html`<p part="empty" class="state empty">${message}</p>${action ?? nothing}`;
}

export function renderNoProvider(text: Pick<CommonStrings, 'noProvider'>): TemplateResult {
  return html`<p part="no-provider" class="state no-provider" role="note">${text.noProvider}</p>`;
}

export function renderNotSupported(text: Pick<CommonStrings, 'notSupported'>): TemplateResult {
  return html`<p part="not-supported" class="state not-supported" role="note">${text.notSupported}</p>`;
}

/** The provider's message and a Retry button. `role="alert"` so it is announced. */
export function renderError(
  error: ProviderErrorLike,
  text: Pick<CommonStrings, 'retry' | 'errorTitle'>,
  onRetry: (() => void) | undefined,
): TemplateResult {
  return html`<div part="error" class="state error" role="alert">
    <p class="error-message"><strong>${text.errorTitle}</strong> <span part="error-message">${error.message}</span></p>
    ${onRetry ? html`<button part="retry-button" class="button" type="button" @click=${onRetry}>${text.retry}</button>` : nothing}
  </div>`;
}

export interface LoadViews<T> {
  ready: (value: T) => unknown;
  /** When true for a loaded value, the empty message shows instead of `ready`. */
  isEmpty?: (value: T) => boolean;
  emptyMessage?: string;
  retry: () => void;
}

/**
 * Renders a {@link LoadState}: no provider, loading (with `aria-busy`), error + Retry, empty, or
 * the value. While a reload is pending the previous value stays on screen, marked busy.
 */
export function renderLoad<T>(state: LoadState<T>, text: CommonStrings, views: LoadViews<T>): unknown {
  const show = (value: T) => (views.isEmpty?.(value) ? renderEmpty(views.emptyMessage ?? text.empty) : views.ready(value));
  switch (state.status) {
    case 'no-provider':
      return renderNoProvider(text);
    case 'loading':
      return state.previous === undefined
        ? renderLoading(text)
        : html`<div class="reloading" aria-busy="true">${show(state.previous)}</div>`;
    case 'error':
      return renderError(state.error, text, views.retry);
    case 'ready':
      return show(state.value);
  }
}
