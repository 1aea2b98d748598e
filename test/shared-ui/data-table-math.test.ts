import { expect } from '@open-wc/testing';
import { nextCell, type GridBounds } from '../../src/shared-ui/data-table/grid-keys.js';
import { ScrollState } from '../../src/shared-ui/data-table/scroll-state.js';
import {
  maxScrollTop,
  positionAt,
  positionToReveal,
  scrollHeight,
  scrollTopFor,
  visibleRows,
  type ScrollGeometry,
} from '../../src/shared-ui/data-table/scroll-geometry.js';

describe('scroll geometry', () => {
  const million: ScrollGeometry = { rowCount: 1_000_000, rowHeight: 40, viewport: 400, maxHeight: 4_000_000 };
  const small: ScrollGeometry = { rowCount: 100, rowHeight: 40, viewport: 400, maxHeight: 4_000_000 };

  it('lays out short lists at full height, 1:1', () => {
    expect(scrollHeight(small)).to.equal(4000);
    expect(positionAt(1234, small)).to.equal(1234);
    expect(scrollTopFor(1234, small)).to.equal(1234);
  });

  it('caps the scroll height of long lists and still reaches both ends', () => {
    expect(scrollHeight(million)).to.equal(4_000_000);
    expect(positionAt(0, million)).to.equal(0);
    const bottom = positionAt(maxScrollTop(million), million);
    expect(bottom).to.equal(40_000_000 - 400);
    expect(visibleRows(bottom, million).last).to.equal(999_999);
    // Rounded scroll offsets near the bottom still count as the bottom.
    expect(positionAt(maxScrollTop(million) - 0.4, million)).to.equal(bottom);
  });

  it('maps linearly in between, and back', () => {
    const middle = positionAt(maxScrollTop(million) / 2, million);
    expect(Math.abs(middle - (40_000_000 - 400) / 2)).to.be.below(1);
    expect(Math.abs(scrollTopFor(middle, million) - maxScrollTop(million) / 2)).to.be.below(1e-6);
  });

  it('gives the visible rows with overscan, clipped to the list', () => {
    expect(visibleRows(0, small, 2)).to.deep.equal({ first: 0, last: 11 });
    expect(visibleRows(20, small)).to.deep.equal({ first: 0, last: 10 });
    expect(visibleRows(3600, small, 3)).to.deep.equal({ first: 87, last: 99 });
    expect(visibleRows(0, { ...small, rowCount: 0 })).to.deep.equal({ first: 0, last: -1 });
  });

  it('reveals a row with the least movement', () => {
    expect(positionToReveal(5, 0, small)).to.equal(0);
    expect(positionToReveal(10, 0, small)).to.equal(40);
    expect(positionToReveal(2, 200, small)).to.equal(80);
  });
});

describe('grid keys', () => {
  const b: GridBounds = { rowCount: 100, colCount: 8, pageRows: 10, rtl: false };
  const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...mods,
  });

  it('moves by row, page, and to the header row', () => {
    expect(nextCell({ row: 0, col: 2 }, key('ArrowDown'), b)).to.deep.equal({ row: 1, col: 2 });
    expect(nextCell({ row: 0, col: 2 }, key('ArrowUp'), b)).to.deep.equal({ row: -1, col: 2 });
    expect(nextCell({ row: 95, col: 0 }, key('PageDown'), b)).to.deep.equal({ row: 99, col: 0 });
    expect(nextCell({ row: 5, col: 0 }, key('PageUp'), b)).to.deep.equal({ row: 0, col: 0 });
    expect(nextCell({ row: 99, col: 0 }, key('ArrowDown'), b)).to.deep.equal({ row: 99, col: 0 });
  });

  it('moves by cell, mirrored right-to-left, and to the row ends', () => {
    expect(nextCell({ row: 3, col: 2 }, key('ArrowRight'), b)).to.deep.equal({ row: 3, col: 3 });
    expect(nextCell({ row: 3, col: 2 }, key('ArrowRight'), { ...b, rtl: true })).to.deep.equal({ row: 3, col: 1 });
    expect(nextCell({ row: 3, col: 2 }, key('Home'), b)).to.deep.equal({ row: 3, col: 0 });
    expect(nextCell({ row: 3, col: 2 }, key('End'), b)).to.deep.equal({ row: 3, col: 7 });
  });

  it('Ctrl+Home and Ctrl+End go to the first and last row', () => {
    expect(nextCell({ row: 50, col: 3 }, key('Home', { ctrlKey: true }), b)).to.deep.equal({ row: 0, col: 0 });
    expect(nextCell({ row: 50, col: 3 }, key('End', { ctrlKey: true }), b)).to.deep.equal({ row: 99, col: 7 });
  });

  it('ignores other keys and modified arrows', () => {
    expect(nextCell({ row: 0, col: 0 }, key('a'), b)).to.equal(undefined);
    expect(nextCell({ row: 0, col: 0 }, key('ArrowDown', { shiftKey: true }), b)).to.equal(undefined);
  });
});

describe('ScrollState', () => {
  const wheel = (deltaY: number, mods: Partial<WheelEvent> = {}) => ({ deltaX: 0, deltaY, deltaMode: 0, ctrlKey: false, ...mods });

  it('moves a scaled list 1:1 with the wheel and keeps that position through rounding', () => {
    const state = new ScrollState(40, () => 1_000_000, 4_000_000);
    state.resize(40, 400);
    expect(state.wheel(wheel(100))).to.equal(true);
    expect(state.position()).to.equal(100);
    const top = state.takePendingScrollTop()!;
    expect(top).to.be.within(9, 10);
    // The scroller rounds the offset: the pinned position stands.
    expect(state.scrolled(Math.round(top))).to.equal(false);
    expect(state.position()).to.equal(100);
    // A drag of the scrollbar elsewhere uses the linear map again.
    expect(state.scrolled(2_000_000)).to.equal(true);
    expect(state.position()).to.be.closeTo((2_000_000 * (40_000_000 - 400)) / (4_000_000 - 400), 1);
  });

  it('leaves the wheel to the browser on short lists, at the ends and for horizontal or zoom gestures', () => {
    const short = new ScrollState(40, () => 100, 4_000_000);
    expect(short.wheel(wheel(100))).to.equal(false);
    const long = new ScrollState(40, () => 1_000_000, 4_000_000);
    expect(long.wheel(wheel(-100))).to.equal(false);
    expect(long.wheel(wheel(10, { deltaX: 50 }))).to.equal(false);
    expect(long.wheel(wheel(100, { ctrlKey: true }))).to.equal(false);
    expect(long.wheel(wheel(3, { deltaMode: 1 }))).to.equal(true);
    expect(long.position()).to.equal(120);
  });

  it('reveals a row exactly and resets to the top', () => {
    const state = new ScrollState(40, () => 1_000_000, 4_000_000);
    state.resize(40, 400);
    expect(state.reveal(999_999)).to.equal(true);
    expect(state.position()).to.equal(40_000_000 - 400);
    expect(state.reveal(999_999)).to.equal(false);
    state.reset();
    expect(state.position()).to.equal(0);
    expect(state.takePendingScrollTop()).to.equal(0);
  });
});
