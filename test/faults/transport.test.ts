import { expect } from '@open-wc/testing';
import { delay } from 'msw';
import {
  anyGet,
  demo,
  expectNoTrouble,
  fetches,
  httpProvider,
  HttpResponse,
  mount,
  newScenario,
  override,
  report,
  runLoadFault,
  subjects,
  useApi,
  watchForTrouble,
  type LoadFault,
  type Outcome,
  NOW,
} from './harness.js';
import { pinClock } from '../support/clock.js';

/*
 * SPEC §5 reliability, the transport: a dropped connection, malformed JSON, a body of the wrong
 * shape, a response that never comes (the provider's timeout, and the element removed while it
 * waits: the request must be aborted). Every data element of ELEMENTS, on an HttpProvider.
 */

const FAULTS: LoadFault[] = [
  {
    name: 'network error',
    handler: anyGet(() => HttpResponse.error()),
    message: /Could not reach the server\. Check the connection and try again\./,
  },
  {
    name: 'malformed JSON',
    handler: anyGet(() => new HttpResponse('{"items": [{"id": "1", ', { status: 200, headers: { 'Content-Type': 'application/json' } })),
    message: /Unexpected response from GET \/[\w/-]+: the body is not valid JSON\./,
  },
  {
    name: 'JSON of the wrong shape',
    handler: anyGet(() => HttpResponse.json({ unexpected: '<img src=x onerror=alert(1)>' })),
    message: /Unexpected response from GET \/[\w/-]+: \$\.\w+ should be/,
  },
  {
    name: 'a response that never comes (timeout)',
    handler: anyGet(async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }),
    message: /The server did not answer in time \(GET \/[\w/-]+ timed out after 5000 ms\)\./,
    // The same provider must get the healthy answers after Retry in time: six elements reload at
    // once, and on a loaded 2-core machine an msw round trip that takes milliseconds alone can
    // take a second or more (with 400 ms, then 1200 ms, retried requests sometimes timed out too).
    // 5 s is far beyond any healthy answer; an element that looks up the time zone first waits
    // for it three times (user, account, data) before it shows the message.
    provider: { timeoutMs: 5000 },
  },
];

pinClock(NOW);
describe('faults: transport', function () {
  // The timeout scenario alone waits 3 × 5 s before the messages show.
  this.timeout(60_000);

  for (const fault of FAULTS) {
    describe(fault.name, () => {
      let results: Map<string, Outcome>;
      before(async () => {
        results = await runLoadFault(subjects, fault);
      });
      for (const subject of subjects) {
        it(`${subject.name}: shows the message, Retry recovers`, () => report(results.get(subject.name)));
      }
      it('no unhandled rejection or console.error', () => report(results.get('trouble')));
    });
  }

  describe('a response that never comes: removing the element aborts every request', () => {
    for (const subject of subjects) {
      it(subject.name, async () => {
        const backend = demo();
        const watch = watchForTrouble();
        newScenario();
        useApi(backend);
        override(
          anyGet(async () => {
            await delay('infinite');
            return HttpResponse.json({});
          }),
        );
        const first = fetches.length;
        const el = mount(subject, httpProvider({ timeoutMs: 30_000 }));
        try {
          const end = performance.now() + 3000;
          while (fetches.length === first && performance.now() < end) await new Promise((r) => setTimeout(r, 10));
          const mine = fetches.slice(first);
          expect(mine.length, 'a request was sent').to.be.greaterThan(0);
          el.remove();
          await new Promise((r) => setTimeout(r, 0));
          const open = mine.filter((f) => !f.settled && !f.signal?.aborted).map((f) => `${f.method} ${f.path}`);
          expect(open, 'requests still open after the element left').to.deep.equal([]);
          // The aborts settle the fetches, and nothing surfaces as an error.
          await new Promise((r) => setTimeout(r, 50));
          expect(
            mine.filter((f) => !f.settled).map((f) => `${f.method} ${f.path}`),
            'fetches never settled',
          ).to.deep.equal([]);
          expectNoTrouble(watch);
        } finally {
          watch.stop();
          el.remove();
          useApi(backend);
        }
      });
    }
  });
});
