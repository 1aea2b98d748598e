import { expect } from '@open-wc/testing';
import { PageGuard } from '../../src/core/page-guard.js';

const items = (...ids: string[]) => ids.map((id) => ({ id }));

describe('PageGuard', () => {
  it('lets a well-behaved chain through, and the same page read again at its own position', () => {
    const guard = new PageGuard();
    guard.check(0, null, { items: items('1', '2'), nextCursor: 'a' });
    guard.check(2, 'a', { items: items('3', '4'), nextCursor: 'b' });
    // A re-read (cache refill, retry) of an earlier page is not a loop.
    guard.check(2, 'a', { items: items('3', '4'), nextCursor: 'b' });
    guard.check(4, 'b', { items: items('5'), nextCursor: null });
  });

  it('catches a cursor cycle a → b → a, not only a repeated cursor', () => {
    const guard = new PageGuard();
    guard.check(0, null, { items: items('1'), nextCursor: 'a' });
    guard.check(1, 'a', { items: items('2'), nextCursor: 'b' });
    expect(() => guard.check(2, 'b', { items: items('3'), nextCursor: 'a' }))
      .to.throw(/cursor "a" came back/)
      .with.property('code', 'unknown');
  });

  it('catches a cursor that leads to itself', () => {
    const guard = new PageGuard();
    expect(() => guard.check(0, 'a', { items: [], nextCursor: 'a' })).to.throw(/leads to itself/);
  });

  it('catches the same items under a fresh cursor', () => {
    const guard = new PageGuard();
    guard.check(0, null, { items: items('1', '2'), nextCursor: 'c1' });
    expect(() => guard.check(2, 'c1', { items: items('1', '2'), nextCursor: 'c2' })).to.throw(/same 2 items came back/);
  });

  it('catches empty pages that keep handing out new cursors', () => {
    const guard = new PageGuard();
    let n = 0;
    expect(() => {
      for (;;) guard.check(0, n === 0 ? null : `e${n}`, { items: [], nextCursor: `e${++n}` });
    }).to.throw(/empty pages in a row/);
    expect(n).to.be.below(10);
  });

  it('caps requests, tighter once the total is known', () => {
    const guard = new PageGuard({ maxRequests: 50 });
    for (let i = 0; i < 50; i++) guard.request();
    expect(() => guard.request()).to.throw(/stopped after 50 requests/);
    const known = new PageGuard();
    known.expect(1654, 100);
    let made = 0;
    expect(() => {
      for (;;) {
        known.request();
        made++;
      }
    }).to.throw(ProviderErrorLikeMessage);
    expect(made).to.equal(17 * 2 + 10);
  });
});

const ProviderErrorLikeMessage = /pages do not end/;
