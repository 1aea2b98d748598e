import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { RowLayer, type LayerRow } from '../../src/shared-ui/data-table/row-layer.js';

const rows = (from: number, to: number): LayerRow[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ position: from + i, cells: html`<div role="gridcell">${from + i}</div>` }));

describe('RowLayer', () => {
  it('recycles row elements in place: no element created or left behind while scrolling', () => {
    const container = document.createElement('div');
    const layer = new RowLayer({});
    layer.sync(container, rows(0, 9));
    const elements = [...container.children];
    const nodes = () => container.querySelectorAll('*').length + [...container.childNodes].length;
    const before = nodes();
    for (let start = 1; start < 500; start++) layer.sync(container, rows(start, start + 9));
    expect([...container.children]).to.deep.equal(elements);
    expect([...container.children].map((c) => c.getAttribute('aria-rowindex'))).to.deep.equal(
      Array.from({ length: 10 }, (_, i) => String(499 + i + 2)),
    );
    expect(container.children[0]!.textContent).to.equal('499');
    expect((container.children[0] as HTMLElement).style.transform).to.equal('');
    expect(nodes()).to.equal(before);
    layer.sync(container, rows(499, 501));
    expect(container.children.length).to.equal(3);
  });

  it('stripes every other row by its position in the list, whichever element shows it', () => {
    const container = document.createElement('div');
    const layer = new RowLayer({});
    const striped = () => [...container.children].filter((c) => c.classList.contains('alt')).map((c) => Number(c.getAttribute('data-row')));
    layer.sync(container, rows(0, 5));
    expect(striped()).to.deep.equal([1, 3, 5]);
    layer.sync(container, rows(7, 12));
    expect(striped()).to.deep.equal([7, 9, 11]);
    layer.sync(container, rows(8, 13));
    expect(striped()).to.deep.equal([9, 11, 13]);
  });

  it('keeps the element of the kept row and recycles the others around it, in order', () => {
    const container = document.createElement('div');
    const layer = new RowLayer({});
    layer.sync(container, rows(0, 9));
    const focused = layer.element(5)!;
    for (let start = 1; start <= 5; start++) layer.sync(container, rows(start, start + 9), 5);
    expect(layer.element(5)).to.equal(focused);
    expect(focused.textContent).to.equal('5');
    for (let start = 4; start >= 0; start--) layer.sync(container, rows(start, start + 9), 5);
    expect(layer.element(5)).to.equal(focused);
    const order = [...container.children].map((c) => Number(c.getAttribute('data-row')));
    expect(order).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // Far away, with the kept row added at the end by the table: still in order, still the same element.
    layer.sync(container, [{ ...rows(5, 5)[0]!, y: -80 }, ...rows(100, 109)], 5);
    expect(layer.element(5)).to.equal(focused);
    expect(focused.classList.contains('detached')).to.equal(true);
    expect(focused.style.transform).to.equal('translateY(-80px)');
    expect([...container.children].map((c) => Number(c.getAttribute('data-row')))).to.deep.equal([
      5,
      ...Array.from({ length: 10 }, (_, i) => 100 + i),
    ]);
  });

  it('starts afresh in a new container', () => {
    const layer = new RowLayer({});
    const a = document.createElement('div');
    const b = document.createElement('div');
    layer.sync(a, rows(0, 2));
    layer.sync(b, rows(0, 2));
    expect(b.children.length).to.equal(3);
    layer.clear();
    expect(b.children.length).to.equal(0);
  });
});
