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
  /**
   * Width in `em` until the column's content is measured; then the widest value of the rows
   * shown so far and the header decide it (see `column-widths.ts`). The column grows past it by
   * `grow` shares of the free space (default 1). A free-text (`wrap`) column instead grows to
   * the one-line width of its values first, and no further.
   */
  minWidth: number;
  grow?: number;
  /** `end` for numbers and money (tabular figures, aligned to the end). Default `start`. */
  align?: 'start' | 'end';
  /** The cell names its row (role `rowheader`), e.g. the date of a call. */
  rowHeader?: boolean;
  /** Current sort of this column; with `onSort` the header is a button that toggles it. */
  sort?: 'ascending' | 'descending';
  onSort?: () => void;
  /**
   * Free text (a description, a reason): wraps to at most two lines, the full text in the cell's
   * `title` (it stays whole in the DOM for assistive technology). Other cells (dates, numbers,
   * amounts, buttons) never wrap nor get cut: their column is as wide as their widest value.
   */
  wrap?: boolean;
  /** The cell holds one control (a button) that takes focus instead of the cell. */
  control?: boolean;
  /** The cell's content; rendered as text unless it returns a template. */
  render: (row: T, context: CellContext) => unknown;
}

/**
 * A column's minimum: its measured width (px) when known, else its `minWidth` (em); free text
 * (`wrap`) never below its `minWidth`.
 */
function minimum(column: DataTableColumn<unknown>, measured: number | undefined): string {
  if (measured === undefined) return `${column.minWidth}em`;
  return column.wrap ? `max(${column.minWidth}em, ${measured}px)` : `${measured}px`;
}

/**
 * The CSS grid tracks for `columns`, with the measured widths (px, by column index) where known.
 * A free-text column whose one-line width (`natural`, px) is known grows to it first, before the
 * flexible columns share what room is left (a grid track with a fixed maximum is widened before
 * `fr` tracks): its text wraps only when the table has no room for it on one line.
 */
export function columnTracks(
  columns: readonly DataTableColumn<unknown>[],
  measured: readonly (number | undefined)[] = [],
  natural: readonly (number | undefined)[] = [],
): string {
  return columns
    .map((c, i) => {
      const min = minimum(c, measured[i]);
      const line = natural[i];
      return c.wrap && line !== undefined ? `minmax(${min}, max(${min}, ${line}px))` : `minmax(${min}, ${c.grow ?? 1}fr)`;
    })
    .join(' ');
}

/** The narrowest width (a CSS length) at which every column gets its minimum. */
export function minTableWidth(columns: readonly DataTableColumn<unknown>[], measured: readonly (number | undefined)[] = []): string {
  if (columns.length === 0) return '0px';
  return `calc(${columns.map((c, i) => minimum(c, measured[i])).join(' + ')})`;
}
