import { expect } from '@open-wc/testing';
import { readPage, scanAll, START, type ListSource } from '../../src/providers/kazoo/pager.js';
import type { KazooTransport } from '../../src/providers/kazoo/transport.js';
import type { Reader } from '../../src/providers/kazoo/json.js';

/** A crossbar listing whose `next_start_key` goes k1 → k2 → k1 …, with fresh rows each time. */
function cyclingTransport() {
  let requests = 0;
  const transport = {
    json: async ({ query }: { query: Record<string, unknown> }) => {
      requests++;
      const key = (query.start_key as string | null) ?? null;
      return { data: [{ id: `row-${requests}` }, { id: `row-${requests}b` }], next_start_key: key === 'k1' ? 'k2' : 'k1' };
    },
  } as unknown as KazooTransport;
  return { transport, requests: () => requests };
}

const source = (keep: boolean): ListSource<string> => ({
  path: '/accounts/a/cdrs',
  windows: [null],
  ascending: false,
  // `keep: false` filters every row out, so one contract page would read Kazoo pages forever.
  map: (row: Reader) => (keep ? (row.string('id') ?? undefined) : undefined),
  rowId: (row: Reader) => row.string('id') ?? undefined,
});

describe('Kazoo pager: bounded loops', () => {
  it('scanAll (totals) stops on a start key cycle k1 → k2 → k1', async () => {
    const { transport, requests } = cyclingTransport();
    const error = await scanAll(transport, source(true), 2, () => undefined).then(
      () => undefined,
      (e: unknown) => e as { code: string; message: string },
    );
    expect(error?.code).to.equal('unknown');
    expect(error?.message).to.match(/cursor "k1" came back/);
    expect(requests()).to.equal(3);
  });

  it('readPage stops when filtered rows make it follow a cycle', async () => {
    const { transport, requests } = cyclingTransport();
    const error = await readPage(transport, source(false), START, 10, 2).then(
      () => undefined,
      (e: unknown) => e as { message: string },
    );
    expect(error?.message).to.match(/came back/);
    expect(requests()).to.equal(3);
  });
});
