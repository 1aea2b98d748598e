/**
 * Keyboard navigation of a data grid (WAI-ARIA APG "Data Grid"), as a pure function:
 * ↑/↓ move a row (↑ from the first row reaches the column headers), ←/→ a cell (mirrored
 * right-to-left), PageUp/PageDown a viewport of rows, Home/End the first/last cell of the row,
 * Ctrl+Home/Ctrl+End the first cell of the first row / the last cell of the last row.
 */

/** A cell: `row` −1 is the header row. */
export interface GridCell {
  row: number;
  col: number;
}

export interface GridBounds {
  rowCount: number;
  colCount: number;
  /** Rows per PageUp/PageDown. */
  pageRows: number;
  rtl: boolean;
}

type Key = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** The cell a key moves to, or `undefined` when the key is not a grid navigation key. */
export function nextCell(from: GridCell, key: Key, b: GridBounds): GridCell | undefined {
  if (key.altKey || key.shiftKey) return undefined;
  const lastRow = b.rowCount - 1;
  const lastCol = b.colCount - 1;
  const ctrl = key.ctrlKey || key.metaKey;
  let { row, col } = from;
  switch (key.key) {
    case 'ArrowDown':
      row = Math.min(lastRow, row + 1);
      break;
    case 'ArrowUp':
      row = Math.max(-1, row - 1);
      break;
    case 'PageDown':
      row = Math.min(lastRow, Math.max(0, row + b.pageRows));
      break;
    case 'PageUp':
      row = row < 0 ? row : Math.max(0, row - b.pageRows);
      break;
    case 'ArrowRight':
      col = b.rtl ? col - 1 : col + 1;
      break;
    case 'ArrowLeft':
      col = b.rtl ? col + 1 : col - 1;
      break;
    case 'Home':
      col = 0;
      if (ctrl) row = lastRow >= 0 ? 0 : -1;
      break;
    case 'End':
      col = lastCol;
      if (ctrl) row = lastRow;
      break;
    default:
      return undefined;
  }
  return { row: Math.max(-1, Math.min(row, lastRow)), col: Math.max(0, Math.min(col, lastCol)) };
}
