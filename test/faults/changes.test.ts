import { expect } from '@open-wc/testing';
import { http, type HttpResponseResolver } from 'msw';
import { DEMO_PASSWORD } from '../../src/providers/demo/index.js';
import {
  API_BASE,
  deepQueryAll,
  deepText,
  demo,
  expectNoTrouble,
  httpProvider,
  HttpResponse,
  mount,
  newScenario,
  override,
  settle,
  subjects,
  useApi,
  waitForText,
  watchForTrouble,
  type Mounted,
  type Subject,
  NOW,
} from './harness.js';
import { pinClock } from '../support/clock.js';

/*
 * SPEC §2/§5: a change that fails leaves the data as it was and says why; nothing is removed from
 * the screen before the provider confirmed; retrying the same action works (and reuses its
 * Idempotency-Key when the outcome was unknown). For every data element of ELEMENTS that offers a
 * change: found generically — any Buy / Remove / Delete / Unblock / Block button (with "1" in its
 * number fields) that opens the confirmation dialog — or by a small driver below (the password
 * form has no dialog). The change's request fails with a 500 (message shown) or a dropped
 * connection; then the same action is repeated on a healthy server.
 */

const ACTION = /^(Buy|Remove|Delete|Unblock|Block)$/;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Element-specific drivers, for changes the generic search cannot find. */
const DRIVERS: Record<string, (el: Mounted) => Promise<string | undefined>> = {
  async 'user-panel'(el) {
    deepQueryAll<HTMLButtonElement>(el, 'button')
      .find((b) => b.textContent?.trim() === 'Change password')
      ?.click();
    const end = performance.now() + 3000;
    while (deepQueryAll(el, 'form input').length === 0 && performance.now() < end) await sleep(20);
    for (const input of deepQueryAll<HTMLInputElement>(el, 'form input'))
      input.value = input.name === 'currentPassword' ? DEMO_PASSWORD : 'a-much-better-passphrase';
    deepQueryAll<HTMLButtonElement>(el, 'form button[type="submit"]')[0]?.click();
    return 'change password';
  },
};

/** Finds a confirmed change in `el` and confirms it; its description, or undefined if none. */
async function genericChange(el: Mounted, tried: Set<string>): Promise<string | undefined> {
  for (const input of deepQueryAll<HTMLInputElement>(el, 'input[inputmode="numeric"]')) {
    input.value = '1';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  await sleep(0);
  const candidates = deepQueryAll<HTMLButtonElement>(el, 'button').filter(
    (b) => ACTION.test(b.textContent?.trim() ?? '') && !b.disabled && b.getAttribute('aria-disabled') !== 'true',
  );
  for (const button of candidates) {
    const label = `${button.textContent!.trim()}${button.getAttribute('aria-label') ? ` (${button.getAttribute('aria-label')})` : ''}`;
    if (tried.size > 0 && !tried.has(label)) continue; // repeating: the same action only
    button.click();
    const end = performance.now() + 2000;
    while (deepQueryAll(el, 'dialog[open]').length === 0 && performance.now() < end) await sleep(20);
    const dialog = deepQueryAll<HTMLDialogElement>(el, 'dialog[open]')[0];
    if (!dialog) continue;
    tried.add(label);
    dialog.querySelector<HTMLButtonElement>('[data-confirm]')!.click();
    return label;
  }
  return undefined;
}

/** Word counts: a word shown n times before must be shown at least n times after. */
function missingWords(before: string, after: string): string[] {
  const count = (text: string) => text.split(' ').reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>());
  const a = count(after);
  return [...count(before)].filter(([w, n]) => (a.get(w) ?? 0) < n).map(([w, n]) => `${w} ×${n - (a.get(w) ?? 0)}`);
}

interface Change {
  method: string;
  path: string;
  key: string | null;
  status?: number;
}

