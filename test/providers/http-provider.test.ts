import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { isProviderError, type ProviderErrorCode } from '../../src/core/errors.js';
import type { DateRange } from '../../src/core/provider.js';
import { createDemoProvider, DEMO_PASSWORD, type DemoProvider } from '../../src/providers/demo/index.js';
import { HttpProvider, type HttpProviderOptions } from '../../src/providers/http/index.js';
import { API_BASE, override, takeSchemaProblems, useApi, withSchemaCheck, worker } from '../support/msw.js';
import { validateResponse } from '../support/openapi.js';
import { pinClock } from '../support/clock.js';
import { rejection } from '../support/spy.js';

const NOW = '2026-11-27T12:00:00Z';
pinClock(NOW);
const OCTOBER: DateRange = { from: '2026-10-01T00:00:00Z', to: '2026-11-01T00:00:00Z' };
const LAST_YEAR: DateRange = { from: '2025-11-27T00:00:00Z', to: '2026-11-27T00:00:00Z' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const api = (path: string) => `${API_BASE}${path}`;

/** What a value looks like as JSON (drops `undefined` properties). */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

async function bytes(blob: Blob): Promise<number[]> {
  return [...new Uint8Array(await blob.arrayBuffer())];
}

interface Seen {
  method: string;
  url: string;
  headers: Headers;
  at: number;
}

/** Records every request the page sends to the API from now until the end of the test. */
let seen: Seen[] = [];
const record = ({ request }: { request: Request }) => {
  if (request.url.includes(`${API_BASE}/`))
    seen.push({ method: request.method, url: request.url, headers: request.headers, at: performance.now() });
};
worker.events.on('request:start', record);

/** Handler that answers the first `n` matching requests itself and passes later ones to the API. */
function firstN(n: number, respond: (request: Request) => Response | Promise<Response>) {
  let count = 0;
  return async ({ request }: { request: Request }) => {
    count++;
    return count <= n ? respond(request) : undefined;
  };
}

const errorBody = (code: string, message = `failed: ${code}`, extra: Record<string, unknown> = {}) => ({ code, message, ...extra });

let demo: DemoProvider;
let provider: HttpProvider;
const make = (options: Partial<HttpProviderOptions> = {}) => new HttpProvider({ baseUrl: API_BASE, retryDelayMs: 5, ...options });

beforeEach(() => {
  seen = [];
  demo = createDemoProvider({ seed: 7, now: NOW });
  useApi(demo);
  provider = make();
});

/** A test whose API responses must all conform to openapi.yaml (deliberate breakage is consumed with `takeSchemaProblems`). */
const test = (title: string, fn: () => Promise<void>) => it(title, withSchemaCheck(fn));

describe('HttpProvider: round trips through openapi.yaml', () => {
  test('reads the user, password policy, account and plan as the provider has them', async () => {
    expect(await provider.getCurrentUser()).to.deep.equal(plain(await demo.getCurrentUser()));
    expect(await provider.getPasswordPolicy()).to.deep.equal(plain(await demo.getPasswordPolicy!()));
    expect(await provider.getAccount()).to.deep.equal(plain(await demo.getAccount()));
    expect(await provider.getServicePlan()).to.deep.equal(plain(await demo.getServicePlan()));
    expect(await provider.quoteAddUsers(3)).to.deep.equal(plain(await demo.quoteAddUsers!(3)));
  });

  test('loads the limits (connect) and caps page sizes with them', async () => {
    const connected = await HttpProvider.connect({ baseUrl: API_BASE });
    expect(connected.limits).to.deep.equal(demo.limits);
    await connected.listTransactions({ limit: 100_000 });
    expect(new URL(seen.at(-1)!.url).searchParams.get('limit')).to.equal(String(demo.limits.maxPageSize));
  });

  test('reads a server without GET /limits as having none', async () => {
    override(http.get(api('/limits'), () => HttpResponse.json(errorBody('not-found'), { status: 404 })));
    expect(await make().loadLimits()).to.deep.equal({});
    expect(make({ limits: { maxRangeDays: 31 } }).limits).to.deep.equal({ maxRangeDays: 31 });
  });

  test('pages through calls with totals, order and cursors', async () => {
    // The REST API carries the range's totals on every page (the demo answers them with getCallTotals).
    const totals = plain(await demo.getCallTotals!({ range: OCTOBER }));
    const first = await provider.listInternationalCalls({ range: OCTOBER, order: 'oldest', limit: 20 });
    expect(first).to.deep.equal({ ...plain(await demo.listInternationalCalls({ range: OCTOBER, order: 'oldest', limit: 20 })), totals });
    expect(first.items).to.have.length(20);
    expect(first.nextCursor).to.be.a('string');
    const second = await provider.listInternationalCalls({ range: OCTOBER, order: 'oldest', limit: 20, cursor: first.nextCursor });
    expect(second).to.deep.equal({
      ...plain(await demo.listInternationalCalls({ range: OCTOBER, order: 'oldest', limit: 20, cursor: first.nextCursor })),
      totals,
    });
    expect(second.items[0]!.id).not.to.equal(first.items[0]!.id);
    const params = new URL(seen.at(-1)!.url).searchParams;
    expect(Object.fromEntries(params)).to.deep.equal({
      from: OCTOBER.from,
      to: OCTOBER.to,
      order: 'oldest',
      cursor: first.nextCursor,
      limit: '20',
    });
  });

  test('lists transactions, bills, media, recordings and blocked numbers as the provider has them', async () => {
    expect(await provider.listTransactions({ limit: 30 })).to.deep.equal(plain(await demo.listTransactions({ limit: 30 })));
    expect(await provider.listTransactions({ range: OCTOBER })).to.deep.equal(plain(await demo.listTransactions({ range: OCTOBER })));
    expect(await provider.listBills({ range: LAST_YEAR })).to.deep.equal(plain(await demo.listBills!({ range: LAST_YEAR })));
    expect(await provider.listMediaFiles({})).to.deep.equal(plain(await demo.listMediaFiles({})));
    expect(await provider.listRecordings({ range: OCTOBER, limit: 10 })).to.deep.equal(
      plain(await demo.listRecordings({ range: OCTOBER, limit: 10 })),
    );
    expect(await provider.listBlockedNumbers({})).to.deep.equal(plain(await demo.listBlockedNumbers({})));
    const media = (await demo.listMediaFiles({})).items[0]!;
    const term = media.name.slice(0, 3);
    expect(await provider.listMediaFiles({ search: term })).to.deep.equal(plain(await demo.listMediaFiles({ search: term })));
  });

  test('fetches bill documents and audio as Blobs of the right type', async () => {
    const bill = (await demo.listBills!({ range: LAST_YEAR })).items.find((b) => b.hasDocument)!;
    const pdf = await provider.getBillDocument(bill.id);
    expect(pdf.type).to.equal('application/pdf');
    expect(await bytes(pdf)).to.deep.equal(await bytes(await demo.getBillDocument!(bill.id)));
    expect(seen.at(-1)!.headers.get('Accept')).to.equal('application/pdf');

    const media = (await demo.listMediaFiles({})).items[0]!;
    const audio = await provider.getMediaFileAudio(media.id);
    const expected = await demo.getMediaFileAudio!(media.id);
    expect(audio.type).to.equal(expected.type);
    expect(audio.type).to.match(/^audio\//);
    expect(audio.size).to.equal(expected.size);

    const recording = (await demo.listRecordings({ limit: 1 })).items[0]!;
    const recorded = await provider.getRecordingAudio(recording.id);
    expect(recorded.type).to.match(/^audio\//);
    expect(await bytes(recorded)).to.deep.equal(await bytes(await demo.getRecordingAudio(recording.id)));
  });

  test('buys and removes users', async () => {
    const before = await demo.getServicePlan();
    const bought = await provider.addUsers(2);
    expect(bought.users.quantity).to.equal(before.users.quantity + 2);
    expect(bought).to.deep.equal(plain(await demo.getServicePlan()));
    const removed = await provider.removeUsers(1);
    expect(removed.users.quantity).to.equal(before.users.quantity + 1);
  });

  test('changes the password, and passes a wrong current password back as a field error', async () => {
    const error = await rejection(provider.changePassword({ currentPassword: 'wrong-password', newPassword: 'N3w-password!' }));
    expect(error.code).to.equal('validation');
    expect(error.status).to.equal(422);
    await provider.changePassword({ currentPassword: DEMO_PASSWORD, newPassword: 'N3w-password!' });
    const retry = await rejection(provider.changePassword({ currentPassword: DEMO_PASSWORD, newPassword: 'An0ther-one!' }));
    expect(retry.code).to.equal('validation');
  });

  test('blocks and unblocks an E.164 number (URL-encoded in the path)', async () => {
    const blocked = await provider.blockNumber('+442071234567', { reason: 'Spam' });
    expect(blocked.number).to.equal('+442071234567');
    expect(blocked.reason).to.equal('Spam');
    expect((await demo.listBlockedNumbers({ search: '2071234567' })).items.map((b) => b.number)).to.include('+442071234567');
    await provider.unblockNumber('+442071234567');
    expect(seen.at(-1)!.url).to.match(/\/blocked-numbers\/%2B442071234567$/);
    expect((await demo.listBlockedNumbers({ search: '2071234567' })).items.map((b) => b.number)).not.to.include('+442071234567');
  });

  test('deletes media files and recordings', async () => {
    const media = (await demo.listMediaFiles({})).items[0]!;
    await provider.deleteMediaFile(media.id);
    expect((await demo.listMediaFiles({})).items.map((m) => m.id)).not.to.include(media.id);
    const recording = (await demo.listRecordings({ limit: 1 })).items[0]!;
    await provider.deleteRecording(recording.id);
    expect((await demo.listRecordings({ limit: 5 })).items.map((r) => r.id)).not.to.include(recording.id);
    const again = await rejection(provider.deleteRecording(recording.id));
    expect(again.code).to.equal('not-found');
  });

  test('passes every provider failure through with its code and status', async () => {
    const noRetry = make({ retries: 0 });
    const statuses: [ProviderErrorCode, number | undefined][] = [
      ['unauthorized', 401],
      ['forbidden', 403],
      ['not-found', 404],
      ['conflict', 409],
      ['validation', 422],
      ['insufficient-credit', 402],
      ['rate-limited', 429],
      ['unavailable', 503],
      ['unknown', 500],
      ['network', undefined],
    ];
    for (const [code, status] of statuses) {
      demo.failNext('addUsers', { code, message: `Injected ${code}`, ...(code === 'validation' ? { field: 'count' } : {}) });
      const error = await rejection(noRetry.addUsers(1));
      expect(isProviderError(error), code).to.equal(true);
      expect(error.code, code).to.equal(code);
      expect(error.status, code).to.equal(status);
      if (code !== 'network') expect(error.message).to.equal(`Injected ${code}`);
      if (code === 'validation') expect(error.field).to.equal('count');
    }
    demo.failNext('listBills', { code: 'range-too-large' });
    const tooLong = await rejection(noRetry.listBills({ range: OCTOBER }));
    expect([tooLong.code, tooLong.status]).to.deep.equal(['range-too-large', 400]);
  });

  it('lets optional methods be switched off for a backend without them', () => {
    const partial = make({ omit: ['listBills', 'getBillDocument'] });
    expect(partial.listBills).to.equal(undefined);
    expect(partial.getBillDocument).to.equal(undefined);
    expect(partial.listTransactions).to.be.a('function');
  });
});

describe('HttpProvider: error mapping', () => {
  test('maps each status to its code (Error body or none)', async () => {
    const table: [number, ProviderErrorCode][] = [
      [400, 'validation'],
      [401, 'unauthorized'],
      [402, 'insufficient-credit'],
      [403, 'forbidden'],
      [404, 'not-found'],
      [409, 'conflict'],
      [422, 'validation'],
      [429, 'rate-limited'],
      [500, 'unknown'],
      [503, 'unavailable'],
    ];
    const noRetry = make({ retries: 0 });
    for (const [status, code] of table) {
      // With the documented Error body (POST /service-plan/users documents every one of these statuses)…
      override(http.post(api('/service-plan/users'), () => HttpResponse.json(errorBody(code, `Server says ${status}`), { status })));
      const withBody = await rejection(noRetry.addUsers(1));
      expect([withBody.code, withBody.status, withBody.message], `${status} with body`).to.deep.equal([
        code,
        status,
        `Server says ${status}`,
      ]);
      // …and from the status alone when the body is not ours.
      override(
        http.post(
          api('/service-plan/users'),
          () => new HttpResponse('<h1>Oops</h1>', { status, headers: { 'Content-Type': 'text/html' } }),
        ),
      );
      const bare = await rejection(noRetry.addUsers(1));
      expect([bare.code, bare.status], `${status} without body`).to.deep.equal([code, status]);
      expect(bare.message).to.be.a('string').and.not.equal('');
    }
    // The bodiless answers break the document, and the checker says so.
    expect((await takeSchemaProblems()).filter((p) => p.includes('content type "text/html"'))).to.have.length(table.length);
  });

  test('lets the body code refine the status and keeps field and retryable', async () => {
    override(
      http.get(api('/calls/international'), () =>
        HttpResponse.json(errorBody('range-too-large', 'At most 366 days.', { retryable: false }), { status: 400 }),
      ),
    );
    const tooLong = await rejection(make().listInternationalCalls({ range: OCTOBER }));
    expect([tooLong.code, tooLong.status, tooLong.message, tooLong.retryable]).to.deep.equal([
      'range-too-large',
      400,
      'At most 366 days.',
      false,
    ]);
    expect(seen).to.have.length(1);

    override(
      http.post(api('/blocked-numbers'), () =>
        HttpResponse.json(errorBody('validation', 'Not a phone number.', { field: 'number' }), { status: 422 }),
      ),
    );
    const invalid = await rejection(make().blockNumber('abc'));
    expect([invalid.code, invalid.field]).to.deep.equal(['validation', 'number']);
  });

  test('falls back to the status when the body code is not a contract code', async () => {
    override(http.get(api('/user'), () => HttpResponse.json({ code: 'E_WEIRD', message: 'Weird' }, { status: 403 })));
    const error = await rejection(make().getCurrentUser());
    expect([error.code, error.message]).to.deep.equal(['forbidden', 'Weird']);
    expect(await takeSchemaProblems()).to.have.length.greaterThan(0);
  });

  test('reports malformed JSON as unknown', async () => {
    override(
      http.get(api('/user'), () => new HttpResponse('{"id": "u1", "username": ', { headers: { 'Content-Type': 'application/json' } })),
    );
    const error = await rejection(make().getCurrentUser());
    expect(error.code).to.equal('unknown');
    expect(error.message)
      .to.match(/GET \/user/)
      .and.match(/not valid JSON/);
    expect(await takeSchemaProblems()).to.deep.equal(['GET /user → 200: body is not valid JSON']);
  });

  test('reports an HTML page (wrong base URL, SPA fallback) as unknown with a hint', async () => {
    override(http.get(api('/account'), () => HttpResponse.html('<!doctype html><title>App</title>')));
    const error = await rejection(make().getAccount());
    expect(error.code).to.equal('unknown');
    expect(error.message)
      .to.match(/HTML/)
      .and.match(/base URL/);
    await takeSchemaProblems();
  });

  test('reports a wrong shape as unknown, and the schema check catches it too', async () => {
    const plan = plain(await demo.getServicePlan());
    override(
      http.get(api('/service-plan'), () =>
        HttpResponse.json({ ...plan, users: { ...plan.users, unitPrice: { amount: 1.5, currency: 'USD' } } }),
      ),
    );
    const error = await rejection(make().getServicePlan());
    expect(error.code).to.equal('unknown');
    expect(error.message).to.contain('$.users.unitPrice.amount');
    const problems = await takeSchemaProblems();
    expect(problems).to.deep.equal(['GET /service-plan → 200: /users/unitPrice/amount must be string']);
  });

  test('does not retry a wrong shape', async () => {
    override(http.get(api('/user'), () => HttpResponse.json({ id: 'u1' })));
    expect((await rejection(make().getCurrentUser())).code).to.equal('unknown');
    expect(seen).to.have.length(1);
    expect(await takeSchemaProblems()).to.deep.equal(["GET /user → 200: / must have required property 'username'"]);
  });

  test('maps a dropped connection to network', async () => {
    override(http.get(api('/user'), () => HttpResponse.error()));
    const error = await rejection(make({ retries: 0 }).getCurrentUser());
    expect(isProviderError(error)).to.equal(true);
    expect(error.code).to.equal('network');
    expect(error.retryable).to.equal(true);
  });

  test('times out as unavailable and aborts the fetch', async () => {
    const signals: AbortSignal[] = [];
    const slow = make({
      timeoutMs: 100,
      retries: 0,
      fetch: (input, init) => {
        signals.push(init!.signal!);
        return fetch(input, init);
      },
    });
    override(http.get(api('/account'), () => delay('infinite')));
    const started = performance.now();
    const error = await rejection(slow.getAccount());
    expect(error.code).to.equal('unavailable');
    expect(error.message).to.match(/timed out/);
    expect(performance.now() - started).to.be.within(90, 3000);
    expect(signals[0]!.aborted).to.equal(true);
  });

  test("rethrows the caller's abort as an AbortError and aborts the fetch", async () => {
    const signals: AbortSignal[] = [];
    const p = make({
      fetch: (input, init) => {
        signals.push(init!.signal!);
        return fetch(input, init);
      },
    });
    override(http.get(api('/account'), () => delay('infinite')));
    const controller = new AbortController();
    const pending = p.getAccount({ signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    const error = await rejection(pending);
    expect(error.name).to.equal('AbortError');
    expect(isProviderError(error)).to.equal(false);
    expect(signals).to.have.length(1);
    expect(signals[0]!.aborted).to.equal(true);

    const already = new AbortController();
    already.abort();
    expect((await rejection(p.getAccount({ signal: already.signal }))).name).to.equal('AbortError');
    expect(signals).to.have.length(1);
  });

  test('stops retrying when aborted during the backoff', async () => {
    override(http.get(api('/user'), () => HttpResponse.json(errorBody('unavailable'), { status: 503 })));
    const controller = new AbortController();
    // The abort comes once the first answer is in, so it lands in the backoff (at least 5 s here),
    // however slow the machine is.
    const p = make({
      retryDelayMs: 10_000,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        setTimeout(() => controller.abort(), 20);
        return response;
      },
    });
    const pending = p.getCurrentUser({ signal: controller.signal });
    expect((await rejection(pending)).name).to.equal('AbortError');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen.filter((request) => new URL(request.url).pathname.endsWith('/user'))).to.have.length(1);
  });
});

describe('HttpProvider: retries', () => {
  test('retries a GET after 503 with growing, jittered delays, then succeeds', async () => {
    override(
      http.get(
        api('/account'),
        firstN(2, () => HttpResponse.json(errorBody('unavailable'), { status: 503 })),
      ),
    );
    const account = await make({ retryDelayMs: 100 }).getAccount();
    expect(account).to.deep.equal(plain(await demo.getAccount()));
    expect(seen).to.have.length(3);
    const gaps = [seen[1]!.at - seen[0]!.at, seen[2]!.at - seen[1]!.at];
    expect(gaps[0]).to.be.within(45, 1000); // 100 ms × [0.5, 1] (+ slack for a busy machine)
    expect(gaps[1]).to.be.within(95, 1500); // 200 ms × [0.5, 1]
  });

  test('does not retry when the server says retryable: false', async () => {
    override(
      http.get(api('/account'), () => HttpResponse.json(errorBody('unavailable', 'Maintenance', { retryable: false }), { status: 503 })),
    );
    const error = await rejection(make().getAccount());
    expect([error.code, error.retryable]).to.deep.equal(['unavailable', false]);
    expect(seen).to.have.length(1);
  });

  test('gives up after `retries` extra attempts', async () => {
    override(http.get(api('/account'), () => HttpResponse.json(errorBody('unavailable'), { status: 503 })));
    expect((await rejection(make({ retries: 2 }).getAccount())).code).to.equal('unavailable');
    expect(seen).to.have.length(3);
  });

  test('retries GETs after network errors and timeouts, not after other errors', async () => {
    override(
      http.get(
        api('/user'),
        firstN(1, () => HttpResponse.error()),
      ),
    );
    await make().getCurrentUser();
    expect(seen).to.have.length(2);

    seen = [];
    override(
      http.get(
        api('/account'),
        firstN(1, () => delay('infinite').then(() => HttpResponse.error())),
      ),
    );
    await make({ timeoutMs: 100 }).getAccount();
    expect(seen).to.have.length(2);

    for (const status of [400, 403, 404, 422, 500]) {
      seen = [];
      override(http.get(api('/transactions'), () => HttpResponse.json(errorBody('unknown'), { status })));
      await rejection(make().listTransactions({}));
      expect(seen, `HTTP ${status}`).to.have.length(1);
    }
  });

  test('does not retry a POST or DELETE that got an HTTP error', async () => {
    const plan = await demo.getServicePlan();
    override(
      http.post(api('/service-plan/users'), () => HttpResponse.json(errorBody('unavailable'), { status: 503 })),
      http.delete(api('/media/:id'), () => HttpResponse.json(errorBody('rate-limited'), { status: 429, headers: { 'Retry-After': '0' } })),
    );
    expect((await rejection(provider.addUsers(1))).code).to.equal('unavailable');
    expect((await rejection(provider.deleteMediaFile('m1'))).code).to.equal('rate-limited');
    expect(seen.map((s) => s.method)).to.deep.equal(['POST', 'DELETE']);
    expect((await demo.getServicePlan()).users.quantity).to.equal(plan.users.quantity);
  });

  test('re-sends a change after a dropped connection with the same Idempotency-Key, applied once', async () => {
    const plan = await demo.getServicePlan();
    // The first request reaches the server and is applied, but the answer is lost on the way back.
    let first = true;
    override(
      http.post(api('/service-plan/users'), async ({ request }) => {
        if (!first) return undefined;
        first = false;
        await fetch(request.clone()); // apply it through the real handler (msw handles this nested request)
        return HttpResponse.error();
      }),
    );
    const after = await provider.addUsers(3);
    expect(after.users.quantity).to.equal(plan.users.quantity + 3);
    expect((await demo.getServicePlan()).users.quantity).to.equal(plan.users.quantity + 3);
    const posts = seen.filter((s) => s.method === 'POST');
    expect(posts).to.have.length(3); // the original, the one the override forwarded, the retry
    const keys = posts.map((s) => s.headers.get('Idempotency-Key'));
    expect(keys[0]).to.match(UUID);
    expect(new Set(keys).size).to.equal(1);
  });

  test('honours Retry-After on 429', async () => {
    override(
      http.get(
        api('/user'),
        firstN(1, () => HttpResponse.json(errorBody('rate-limited'), { status: 429, headers: { 'Retry-After': '1' } })),
      ),
    );
    const started = performance.now();
    await make({ retryDelayMs: 1 }).getCurrentUser();
    expect(seen).to.have.length(2);
    expect(seen[1]!.at - seen[0]!.at).to.be.at.least(950);
    expect(performance.now() - started).to.be.below(4000);
  });

  test('fails at once when Retry-After is longer than maxRetryDelayMs', async () => {
    override(
      http.get(api('/user'), () =>
        HttpResponse.json(errorBody('rate-limited', 'Slow down'), { status: 429, headers: { 'Retry-After': '120' } }),
      ),
    );
    const started = performance.now();
    const error = await rejection(make({ maxRetryDelayMs: 2000 }).getCurrentUser());
    expect([error.code, error.message]).to.deep.equal(['rate-limited', 'Slow down']);
    expect(seen).to.have.length(1);
    expect(performance.now() - started).to.be.below(1000);
  });

  test('passes a quote’s monthly increase through, as openapi.yaml documents it', async () => {
    const quote = { charge: { amount: '0.00', currency: 'USD' }, monthlyIncrease: { amount: '39.98', currency: 'USD' } };
    expect(validateResponse('POST', '/service-plan/users/quote', 200, 'application/json', quote)).to.deep.equal([]);
    override(http.post(api('/service-plan/users/quote'), () => HttpResponse.json(quote)));
    expect(await provider.quoteAddUsers(2)).to.deep.equal(quote);
  });

  test('retries the price quote like a GET (it changes nothing)', async () => {
    override(
      http.post(
        api('/service-plan/users/quote'),
        firstN(1, () => HttpResponse.json(errorBody('unavailable'), { status: 503 })),
      ),
    );
    expect(await provider.quoteAddUsers(2)).to.deep.equal(plain(await demo.quoteAddUsers!(2)));
    expect(seen).to.have.length(2);
    expect(seen[0]!.headers.has('Idempotency-Key')).to.equal(false);
  });
});

describe('HttpProvider: credentials', () => {
  test('asks for auth headers before every request and sends them', async () => {
    let n = 0;
    const authed = make({ getAuthHeaders: () => ({ Authorization: `Bearer token-${++n}` }) });
    await authed.getCurrentUser();
    await authed.getServicePlan();
    await authed.addUsers(1);
    await authed.listTransactions({ range: OCTOBER });
    expect(n).to.equal(4);
    expect(seen.map((s) => s.headers.get('Authorization'))).to.deep.equal([
      'Bearer token-1',
      'Bearer token-2',
      'Bearer token-3',
      'Bearer token-4',
    ]);
  });

  test('accepts an async header supplier', async () => {
    const authed = make({ getAuthHeaders: async () => ({ 'X-API-Key': 'k-123' }) });
    await authed.getAccount();
    expect(seen[0]!.headers.get('X-API-Key')).to.equal('k-123');
  });

  test('refreshes the headers once after a 401 (a change keeps its key)', async () => {
    let token = 'stale';
    const refreshOn401 = ({ request }: { request: Request }) =>
      request.headers.get('Authorization') === 'Bearer stale'
        ? ((token = 'fresh'), HttpResponse.json(errorBody('unauthorized', 'Token expired'), { status: 401 }))
        : undefined;
    override(http.get(api('/user'), refreshOn401), http.post(api('/service-plan/users'), refreshOn401));
    const authed = make({ getAuthHeaders: () => ({ Authorization: `Bearer ${token}` }) });
    expect(await authed.getCurrentUser()).to.deep.equal(plain(await demo.getCurrentUser()));
    expect(seen.map((s) => s.headers.get('Authorization'))).to.deep.equal(['Bearer stale', 'Bearer fresh']);

    seen = [];
    token = 'stale';
    const plan = await demo.getServicePlan();
    await authed.addUsers(1);
    expect((await demo.getServicePlan()).users.quantity).to.equal(plan.users.quantity + 1);
    expect(seen).to.have.length(2);
    expect(seen[0]!.headers.get('Idempotency-Key')).to.equal(seen[1]!.headers.get('Idempotency-Key'));
  });

  test('gives up with unauthorized when the fresh headers are refused too', async () => {
    override(http.get(api('/user'), () => HttpResponse.json(errorBody('unauthorized', 'Signed out'), { status: 401 })));
    let calls = 0;
    const error = await rejection(make({ getAuthHeaders: () => ({ Authorization: `Bearer t${++calls}` }) }).getCurrentUser());
    expect([error.code, error.message]).to.deep.equal(['unauthorized', 'Signed out']);
    expect(calls).to.equal(2);
    expect(seen).to.have.length(2);
  });

  test('never puts a credential in a URL', async () => {
    const secret = 's3cr3t-T0KEN';
    const authed = make({ getAuthHeaders: () => ({ Authorization: `Bearer ${secret}`, 'X-API-Key': secret }) });
    const bill = (await demo.listBills!({ range: LAST_YEAR })).items.find((b) => b.hasDocument)!;
    await Promise.all([
      authed.getCurrentUser(),
      authed.getAccount(),
      authed.listInternationalCalls({ range: OCTOBER, limit: 5 }),
      authed.listRecordings({ limit: 1 }).then((page) => authed.getRecordingAudio(page.items[0]!.id)),
      authed.getBillDocument(bill.id),
      authed.blockNumber('+15551234567'),
    ]);
    expect(seen.length).to.be.at.least(7);
    for (const { url, headers } of seen) {
      expect(url).not.to.contain(secret);
      expect(url.toLowerCase()).not.to.match(/[?&](token|access_token|api_key|apikey|key|auth)=/);
      expect(headers.get('Authorization')).to.equal(`Bearer ${secret}`);
    }
    expect(() => new HttpProvider({ baseUrl: 'https://user:pass@pbx.example/api' })).to.throw(TypeError);
    expect(() => new HttpProvider({ baseUrl: '/api?token=abc' })).to.throw(TypeError);
  });
});

describe('HttpProvider: Idempotency-Key', () => {
  test('sends a fresh key with every change and none with reads', async () => {
    const media = (await demo.listMediaFiles({})).items[0]!;
    const recording = (await demo.listRecordings({ limit: 1 })).items[0]!;
    await provider.changePassword({ currentPassword: DEMO_PASSWORD, newPassword: 'N3w-password!' });
    await provider.addUsers(1);
    await provider.removeUsers(1);
    await provider.deleteMediaFile(media.id);
    await provider.deleteRecording(recording.id);
    await provider.blockNumber('+15550001111');
    await provider.unblockNumber('+15550001111');
    await provider.getServicePlan();
    await provider.listBlockedNumbers({});
    const changes = seen.filter((s) => s.method !== 'GET');
    expect(changes).to.have.length(7);
    const keys = changes.map((s) => s.headers.get('Idempotency-Key'));
    for (const key of keys) expect(key).to.match(UUID);
    expect(new Set(keys).size).to.equal(7);
    for (const read of seen.filter((s) => s.method === 'GET')) expect(read.headers.has('Idempotency-Key')).to.equal(false);
  });

  test("sends the caller's key, and the server applies a repeated key once", async () => {
    const plan = await demo.getServicePlan();
    const first = await provider.addUsers(2, { idempotencyKey: 'buy-42' });
    const replayed = await provider.addUsers(2, { idempotencyKey: 'buy-42' });
    expect(replayed).to.deep.equal(first);
    expect((await demo.getServicePlan()).users.quantity).to.equal(plan.users.quantity + 2);
    expect(seen.map((s) => s.headers.get('Idempotency-Key'))).to.deep.equal(['buy-42', 'buy-42']);

    const reused = await rejection(provider.addUsers(5, { idempotencyKey: 'buy-42' }));
    expect(reused.code).to.equal('validation');
    expect((await demo.getServicePlan()).users.quantity).to.equal(plan.users.quantity + 2);
  });

  test('marks replays and keys them per route', async () => {
    const headers: (string | null)[] = [];
    const spy = make({
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        headers.push(response.headers.get('Idempotent-Replayed'));
        return response;
      },
    });
    await spy.blockNumber('+15557654321', { idempotencyKey: 'k' });
    await spy.blockNumber('+15557654321', { idempotencyKey: 'k' });
    await spy.unblockNumber('+15557654321', { idempotencyKey: 'k' });
    expect(headers).to.deep.equal([null, 'true', null]);
  });

  test('runs a change again when its first attempt failed in a retryable way', async () => {
    const plan = await demo.getServicePlan();
    demo.failNext('addUsers', { code: 'unavailable' });
    expect((await rejection(provider.addUsers(1, { idempotencyKey: 'again' }))).code).to.equal('unavailable');
    await provider.addUsers(1, { idempotencyKey: 'again' });
    expect((await demo.getServicePlan()).users.quantity).to.equal(plan.users.quantity + 1);
  });
});

describe('openapi.yaml checker', () => {
  it('accepts conforming responses and lists departures', () => {
    const user = JSON.stringify({ id: 'u1', username: 'ada' });
    expect(validateResponse('GET', '/user', 200, 'application/json; charset=utf-8', user)).to.deep.equal([]);
    expect(validateResponse('GET', '/nope', 200, 'application/json', user)).to.deep.equal([
      'GET /nope → 200: no such operation in openapi.yaml',
    ]);
    expect(validateResponse('PUT', '/user', 200, 'application/json', user)[0]).to.contain('no such operation');
    expect(validateResponse('GET', '/user', 418, 'application/json', user)[0]).to.contain('status not documented');
    expect(validateResponse('GET', '/user', 200, 'text/plain', 'x')[0]).to.contain('content type "text/plain"');
    expect(
      validateResponse('GET', '/user', 200, 'application/json', JSON.stringify({ id: 'u1', username: 'ada', password: 'x' })),
    ).to.deep.equal(['GET /user → 200: / must NOT have additional properties "password"']);
    expect(validateResponse('DELETE', '/media/m1', 204, null, null)).to.deep.equal([]);
    expect(validateResponse('DELETE', '/media/m1', 204, 'application/json', '{}')[0]).to.contain('without a body');
    expect(validateResponse('GET', '/media/m1/audio', 200, 'audio/wav', new Blob(['RIFF']))).to.deep.equal([]);
    expect(validateResponse('GET', '/bills/b1/document', 200, 'application/pdf', new Blob(['%PDF']))).to.deep.equal([]);
    expect(validateResponse('GET', '/bills/b1/document', 200, 'text/html', new Blob(['<p>']))).to.have.length(1);
  });

  it('checks money, instants, cursors and error codes', () => {
    const page = (item: object) => JSON.stringify({ items: [item], nextCursor: null });
    const tx = {
      id: 't1',
      createdAt: '2026-11-01T10:00:00Z',
      kind: 'debit',
      amount: { amount: '1.50', currency: 'USD' },
      description: 'x',
    };
    expect(validateResponse('GET', '/transactions', 200, 'application/json', page(tx))).to.deep.equal([]);
    expect(
      validateResponse('GET', '/transactions', 200, 'application/json', page({ ...tx, amount: { amount: '1e3', currency: 'USD' } })),
    ).to.have.length(1);
    expect(
      validateResponse('GET', '/transactions', 200, 'application/json', page({ ...tx, amount: { amount: '-1.50', currency: 'USD' } })),
    ).to.have.length(1);
    expect(
      validateResponse('GET', '/transactions', 200, 'application/json', page({ ...tx, createdAt: '2026-02-30T10:00:00Z' })),
    ).to.have.length(1);
    expect(validateResponse('GET', '/transactions', 200, 'application/json', page({ ...tx, createdAt: '1 Nov 2026' }))).to.have.length(1);
    expect(validateResponse('GET', '/transactions', 200, 'application/json', JSON.stringify({ items: [] }))).to.have.length(1);
    expect(validateResponse('GET', '/user', 401, 'application/json', JSON.stringify({ code: 'unauthorized', message: 'x' }))).to.deep.equal(
      [],
    );
    expect(validateResponse('GET', '/user', 401, 'application/json', JSON.stringify({ code: 'expired', message: 'x' }))).to.have.length(1);
  });
});
