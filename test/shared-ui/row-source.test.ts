import { expect, waitUntil } from '@open-wc/testing';
import { ProviderError } from '../../src/core/errors.js';
import { Checkpoints } from '../../src/shared-ui/data-table/checkpoints.js';
import { PageCache } from '../../src/shared-ui/data-table/page-cache.js';
import { RowSource, type PageRequest, type SourcePage } from '../../src/shared-ui/data-table/row-source.js';

/** A cursor API over rows 0 … n−1: forward reads from 0 up, backward from n−1 down. */
function fakeList(n: number, options: { total?: boolean; short?: number } = {}) {
  const requests: Array<Omit<PageRequest, 'signal'>> = [];
  const fetchPage = async ({ direction, cursor, limit }: PageRequest): Promise<SourcePage<number>> => {
    requests.push({ direction, cursor, limit });
    const start = cursor === null ? 0 : Number(cursor);
    const size = Math.min(limit, options.short ?? limit);
    const end = Math.min(n, start + size);
    const items: number[] = [];
    for (let k = start; k < end; k++) items.push(direction === 'forward' ? k : n - 1 - k);
    return { items, nextCursor: end < n ? String(end) : null, ...(options.total === false ? {} : { total: n }) };
  };
  return { fetchPage, requests };
}

async function settle(source: RowSource<number>) {
  await waitUntil(() => !source.busy, 'source never settled', { timeout: 5000 });
}

describe('RowSource', () => {
  it('reads the first page, then the total and rows by position', async () => {
    const list = fakeList(1000);
    const source = new RowSource<number>({ fetchPage: list.fetchPage, pageSize: 50, backward: true });
    expect(source.status).to.equal('loading');
    source.want(0, 10);
    await settle(source);
    expect(source.status).to.equal('ready');
    expect(source.total).to.equal(1000);
    expect(source.rowCount).to.equal(1000);
    expect(source.row(0)).to.equal(0);
    expect(source.row(49)).to.equal(49);
    expect(source.row(50)).to.equal(undefined);
    expect(list.requests).to.deep.equal([{ direction: 'forward', cursor: null, limit: 50 }]);
  });

  it('reaches the end backward in one request instead of walking forward', async () => {
    const list = fakeList(1_000_000);
    const source = new RowSource<number>({ fetchPage: list.fetchPage, pageSize: 100, backward: true });
    source.want(0, 10);
    await settle(source);
    source.want(999_990, 999_999);
    await settle(source);
    expect(source.row(999_999)).to.equal(999_999);
    expect(source.row(999_900)).to.equal(999_900);
    expect(list.requests.length).to.equal(2);
    expect(list.requests[1]).to.deep.equal({ direction: 'backward', cursor: null, limit: 100 });
  });

  it('walks to the middle from the nearest checkpoint, keeping memory bounded', async () => {
    const list = fakeList(10_000);
    const source = new RowSource<number>({ fetchPage: list.fetchPage, pageSize: 100, backward: true, cacheSize: 5 });
    source.want(0, 10);
    await settle(source);
    source.want(3_050, 3_060);
    await settle(source);
    expect(source.row(3_055)).to.equal(3_055);
    // 30 forward pages beat 69 backward ones.
    expect(list.requests.every((r) => r.direction === 'forward')).to.equal(true);
    expect(list.requests.length).to.equal(31);
    expect(source.cachedRows).to.be.at.most(500);
    // Row 7,000 is nearer the end: read backward.
    source.want(7_000, 7_010);
    await settle(source);
    expect(source.row(7_005)).to.equal(7_005);
    expect(list.requests.slice(31).every((r) => r.direction === 'backward')).to.equal(true);
    // Going back to 3,000 starts from the checkpoint left there, not from the top.
    const before = list.requests.length;
    source.want(3_000, 3_010);
    await settle(source);
    expect(list.requests.length - before).to.equal(1);
    expect(list.requests[list.requests.length - 1]!.cursor).to.equal('3000');
  });

  it('never asks for more than its page size and copes with short pages', async () => {
    const list = fakeList(500, { short: 30 });
    const source = new RowSource<number>({ fetchPage: list.fetchPage, pageSize: 100 });
    source.want(0, 200);
    await settle(source);
    expect(list.requests.every((r) => r.limit === 100)).to.equal(true);
    for (let i = 0; i <= 200; i++) expect(source.row(i)).to.equal(i);
  });

  it('grows as it reads when the provider gives no total', async () => {
    const list = fakeList(120, { total: false });
    const source = new RowSource<number>({ fetchPage: list.fetchPage, pageSize: 50, backward: true });
    source.want(0, 10);
    await settle(source);
    expect(source.total).to.equal(undefined);
    expect(source.rowCount).to.equal(51);
    source.want(40, 60);
    await settle(source);
    expect(source.rowCount).to.equal(101);
    source.want(90, 110);
    await settle(source);
    expect(source.total).to.equal(120);
    expect(source.rowCount).to.equal(120);
    expect(list.requests.every((r) => r.direction === 'forward')).to.equal(true);
  });

  it('stops at a failed page until retry, and reports it once', async () => {
    const list = fakeList(300);
    let fail = false;
    const errors: unknown[] = [];
    const source = new RowSource<number>({
      pageSize: 100,
      fetchPage: async (r) => {
        if (fail) throw new ProviderError('unavailable', 'Down');
        return list.fetchPage(r);
      },
      onError: (e) => errors.push(e),
    });
    source.want(0, 10);
    await settle(source);
    fail = true;
    source.want(150, 160);
    await settle(source);
    expect(source.failure?.error.message).to.equal('Down');
    expect(source.failure?.position).to.equal(100);
    source.want(150, 161);
    await settle(source);
    expect(errors.length).to.equal(1);
    fail = false;
    source.retry();
    await settle(source);
    expect(source.failure).to.equal(undefined);
    expect(source.row(150)).to.equal(150);
  });

  it('marks a failed first page as an error status', async () => {
    const source = new RowSource<number>({ pageSize: 10, fetchPage: async () => Promise.reject(new ProviderError('forbidden', 'No')) });
    source.want(0, 5);
    await waitUntil(() => source.status === 'error');
    expect(source.failure?.error.code).to.equal('forbidden');
  });

  it('refuses a page larger than asked for and a provider that never advances', async () => {
    const big = new RowSource<number>({
      pageSize: 10,
      fetchPage: async () => ({ items: Array.from({ length: 11 }, (_, i) => i), nextCursor: null }),
    });
    big.want(0, 5);
    await waitUntil(() => big.status === 'error');
    const stuck = new RowSource<number>({ pageSize: 10, fetchPage: async () => ({ items: [], nextCursor: 'same', total: 50 }) });
    stuck.want(0, 5);
    await waitUntil(() => stuck.failure !== undefined, 'never gave up', { timeout: 2000 });
  });

  it('drops a late answer after dispose and aborts the request', async () => {
    let signal: AbortSignal | undefined;
    let answer: (page: SourcePage<number>) => void = () => {};
    const source = new RowSource<number>({
      pageSize: 10,
      fetchPage: (r) => {
        signal = r.signal;
        return new Promise((resolve) => (answer = resolve));
      },
    });
    let changes = 0;
    source.subscribe(() => changes++);
    source.want(0, 5);
    source.dispose();
    expect(signal?.aborted).to.equal(true);
    answer({ items: [1, 2, 3], nextCursor: null, total: 3 });
    await new Promise((r) => setTimeout(r, 0));
    expect(source.first).to.equal(undefined);
    expect(changes).to.equal(0);
  });

  it('pause aborts the request in flight and resume asks again', async () => {
    const signals: AbortSignal[] = [];
    const list = fakeList(100);
    const source = new RowSource<number>({
      pageSize: 10,
      fetchPage: (r) => {
        signals.push(r.signal);
        return signals.length === 1 ? new Promise(() => {}) : list.fetchPage(r);
      },
    });
    source.want(0, 5);
    source.pause();
    expect(signals[0]!.aborted).to.equal(true);
    source.resume();
    await settle(source);
    expect(source.row(0)).to.equal(0);
  });
});

