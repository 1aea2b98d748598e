import { expect } from '@open-wc/testing';
import { delay } from 'msw';
import {
  anyGet,
  deepQueryAll,
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
 * SPEC §5 reliability, slow servers: every answer 3 s late (the element shows it is loading, no
 * error, then exactly the healthy render), and a 429 whose Retry-After the HttpProvider honours
 * (with one retry allowed: the user never sees an error). All subjects run at once (the scenarios
 * are independent, told apart by a header), so the file takes about one chain of delays, not one
 * per element.
 */

const SLOW_MS = 3000;

pinClock(NOW);
describe('faults: slow answers', function () {
  this.timeout(30_000);

  describe(`every answer ${SLOW_MS / 1000} s late`, () => {
    const results = new Map<string, Outcome>();
    before(async () => {
      await Promise.all(subjects.map((subject) => referenceText(subject)));
      const backend = demo();
      const handlers = handlersFor(backend);
      newScenario();
      useApi(backend);
      // The first request to each path, per element, is SLOW_MS late (a chain of loads — zone,
      // then rows — is slow at every step, but later pages are not, to bound the file's time).
      const seen = new Set<string>();
      override(
        anyGet(async ({ request }) => {
          const key = `${request.headers.get('X-Scenario') ?? ''} ${new URL(request.url).pathname}`;
          if (!seen.has(key)) {
            seen.add(key);
            await delay(SLOW_MS);
          }
          return (await getResponse(handlers, request)) ?? HttpResponse.json({ message: 'no handler' }, { status: 500 });
        }),
      );
      const watch = watchForTrouble();
      await Promise.all(subjects.map(async (subject) => results.set(subject.name, await outcome(() => slowScenario(subject)))));
      watch.stop();
      results.set('trouble', await outcome(async () => expectNoTrouble(watch)));
      useApi(backend);
    });

    async function slowScenario(subject: Subject) {
      const reference = await referenceText(subject);
      const started = performance.now();
      const el = mount(subject, httpProvider({ timeoutMs: 10_000, getAuthHeaders: () => ({ 'X-Scenario': subject.name }) }));
      try {
        // Half-way through the wait: loading shown, no error, no Retry.
        await new Promise((r) => setTimeout(r, SLOW_MS / 2));
        expect(deepQueryAll(el, '[part~="loading"], [aria-busy="true"]').length, `${subject.name} shows it is loading`).to.be.greaterThan(
          0,
        );
        expect(
          deepQueryAll(el, '[part~="error"], [part~="retry-button"]').map((e) => deepText(e)),
          `${subject.name} shows no error while waiting`,
        ).to.deep.equal([]);
        const text = await settle(el, SLOW_MS * 4);
        expect(performance.now() - started).to.be.at.least(SLOW_MS);
        expect(text, `${subject.name} after the slow answer`).to.equal(reference.text);
      } finally {
        el.remove();
      }
    }

    for (const subject of subjects) {
      it(`${subject.name}: shows loading, then exactly the healthy render`, () => report(results.get(subject.name)));
    }
    it('no unhandled rejection or console.error meanwhile', () => report(results.get('trouble')));
  });

  describe('429 with Retry-After: 1, one retry allowed', () => {
    const results = new Map<string, Outcome>();
    before(async () => {
      await Promise.all(subjects.map((subject) => referenceText(subject)));
      const backend = demo();
      newScenario();
      useApi(backend);
      // The first request for each URL, per element (told apart by a header), is refused.
      const refused = new Set<string>();
      override(
        anyGet(({ request }) => {
          const url = new URL(request.url);
          const key = `${request.headers.get('X-Scenario') ?? ''} ${url.pathname}${url.search}`;
          if (refused.has(key)) return undefined; // on to the API's handlers
          refused.add(key);
          return HttpResponse.json(
            { code: 'rate-limited', message: 'FAULT-429: slow down.' },
            { status: 429, headers: { 'Retry-After': '1' } },
          );
        }),
      );
      const watch = watchForTrouble();
      await Promise.all(
        subjects.map(async (subject) => {
          const result = await outcome(async () => {
            const reference = await referenceText(subject);
            const started = performance.now();
            const el = mount(subject, httpProvider({ retries: 1, getAuthHeaders: () => ({ 'X-Scenario': subject.name }) }));
            try {
              const errors: string[] = [];
              el.addEventListener('provider-error', (e) =>
                errors.push((e as CustomEvent<{ error: { message: string } }>).detail.error.message),
              );
              const text = await settle(el, 8000);
              expect(errors, `${subject.name}: no provider-error`).to.deep.equal([]);
              expect(text, `${subject.name} after the retry`).to.equal(reference.text);
              // Its first request was refused: the data cannot be there before Retry-After passed.
              expect(performance.now() - started, `${subject.name} waited for Retry-After`).to.be.at.least(950);
            } finally {
              el.remove();
            }
          });
          results.set(subject.name, result);
        }),
      );
      watch.stop();
      results.set(
        'trouble',
        await outcome(async () => {
          expectNoTrouble(watch);
        }),
      );
      useApi(backend);
    });

    for (const subject of subjects) {
      it(`${subject.name}: waits, retries once, shows the data and no error`, () => report(results.get(subject.name)));
    }
    it('every retry waited for Retry-After; no unhandled rejection or console.error', () => report(results.get('trouble')));
  });
});
