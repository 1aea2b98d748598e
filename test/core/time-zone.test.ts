import { expect } from '@open-wc/testing';
import { lookUpTimeZone, providerTimeZone } from '../../src/core/time-zone.js';
import type { AccountDataProvider, RequestOptions } from '../../src/core/provider.js';
import { ProviderError } from '../../src/core/errors.js';

/**
 * A provider that knows only the user and the account, each answered by the test: every request
 * is recorded with its signal and settled by hand.
 */
function server() {
  const requests: Array<{
    method: 'getCurrentUser' | 'getAccount';
    signal: AbortSignal | undefined;
    answer(value: unknown): void;
    fail(error: unknown): void;
  }> = [];
  const ask = (method: 'getCurrentUser' | 'getAccount') => (o?: RequestOptions) =>
    new Promise((resolve, reject) => {
      o?.signal?.addEventListener('abort', () => reject(o.signal!.reason), { once: true });
      requests.push({ method, signal: o?.signal, answer: resolve, fail: reject });
    });
  const provider = { getCurrentUser: ask('getCurrentUser'), getAccount: ask('getAccount') } as unknown as AccountDataProvider;
  return { provider, requests };
}

const tick = () => new Promise((r) => setTimeout(r, 0));
const unavailable = () => new ProviderError('unavailable', 'Down.');

describe('time-zone look-up (src/core/time-zone.ts)', () => {
  it("asks once per provider: the user's zone, else the account's, shared and remembered", async () => {
    const { provider, requests } = server();
    const a = providerTimeZone(provider);
    const b = providerTimeZone(provider);
    await tick();
    expect(requests.map((r) => r.method)).to.deep.equal(['getCurrentUser']);
    requests[0]!.answer({ timezone: 'Not/AZone' });
    await tick();
    requests[1]!.answer({ timezone: 'Asia/Kathmandu' });
    expect(await a).to.equal('Asia/Kathmandu');
    expect(await b).to.equal('Asia/Kathmandu');
    expect(await lookUpTimeZone(provider)).to.deep.equal({ timeZone: 'Asia/Kathmandu', complete: true });
    expect(requests).to.have.length(2);
  });

  it('a failed look-up says so and is not remembered: the next caller asks again', async () => {
    const { provider, requests } = server();
    const first = lookUpTimeZone(provider);
    await tick();
    requests[0]!.fail(unavailable());
    await tick();
    requests[1]!.answer({ name: 'No zone here' });
    expect(await first).to.deep.equal({ timeZone: undefined, complete: false });
    const second = lookUpTimeZone(provider);
    await tick();
    expect(requests).to.have.length(3);
    requests[2]!.answer({ timezone: 'Europe/Dublin' });
    expect(await second).to.deep.equal({ timeZone: 'Europe/Dublin', complete: true });
  });

  it('neither zone known, nothing failed: complete, no zone, remembered', async () => {
    const { provider, requests } = server();
    const found = lookUpTimeZone(provider);
    await tick();
    requests[0]!.answer({});
    await tick();
    requests[1]!.answer({});
    expect(await found).to.deep.equal({ timeZone: undefined, complete: true });
    await lookUpTimeZone(provider);
    expect(requests).to.have.length(2);
  });

  it('aborts its requests once every caller has given up, and starts afresh for the next one', async () => {
    const { provider, requests } = server();
    const one = new AbortController();
    const two = new AbortController();
    const a = lookUpTimeZone(provider, one.signal);
    const b = lookUpTimeZone(provider, two.signal);
    await tick();
    expect(requests[0]!.signal, 'the request carries a signal').to.exist;
    one.abort();
    await a.then(
      () => expect.fail('resolved'),
      (e: DOMException) => expect(e.name).to.equal('AbortError'),
    );
    expect(requests[0]!.signal!.aborted, 'another caller still waits').to.equal(false);
    two.abort();
    await b.catch(() => undefined);
    expect(requests[0]!.signal!.aborted, 'nobody waits').to.equal(true);
    const c = lookUpTimeZone(provider);
    await tick();
    expect(requests).to.have.length(2);
    requests[1]!.answer({ timezone: 'UTC' });
    expect(await c).to.deep.equal({ timeZone: 'UTC', complete: true });
  });

  it('a caller without a signal keeps the look-up going for everyone', async () => {
    const { provider, requests } = server();
    const leaving = new AbortController();
    const staying = lookUpTimeZone(provider);
    const gone = lookUpTimeZone(provider, leaving.signal);
    await tick();
    leaving.abort();
    await gone.catch(() => undefined);
    expect(requests[0]!.signal!.aborted).to.equal(false);
    requests[0]!.answer({ timezone: 'Pacific/Apia' });
    expect(await staying).to.deep.equal({ timeZone: 'Pacific/Apia', complete: true });
  });

  it("the provider's own AbortError (its timeout) and a synchronous throw are failures, not an end", async () => {
    const { provider, requests } = server();
    const found = lookUpTimeZone(provider);
    await tick();
    requests[0]!.fail(new DOMException('The provider gave up.', 'AbortError'));
    await tick();
    requests[1]!.answer({ timezone: 'Asia/Tokyo' });
    expect(await found).to.deep.equal({ timeZone: 'Asia/Tokyo', complete: false });
    const throwing = {
      getCurrentUser: () => {
        throw new Error('not implemented');
      },
      getAccount: () => Promise.resolve({ timezone: 'Europe/Paris' }),
    } as unknown as AccountDataProvider;
    expect(await lookUpTimeZone(throwing)).to.deep.equal({ timeZone: 'Europe/Paris', complete: false });
  });

  it('an abort between the two requests sends no second one', async () => {
    const { provider, requests } = server();
    const caller = new AbortController();
    const found = lookUpTimeZone(provider, caller.signal);
    await tick();
    requests[0]!.answer({});
    caller.abort();
    await found.catch(() => undefined);
    await tick();
    expect(requests.map((r) => r.method)).to.deep.equal(['getCurrentUser']);
  });

  it('an already aborted signal: rejected at once, nothing asked', async () => {
    const { provider, requests } = server();
    const aborted = AbortSignal.abort();
    await lookUpTimeZone(provider, aborted).then(
      () => expect.fail('resolved'),
      () => undefined,
    );
    expect(requests).to.have.length(0);
  });
});
