import { expect } from '@open-wc/testing';
import { createDemoProvider } from '../../src/providers/demo/index.js';
import { HttpProvider } from '../../src/providers/http/index.js';
import { checkProvider } from '../../src/testing/index.js';
import { API_BASE, takeSchemaProblems, useApi } from '../support/msw.js';
import { pinClock } from '../support/clock.js';

/**
 * The provider contract suite: the public conformance checker (the same one host teams run)
 * against every provider we ship, with changes and deletes on. Through HTTP every response is
 * also validated against openapi.yaml, so a handler that drifts from the API fails here.
 */
const NOW = '2026-11-27T12:00:00Z';
pinClock(NOW);
const RANGE = { from: '2026-10-01T00:00:00.000Z', to: '2026-11-27T00:00:00.000Z' };

function expectConformant(report: Awaited<ReturnType<typeof checkProvider>>) {
  expect(report.failures, report.summary()).to.deep.equal([]);
  expect(report.ok).to.equal(true);
  expect(report.results.length).to.be.greaterThan(100);
}

describe('provider contract', function () {
  this.timeout(60_000);

  it('demo provider', async () => {
    const report = await checkProvider(createDemoProvider({ seed: 21, now: NOW, size: 'small', latency: 1 }), {
      mutations: true,
      allowDelete: true,
      range: RANGE,
    });
    expectConformant(report);
  });

  it('demo provider without its optional methods', async () => {
    const provider = createDemoProvider({
      seed: 22,
      now: NOW,
      size: 'small',
      features: { quoteAddUsers: false, listBills: false, blockNumber: false, getMediaFileAudio: false, getBillDocument: false },
    });
    const report = await checkProvider(provider, { mutations: true, range: RANGE });
    expectConformant(report);
    expect(report.skipped).to.include.members(['quoteAddUsers', 'listBills', 'blockNumber', 'getMediaFileAudio', 'getBillDocument']);
  });

  it('HttpProvider over the mock API, every response valid against openapi.yaml', async () => {
    useApi(createDemoProvider({ seed: 23, now: NOW, size: 'small' }));
    await takeSchemaProblems();
    const provider = await HttpProvider.connect({ baseUrl: API_BASE, getAuthHeaders: () => ({ Authorization: 'Bearer contract' }) });
    const report = await checkProvider(provider, { mutations: true, allowDelete: true, range: RANGE, maxItems: 600 });
    expectConformant(report);
    const problems = await takeSchemaProblems();
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });
});
