import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { moveFocus, runWithFocus } from '../../shared-ui/list-section/focus.js';
import type { MediaLibraryStrings } from './media-library.strings.js';
import type { UploadAction } from './upload-action.js';

export interface UploadTemplateOptions {
  /** The size limit, formatted ("10 MB"). */
  maxSize: string;
  /** Opens the file picker (the hidden input `.file-input`). */
  onPick: () => void;
  /** The file input changed. */
  onChosen: (event: Event) => void;
  onCancel: () => void;
  onRetry: () => void;
}

const stop = (event: Event) => event.stopPropagation();

/**
 * **Upload audio file** (a button opening a hidden `accept="audio/*"` file input), what may be
 * uploaded, then while uploading a progress bar and **Cancel upload**, after a failure or a lost answer
 * **Retry upload**; a refused choice shows in a `role="alert"` line tied to the button, the outcome in a
 * `role="status"` line. The input's own events stay inside the host.
 */
export function renderUpload(u: UploadAction, t: MediaLibraryStrings, o: UploadTemplateOptions): TemplateResult {
  const s = u.state;
  const invalid = s.status === 'invalid';
  const status = u.status;
  const tone = status?.kind === 'error' ? 'failed' : status?.kind === 'success' ? 'success' : '';
  return html`<div class="upload" part="upload">
    <input class="file-input" type="file" accept="audio/*" hidden @change=${o.onChosen} @input=${stop} />
    <div class="upload-controls">
      ${
        s.status === 'uploading'
          ? html`<progress part="upload-progress" class="upload-progress" max=${s.total || 1} value=${s.loaded} aria-label=${t.uploadProgressLabel}></progress>
            <button class="button cancel-upload-button" part="cancel-upload-button button" type="button" @click=${o.onCancel}>${t.cancelUpload}</button>`
          : html`<button
              class="button upload-button"
              part="upload-button button"
              type="button"
              aria-describedby=${invalid ? 'upload-hint upload-error' : 'upload-hint'}
              @click=${o.onPick}
            >
              ${t.upload}
            </button>
            ${
              s.status === 'error' || s.status === 'unknown'
                ? html`<button class="button retry-upload-button" part="retry-upload-button button" type="button" @click=${o.onRetry}>${t.retryUpload}</button>`
                : nothing
            }`
      }
    </div>
    <p class="field-hint upload-hint" part="upload-hint" id="upload-hint">${t.uploadHint(o.maxSize)}</p>
    <p class="field-error upload-error" part="upload-error field-error" id="upload-error" role="alert">${invalid ? s.message : ''}</p>
    <p class="upload-status ${tone}" part="upload-status" role="status">${status?.message ?? ''}</p>
  </div>`;
}

/** Focus follows an upload from its button to Cancel and back. */
const UPLOAD_FOCUS = { from: '.upload-button', busy: '.cancel-upload-button' };

/**
 * The upload controls of `host` with their behaviour: the button opens the file picker; a chosen
 * file is uploaded (the input is cleared, so choosing the same file again is a change too);
 * focus moves to **Cancel upload** while it runs and back to the button when it ends.
 */
export function renderUploadControls(host: ReactiveElement, u: UploadAction, t: MediaLibraryStrings, maxSize: string): TemplateResult {
  return renderUpload(u, t, {
    maxSize,
    onPick: () => host.renderRoot.querySelector<HTMLInputElement>('.file-input')?.click(),
    onChosen: (event) => {
      event.stopPropagation();
      const input = event.currentTarget as HTMLInputElement;
      const file = input.files?.[0];
      input.value = '';
      if (file)
        void runWithFocus(
          host,
          () => u.choose(file),
          () => u.running,
          UPLOAD_FOCUS,
        );
    },
    onCancel: () => {
      u.cancel();
      void moveFocus(host, UPLOAD_FOCUS.from);
    },
    onRetry: () =>
      void runWithFocus(
        host,
        () => u.retry(),
        () => u.running,
        { ...UPLOAD_FOCUS, always: true },
      ),
  });
}
