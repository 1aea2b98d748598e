/** What a cell renderer gets besides its row. */
export interface CellContext {
  /** The row's position in the whole list (0-based). */
  position: number;
  /**
   * For a cell holding one control (`control: true`): put this `tabindex` on the control, so the
   * grid keeps a single tab stop (roving tabindex).
   */
  tabIndex: 0 | -1;
}

/** One column of a data table. */
export interface DataTableColumn<T> {
  /** Stable id (used in `data-col` and part names). */
  id: string;
  /** Header text (the column's accessible name). */
  header: string;
  /** Minimum width in `em`; the column grows past it by `grow` shares of the free space (default 1). */
  minWidth: number;
  grow?: number;
  /** `end` for numbers and money (tabular figures, aligned to the end). Default `start`. */
  align?: 'start' | 'end';
  /** The cell names its row (role `rowheader`), e.g. the date of a call. */
  rowHeader?: boolean;
  /** Current sort of this column; with `onSort` the header is a button that toggles it. */
  sort?: 'ascending' | 'descending';
  onSort?: () => void;
  /** The cell holds one control (a button) that takes focus instead of the cell. */
  control?: boolean;
  /** The cell's content; rendered as text unless it returns a template. */
  render: (row: T, context: CellContext) => unknown;
}

/** The CSS grid tracks for `columns`. */
export function columnTracks(columns: readonly DataTableColumn<unknown>[]): string {
  return columns.map((c) => `minmax(${c.minWidth}em, ${c.grow ?? 1}fr)`).join(' ');
}

/** The narrowest width (em) at which every column gets its minimum. */
export function minTableWidth(columns: readonly DataTableColumn<unknown>[]): number {
  return columns.reduce((sum, c) => sum + c.minWidth, 0);
}
