import { expect } from '@open-wc/testing';
import { delay, type HttpHandler } from 'msw';
import type { AccountDataProvider } from '../../src/core/provider.js';
import {
  anyGet,
  deepText,
  demo,
  expectNoTrouble,
  getResponse,
  handlersFor,
  httpProvider,
  HttpResponse,
  mount,
  newScenario,
  outcome,
  override,
  referenceText,
  report,
  settle,
  subjects,
  useApi,
  watchForTrouble,
  type Outcome,
  type Subject,
  NOW,
} from './harness.js';
import { pinClock } from '../support/clock.js';

/*
 * SPEC §2: an element never shows a stale response over a newer one. Each element starts loading
 * from provider A, whose answers (OLD data, another account) come LATE_MS late; before they
 * arrive it is given provider B, whose answers (NEW data) come at once. The OLD data must never
 * appear — sampled every few ms, word by word — and the element must end up showing exactly what
 * NEW data alone shows. Twice: with a provider that aborts the superseded request (HttpProvider),
 * and with one that ignores aborts (the late answer does reach the element, which must drop it).
 * All subjects run at once (told apart by a header).
 */

const LATE_MS = 700;
const OLD_SEED = 31;
const NEW_SEED = 32;

const words = (text: string) => new Set(text.split(' '));

pinClock(NOW);
describe('faults: out-of-order responses', function () {
  this.timeout(30_000);

  for (const ignoreAbort of [false, true]) {
    describe(
      ignoreAbort ? 'the first provider ignores the abort (its late answer arrives)' : 'the first provider aborts its superseded request',
      () => {
        const results = new Map<string, Outcome>();

        before(async () => {
          // One seed at a time (each serves the API), its subjects at once.
          await Promise.all(subjects.map((subject) => referenceText(subject, OLD_SEED)));
          await Promise.all(subjects.map((subject) => referenceText(subject, NEW_SEED)));
          const oldHandlers = handlersFor(demo(OLD_SEED));
          const newHandlers = handlersFor(demo(NEW_SEED));
          newScenario();
          useApi(demo(NEW_SEED));
          serveGenerations(oldHandlers, newHandlers);
          const watch = watchForTrouble();
          await Promise.all(
            subjects.map(async (subject) => results.set(subject.name, await outcome(() => scenario(subject, ignoreAbort)))),
          );
          watch.stop();
          results.set('trouble', await outcome(() => expectNoTrouble(watch)));
          useApi(demo());
        });

        for (const subject of subjects) {
          it(`${subject.name}: the old data never shows; the new data shows exactly`, () => report(results.get(subject.name)));
        }
        it('no unhandled rejection or console.error', () => report(results.get('trouble')));
      },
    );
  }
});

/** A deliberately naive element (last answer wins, no abort): the scenario must catch it. */
class StaleProbe extends HTMLElement {
  #provider: AccountDataProvider | undefined;
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).textContent = 'Loading';
  }
  get provider() {
    return this.#provider;
  }
  set provider(provider: AccountDataProvider | undefined) {
    this.#provider = provider;
    void provider?.getAccount().then(
      (account) => (this.shadowRoot!.textContent = `${account.name} ${account.realm}`),
      () => undefined,
    );
  }
}
customElements.define('stale-probe', StaleProbe);

describe('faults: out-of-order responses — the check can fail', function () {
  this.timeout(20_000);
  it('catches an element that lets a late answer overwrite a newer one', async () => {
    const oldHandlers = handlersFor(demo(OLD_SEED));
    const newHandlers = handlersFor(demo(NEW_SEED));
    const probe: Subject = { name: '<stale-probe>', tag: 'stale-probe' };
    await referenceText(probe, OLD_SEED);
    await referenceText(probe, NEW_SEED);
    newScenario();
    useApi(demo(NEW_SEED));
    serveGenerations(oldHandlers, newHandlers);
    let failure: unknown;
    try {
      await scenario(probe, true);
    } catch (error) {
      failure = error;
    }
    useApi(demo());
    expect(String(failure)).to.match(/words of the OLD account seen on screen/);
  });
});

/** Answers the old provider's requests (`X-Generation: old`) LATE_MS late from the old seed's API, the new one's at once. */
function serveGenerations(oldHandlers: HttpHandler[], newHandlers: HttpHandler[]): void {
  override(
    anyGet(async ({ request }) => {
      const old = request.headers.get('X-Generation') === 'old';
      if (old) await delay(LATE_MS);
      return (await getResponse(old ? oldHandlers : newHandlers, request)) ?? HttpResponse.json({ message: 'no handler' }, { status: 500 });
    }),
  );
}

async function scenario(subject: Subject, ignoreAbort: boolean): Promise<void> {
  const oldText = (await referenceText(subject, OLD_SEED)).text;
  const newText = (await referenceText(subject, NEW_SEED)).text;
  const newWords = words(newText);
  const oldOnly = [...words(oldText)].filter((w) => !newWords.has(w) && w.length > 1);
  expect(oldOnly.length, `${subject.name}: the two accounts must look different`).to.be.greaterThan(0);

  const a = httpProvider({ ignoreAbort, getAuthHeaders: () => ({ 'X-Generation': 'old' }) });
  const b = httpProvider({ getAuthHeaders: () => ({ 'X-Generation': 'new' }) });
  const el = mount(subject, a);
  const seen = new Set<string>();
  let sampling = true;
  const sample = () => {
    for (const w of deepText(el).split(' ')) if (oldOnly.includes(w)) seen.add(w);
  };
  const sampler = (async () => {
    while (sampling) {
      sample();
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  try {
    await new Promise((r) => setTimeout(r, LATE_MS / 3));
    el.provider = b;
    // Settling includes the late, ignored-abort answers of provider A.
    const text = await settle(el, LATE_MS * 8);
    await new Promise((r) => setTimeout(r, 100));
    sample();
    expect([...seen], `${subject.name}: words of the OLD account seen on screen`).to.deep.equal([]);
    expect(deepText(el), `${subject.name}: exactly the NEW account`).to.equal(newText);
    expect(text).to.equal(newText);
  } finally {
    sampling = false;
    await sampler;
    el.remove();
  }
}
