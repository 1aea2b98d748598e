import { expect } from '@open-wc/testing';
import {
  anyGet,
  deepQueryAll,
  demo,
  expectNoTrouble,
  fetches,
  httpProvider,
  HttpResponse,
  mount,
  NOW,
  newScenario,
  override,
  referenceText,
  settle,
  subjects,
  useApi,
  waitForText,
  watchForTrouble,
  type Mounted,
} from './harness.js';
import { pinClock } from '../support/clock.js';

/*
 * The connection drops (a laptop's Wi-Fi, a train's tunnel) and comes back: the browser says so
 * with `online`. Every data element that failed to load for want of a network loads again by
 * itself, as healthy data shows it, with no Retry pressed; while it is still offline nothing is
 * asked in a loop. A change is never sent again by this (its outcome is the user's to decide).
 */
const OFFLINE = /Could not reach the server\. Check the connection and try again\./;

pinClock(NOW);
describe('faults: back online', function () {
  this.timeout(60_000);

  for (const subject of subjects) {
    it(`${subject.name}: loads by itself when the browser is back online`, async () => {
      const reference = await referenceText(subject);
      const backend = demo();
      const watch = watchForTrouble();
      let el: Mounted | undefined;
      try {
        newScenario();
        useApi(backend);
        override(anyGet(() => HttpResponse.error()));
        el = mount(subject, httpProvider());
        await waitForText(el, OFFLINE);
        await settle(el);
        const failed = fetches.length;
        // Still offline: the browser says nothing, the element asks nothing more.
        await new Promise((r) => setTimeout(r, 300));
        expect(fetches.length, 'requests while offline, after the failure').to.equal(failed);
        useApi(backend);
        window.dispatchEvent(new Event('online'));
        const text = await settle(el);
        expect(text, 'after the connection came back: what healthy data shows').to.equal(reference.text);
        expect(deepQueryAll(el, '[part~="retry-button"]'), 'Retry buttons').to.have.length(0);
        expectNoTrouble(watch);
      } finally {
        watch.stop();
        el?.remove();
        useApi(backend);
      }
    });
  }
});
