import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { OUTCOME_UNKNOWN } from '../../src/core/change-journal.js';
import { isProviderError } from '../../src/core/errors.js';
import { createDemoProvider } from '../../src/providers/demo/index.js';
import { KazooProvider } from '../../src/providers/kazoo/index.js';
import { createKazooHandlers, greg, KAZOO_MOCK_TOKEN, type KazooMock } from '../../mocks/kazoo/index.js';
import { override, worker } from '../support/msw.js';
import { rejection } from '../support/spy.js';

/**
 * A users change Kazoo took up in part (some seats created or deleted, then a refusal) is not a
 * refusal: it rejects with `unknown`, so the change journal keeps its idempotency key and the
 * panel reads the plan again; the same purchase retried creates only the missing seats.
 */

const NOW_MS = Date.parse('2026-11-27T12:00:00Z');
const BASE = '/kazoo/v2';
const USERS = `${BASE}/accounts/:a/users`;

let kazoo: KazooMock;
let provider: KazooProvider;

const kazooError = (status: number, message: string, data: Record<string, unknown> = {}) =>
  HttpResponse.json({ status: 'error', error: String(status), message, data }, { status });

/** Answers the `nth` (1-based) request `matches` picks with `answer`; every other request goes on to the Kazoo mock. */
function failNth(nth: number, answer: () => Response, matches: (request: Request) => Promise<boolean>) {
  let count = 0;
  return async ({ request }: { request: Request }) => {
    if (!(await matches(request.clone()))) return undefined;
    count++;
    return count === nth ? answer() : undefined;
  };
}

/** A seat PUT of a purchase (not the dry run: that one has no `accept_charges`). */
const purchasePut = async (request: Request) => ((await request.json()) as { accept_charges?: boolean }).accept_charges === true;
const any = async () => true;

const seatsOf = async (purchase: string) => (await kazoo.world()).users.filter((u) => u.username.startsWith(`paw-seat-${purchase}-`));

beforeEach(() => {
  const demo = createDemoProvider({ seed: 7, now: new Date(NOW_MS).toISOString(), size: 'small' });
  kazoo = createKazooHandlers({ demo, baseUrl: BASE });
  worker.resetHandlers(...kazoo.handlers);
  provider = new KazooProvider({
    baseUrl: kazoo.baseUrl,
    accountId: kazoo.accountId,
    userId: kazoo.userId,
    getAuthToken: () => KAZOO_MOCK_TOKEN,
    now: () => NOW_MS,
    retryDelayMs: 1,
  });
});