const FAULTS = [
  {
    name: 'HTTP 500',
    respond: () => HttpResponse.json({ code: 'unknown', message: 'FAULT-CHANGE: the ledger is locked.' }, { status: 500 }),
    message: 'FAULT-CHANGE: the ledger is locked.',
  },
  { name: 'a dropped connection', respond: () => HttpResponse.error(), message: /Could not reach the server/ },
];

/**
 * Sections that offer no change. They are checked to offer none, so a change added to one of
 * them cannot go untested here. (`<account-settings>` is mounted on its first section, the
 * read-only account details.)
 */
const READ_ONLY = new Set(['account-menu', 'account-info-panel', 'transaction-table', 'bill-table', 'account-settings']);

pinClock(NOW);
describe('faults: a change that fails', function () {
  this.timeout(20_000);

  for (const subject of subjects) {
    describe(subject.name, () => {
      if (READ_ONLY.has(subject.tag)) {
        it('is read-only: offers no change', async () => {
          expect(await changeScenario(subject, FAULTS[0])).to.equal('no change offered');
        });
        return;
      }
      for (const fault of FAULTS) {
        it(`${fault.name}: nothing lost, the reason shown; the same action then succeeds`, async () => {
          expect(await changeScenario(subject, fault)).to.not.equal('no change offered');
        });
      }
    });
  }
});

async function changeScenario(subject: Subject, fault: (typeof FAULTS)[number]): Promise<string> {
  const backend = demo();
  const changes: Change[] = [];
  let failing = true;
  // Every change (not the price quote, which is a safe question) fails while `failing`.
  const resolver: HttpResponseResolver = ({ request }) => {
    const path = new URL(request.url).pathname.slice(API_BASE.length);
    if (path.endsWith('/quote')) return undefined;
    const change: Change = { method: request.method, path, key: request.headers.get('Idempotency-Key') };
    changes.push(change);
    if (failing) return fault.respond();
    return undefined; // on to the API
  };
  const watch = watchForTrouble();
  newScenario();
  useApi(backend);
  override(http.post(`${API_BASE}/*`, resolver), http.delete(`${API_BASE}/*`, resolver));
  const el = mount(subject, httpProvider());
  try {
    const before = await settle(el);
    const tried = new Set<string>();
    const act = () => (DRIVERS[subject.tag] ?? ((e: Mounted) => genericChange(e, tried)))(el);
    const action = await act();
    if (!action) return 'no change offered';
    const shown = await waitForText(el, fault.message);
    expect(changes.length, `${action}: the change reached the server`).to.be.greaterThan(0);
    await settle(el);
    expect(missingWords(before, deepText(el)), `${action} failed: nothing may disappear from the screen`).to.deep.equal([]);
    void shown;

    // The browser is back online: the reads that failed load again by themselves, but a change is
    // never sent again by itself (whether to repeat it is the user's call).
    const sent = changes.length;
    window.dispatchEvent(new Event('online'));
    await settle(el);
    expect(changes.length, `${action}: sent again when the browser came back online`).to.equal(sent);

    // The same action again, on a healthy server.
    failing = false;
    const attempts = changes.length;
    expect(await act(), 'the action is offered again').to.equal(action);
    const end = performance.now() + 4000;
    while (changes.length === attempts && performance.now() < end) await sleep(20);
    expect(changes.length, 'the retried change reached the server').to.be.greaterThan(attempts);
    const after = await settle(el);
    expect(
      typeof fault.message === 'string' ? after.includes(fault.message) : fault.message.test(after),
      'the failure message is gone',
    ).to.equal(false);
    // The outcome of the failed attempt was unknown: the retry carries the same key, so the server
    // can drop a duplicate.
    const first = changes[0]!;
    const retry = changes[attempts]!;
    expect(first.key, 'the change carried an Idempotency-Key').to.be.a('string');
    expect(retry.key, `${action}: the retry reuses the Idempotency-Key`).to.equal(first.key);
    expectNoTrouble(watch);
    return action;
  } finally {
    watch.stop();
    el.remove();
    useApi(backend);
  }
}
