import { html, nothing, type TemplateResult } from 'lit';
import type { CsvExportState } from './csv-export.js';

/** The export controls' fixed texts: the subset of a section's strings they use. */
export interface CsvExportText {
  exportCsv: string;
  cancelExport: string;
  exportProgressLabel: string;
  exportCancelled: string;
  /** Followed by a space and the error's message. */
  exportFailed: string;
}

export interface CsvExportViewOptions {
  /** Whether there are rows to export (the Export button is disabled otherwise). */
  ready: boolean;
  /** Starts the export (the Export button's click). */
  onExport: () => void;
  /** The status line while running (`total` when the query gives one); each section words its rows. */
  progress: (done: number, total: number | undefined) => string;
  /** The status line once the file was downloaded. */
  done: (rows: number, fileName: string) => string;
}

/** What the view reads from a `CsvExportController`. */
export interface CsvExportViewSource {
  readonly state: CsvExportState;
  cancel(): void;
}

/** The export's status line for `state`. */
export function csvExportMessage(
  state: CsvExportState,
  text: CsvExportText,
  options: Pick<CsvExportViewOptions, 'progress' | 'done'>,
): string {
  switch (state.status) {
    case 'running':
      return options.progress(state.done, state.total);
    case 'done':
      return options.done(state.rows, state.fileName);
    case 'cancelled':
      return text.exportCancelled;
    case 'error':
      return `${text.exportFailed} ${state.error.message}`;
    default:
      return '';
  }
}

/**
 * The CSV export controls of a section's toolbar (parts `export`, `export-button`,
 * `cancel-export-button`, `export-progress`, `export-status`): the Export button, or while
 * running a progress bar and Cancel; then a status line (a live region, present while empty).
 * Style them with `csvExportStyles` (`section.styles.ts`).
 */
export function renderCsvExport(exporter: CsvExportViewSource, text: CsvExportText, options: CsvExportViewOptions): TemplateResult {
  const s = exporter.state;
  const message = csvExportMessage(s, text, options);
  return html`<div class="export" part="export">
    ${
      s.status === 'running'
        ? html`<progress
            part="export-progress"
            class="export-progress"
            max=${s.total ?? nothing}
            value=${s.total === undefined ? nothing : s.done}
            aria-label=${text.exportProgressLabel}
          ></progress>
          <button class="button cancel-export-button" part="cancel-export-button button" type="button" @click=${() => exporter.cancel()}>
            ${text.cancelExport}
          </button>`
        : html`<button class="button export-button" part="export-button button" type="button" ?disabled=${!options.ready} @click=${() => options.onExport()}>
          ${text.exportCsv}
        </button>`
    }
    <p class="export-status ${s.status === 'error' ? 'failed' : ''}" part="export-status" role="status">${message}</p>
  </div>`;
}
