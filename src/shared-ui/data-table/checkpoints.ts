/**
 * Cursor checkpoints along one paging chain: "the rows from position `p` on are fetched with
 * cursor `c`" (position 0 has cursor `null`). Kept sorted so the nearest checkpoint at or before
 * a position is a binary search. One entry per page fetched, so memory grows with pages read,
 * not rows (a million rows in pages of 500 is at most 2,000 short strings).
 */
export class Checkpoints {
  private readonly positions: number[] = [0];
  private readonly cursors = new Map<number, string | null>([[0, null]]);

  /** Records that rows from `position` on are fetched with `cursor`. */
  set(position: number, cursor: string): void {
    if (this.cursors.has(position)) {
      this.cursors.set(position, cursor);
      return;
    }
    const at = this.indexAfter(position);
    this.positions.splice(at, 0, position);
    this.cursors.set(position, cursor);
  }

  /** The checkpoint at or before `position` (there is always one: position 0). */
  nearest(position: number): { position: number; cursor: string | null } {
    const at = Math.max(0, this.indexAfter(position) - 1);
    const p = this.positions[at]!;
    return { position: p, cursor: this.cursors.get(p) ?? null };
  }

  /** The furthest position with a checkpoint. */
  get last(): number {
    return this.positions[this.positions.length - 1]!;
  }

  get size(): number {
    return this.positions.length;
  }

  /** Index of the first stored position greater than `position`. */
  private indexAfter(position: number): number {
    let lo = 0;
    let hi = this.positions.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.positions[mid]! <= position) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