describe('Checkpoints and PageCache', () => {
  it('finds the nearest checkpoint at or before a position', () => {
    const c = new Checkpoints();
    c.set(200, 'b');
    c.set(100, 'a');
    expect(c.nearest(50)).to.deep.equal({ position: 0, cursor: null });
    expect(c.nearest(150)).to.deep.equal({ position: 100, cursor: 'a' });
    expect(c.nearest(10_000)).to.deep.equal({ position: 200, cursor: 'b' });
    expect(c.last).to.equal(200);
  });

  it('evicts the least recently used page', () => {
    const cache = new PageCache<number>(2);
    cache.add({ start: 0, items: [0, 1] });
    cache.add({ start: 2, items: [2, 3] });
    expect(cache.get(0)).to.equal(0);
    cache.add({ start: 4, items: [4, 5] });
    expect(cache.has(0)).to.equal(true);
    expect(cache.has(2)).to.equal(false);
    expect(cache.rows).to.equal(4);
  });

  it('stops on a cursor cycle a → b → a, and on the same rows under a fresh cursor', async () => {
    const cycle = new RowSource<{ id: string }>({
      pageSize: 2,
      fetchPage: async ({ cursor }) => {
        const at = cursor === null ? 0 : cursor === 'a' ? 2 : 4;
        return { items: [{ id: `r${at}` }, { id: `r${at + 1}` }], nextCursor: cursor === 'a' ? 'b' : 'a' };
      },
    });
    cycle.want(0, 100);
    await waitUntil(() => cycle.failure !== undefined, 'never failed', { timeout: 3000 });
    expect(cycle.failure!.error.message).to.match(/cursor "a" came back/);
    expect(cycle.requests).to.equal(3);

    let n = 0;
    const same = new RowSource<{ id: string }>({
      pageSize: 2,
      fetchPage: async () => ({ items: [{ id: 'x' }, { id: 'y' }], nextCursor: `fresh-${++n}` }),
    });
    same.want(0, 100);
    await waitUntil(() => same.failure !== undefined, 'never failed', { timeout: 3000 });
    expect(same.failure!.error.message).to.match(/same 2 items came back/);
    expect(same.requests).to.equal(2);
  });
});
