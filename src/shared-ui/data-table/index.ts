/**
 * The virtual data table shared by the list sections (call log, transactions, bills, media,
 * block list): cursor-paged rows by position, scaled scrolling, an ARIA grid, CSV export.
 * See README.md in this folder.
 */
export {
  RowSource,
  type PageDirection,
  type PageRequest,
  type PageFailure,
  type RowSourceOptions,
  type RowSourceStatus,
  type SourcePage,
} from './row-source.js';
export { DataTableController, type DataTableOptions, type DataTableStrings } from './data-table-controller.js';
export { columnTracks, minTableWidth, type CellContext, type DataTableColumn } from './columns.js';
export { nextCell, type GridBounds, type GridCell } from './grid-keys.js';
export * from './scroll-geometry.js';
export { ScrollState } from './scroll-state.js';
export { RowLayer, type LayerRow } from './row-layer.js';
export { CsvExportController, type CsvExportJob, type CsvExportState } from './csv-export.js';
export {
  renderCsvExport,
  csvExportMessage,
  type CsvExportText,
  type CsvExportViewOptions,
  type CsvExportViewSource,
} from './csv-export-view.js';
export { dataTableStyles } from './data-table.styles.js';
export { actionStatusStyles, csvExportStyles, toolbarStyles, totalsStyles } from './section.styles.js';