describe('KazooProvider: a users change taken up in part', () => {
  it('rejects with unknown when the third of five seats gets 429, and the same purchase retried ends with exactly 5 seats', async () => {
    const before = (await kazoo.world()).users.length;
    override(
      http.put(
        USERS,
        failNth(3, () => kazooError(429, 'too many requests'), purchasePut),
      ),
    );
    const error = await rejection(provider.addUsers(5, { idempotencyKey: 'buy-5' }));
    expect(isProviderError(error)).to.equal(true);
    expect(error.code, 'outcome unknown for the change journal: it keeps the key and reads the plan again').to.equal('unknown');
    expect(OUTCOME_UNKNOWN.has(error.code as string)).to.equal(true);
    expect(error.message).to.match(/^2 of 5 users were added; then: /);
    expect(error.cause, 'Kazoo’s own refusal is kept').to.include({ code: 'rate-limited', status: 429 });
    expect(await seatsOf('buy-5')).to.have.length(2);

    // The journal retries the same intent with the same key: only seats 3–5 are created.
    const plan = await provider.addUsers(5, { idempotencyKey: 'buy-5' });
    expect(await seatsOf('buy-5')).to.have.length(5);
    expect((await kazoo.world()).users.length, '5 new users in all, not 7').to.equal(before + 5);
    expect(plan.users.quantity).to.equal(before + 5);
  });

  it('rejects with unknown when 402, 409 or 429 stops a purchase that had created seats, a retry refused at its first seat included', async () => {
    override(
      http.put(
        USERS,
        failNth(
          4,
          () => kazooError(402, 'billing_issue', { billing_issue: { message: 'There is a billing issue with this account' } }),
          purchasePut,
        ),
      ),
    );
    const billing = await rejection(provider.addUsers(5, { idempotencyKey: 'buy-402' }));
    expect(billing).to.include({ code: 'unknown' });
    expect(billing.message).to.match(/^3 of 5 users were added; then: There is a billing issue/);
    expect(billing.cause).to.include({ code: 'insufficient-credit' });

    // A retry with the same key refused at its very first seat: seats 1–3 of the earlier attempt are there all the same.
    worker.resetHandlers(...kazoo.handlers);
    override(
      http.put(
        USERS,
        failNth(1, () => kazooError(409, 'conflict'), purchasePut),
      ),
    );
    const conflict = await rejection(provider.addUsers(5, { idempotencyKey: 'buy-402' }));
    expect(conflict).to.include({ code: 'unknown' });
    expect(conflict.message).to.match(/^3 of 5 users were added; then: /);
    expect(conflict.cause).to.include({ code: 'conflict', status: 409 });
    expect(await seatsOf('buy-402')).to.have.length(3);

    // A retry stopped at the 4th seat: 3 done.
    worker.resetHandlers(...kazoo.handlers);
    override(
      http.put(
        USERS,
        failNth(4, () => kazooError(429, 'too many requests'), purchasePut),
      ),
    );
    const limited = await rejection(provider.addUsers(5, { idempotencyKey: 'buy-402' }));
    expect(limited).to.include({ code: 'unknown' });
    expect(limited.message).to.match(/^3 of 5 users were added; then: /);

    worker.resetHandlers(...kazoo.handlers);
    await provider.addUsers(5, { idempotencyKey: 'buy-402' });
    expect(await seatsOf('buy-402')).to.have.length(5);
  });

  it('keeps Kazoo’s refusal when the first seat is refused: nothing was bought', async () => {
    const before = (await kazoo.world()).users.length;
    override(
      http.put(
        USERS,
        failNth(1, () => kazooError(402, 'billing_issue', { billing_issue: { message: 'No money' } }), purchasePut),
      ),
    );
    const billing = await rejection(provider.addUsers(5, { idempotencyKey: 'refused-402' }));
    expect(billing).to.include({ code: 'insufficient-credit', status: 402 });
    expect(billing.message).not.to.match(/ of 5 users/);

    worker.resetHandlers(...kazoo.handlers);
    override(
      http.put(
        USERS,
        failNth(1, () => kazooError(429, 'too many requests'), purchasePut),
      ),
    );
    expect(await rejection(provider.addUsers(5, { idempotencyKey: 'refused-429' }))).to.include({ code: 'rate-limited', status: 429 });
    expect((await kazoo.world()).users.length, 'nothing was created').to.equal(before);
  });

  it('does not report a purchase whose seats were all created as failed when reading the plan afterwards fails', async () => {
    const before = (await kazoo.world()).users.length;
    override(http.get(`${BASE}/accounts/:a/services/summary`, () => kazooError(403, 'forbidden')));
    const error = await rejection(provider.addUsers(3, { idempotencyKey: 'buy-then-403' }));
    expect(error).to.include({ code: 'unknown' });
    expect(error.message).to.match(/^3 of 3 users were added; then: /);
    expect(error.cause).to.include({ code: 'forbidden' });
    expect((await kazoo.world()).users.length).to.equal(before + 3);
  });

  it('rejects with unknown when a removal stops after deleting seats, and keeps the refusal when none was deleted', async () => {
    const w = await kazoo.world();
    const base = greg(NOW_MS) - 86_400;
    for (let i = 1; i <= 6; i++) {
      w.users.push({
        id: `spare-${i}`,
        username: `paw-seat-spare-${i}`,
        first_name: 'Unassigned',
        last_name: `seat ${i}`,
        priv_level: 'user',
        flags: [`paw-seat-bought-${base + i}`],
      } as never);
    }
    const before = w.users.length;
    const deletes = async (request: Request) => request.method === 'DELETE';
    override(
      http.delete(
        `${USERS}/:id`,
        failNth(1, () => kazooError(409, 'conflict'), deletes),
      ),
    );
    expect(await rejection(provider.removeUsers(5))).to.include({ code: 'conflict', status: 409 });
    expect(w.users.length, 'nothing removed').to.equal(before);

    worker.resetHandlers(...kazoo.handlers);
    override(
      http.delete(
        `${USERS}/:id`,
        failNth(3, () => kazooError(409, 'conflict'), any),
      ),
    );
    const error = await rejection(provider.removeUsers(5));
    expect(error).to.include({ code: 'unknown' });
    expect(error.message).to.match(/^2 of 5 users were removed; then: /);
    expect(error.cause).to.include({ code: 'conflict', status: 409 });
    expect(w.users.length).to.equal(before - 2);
  });
});
