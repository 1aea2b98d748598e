/**
 * One msw worker per test file (each test file runs in its own page), with every mocked
 * response checked against openapi.yaml.
 *
 * ```ts
 * import { useApi, withSchemaCheck } from '../support/msw.js';
 * beforeEach(() => useApi(createDemoProvider({ seed: 7 })));
 * it('lists bills', withSchemaCheck(async () => { … }));
 * ```
 * (Check inside the test, not in an `afterEach`: a failing hook makes mocha skip every later test.)
 */
import { expect } from '@open-wc/testing';
import type { RequestHandler } from 'msw';
import { setupWorker } from 'msw/browser';
import type { AccountDataProvider } from '../../src/core/provider.js';
import { apiPath } from '../../mocks/base-url.js';
import { createHandlers } from '../../mocks/handlers.js';
import { validateResponse } from './openapi.js';

/** Where the test API is mounted. */
export const API_BASE = '/api';

export const worker = setupWorker();

let problems: string[] = [];
const checks = new Set<Promise<void>>();
/** Requests whose handler has finished but whose response the worker has not reported yet. */
const unreported = new Set<string>();
const reported = new Set<string>();

async function check(request: Request, response: Response): Promise<void> {
  const pathname = apiPath(request.url, API_BASE);
  if (pathname === undefined) return;
  const contentType = response.headers.get('Content-Type');
  const isJson = /^application\/([\w.-]+\+)?json\b/i.test(contentType ?? '');
  const body: unknown = response.status === 204 ? null : isJson ? await response.clone().text() : await response.clone().blob();
  problems.push(...validateResponse(request.method, pathname, response.status, contentType, body));
}

worker.events.on('request:end', ({ requestId }) => {
  if (!reported.delete(requestId)) unreported.add(requestId);
});
worker.events.on('response:bypass', ({ requestId }) => {
  if (!unreported.delete(requestId)) reported.add(requestId);
});
worker.events.on('response:mocked', ({ request, requestId, response }) => {
  if (!unreported.delete(requestId)) reported.add(requestId);
  const job = check(request, response).catch((error: unknown) => {
    problems.push(`${request.method} ${request.url}: could not check the response (${String(error)})`);
  });
  checks.add(job);
  void job.finally(() => checks.delete(job));
});

await worker.start({
  quiet: true,
  serviceWorker: { url: '/mockServiceWorker.js' },
  // Strict only for the API: the runner's own page loads must pass.
  onUnhandledRequest(request, print) {
    if (apiPath(request.url, API_BASE) !== undefined) print.error();
  },
});

/** Serves the API from `provider` (replacing any earlier handlers and overrides). */
export function useApi(provider: AccountDataProvider): void {
  worker.resetHandlers(...createHandlers({ provider, baseUrl: API_BASE }));
}

/** Adds handlers in front of the API's, until the next `useApi` / `resetHandlers`. */
export function override(...handlers: RequestHandler[]): void {
  worker.use(...handlers);
}

/**
 * Waits until every response mocked so far has been checked, then returns the problems found
 * since the last call (and forgets them). The worker reports a response a moment after the page
 * has received it; a handler that never answers (a timeout test) is not waited for.
 */
export async function takeSchemaProblems(): Promise<string[]> {
  const deadline = performance.now() + 2000;
  while (unreported.size > 0 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
  while (checks.size > 0) await Promise.all([...checks]);
  const found = problems;
  problems = [];
  return found;
}

/** Fails with the list of schema problems of the responses mocked since the last check. */
export async function expectNoSchemaProblems(): Promise<void> {
  const found = await takeSchemaProblems();
  expect(found, `responses departing from openapi.yaml:\n${found.join('\n')}`).to.deep.equal([]);
}

/** Wraps a test body so that it also fails when any response it caused departs from openapi.yaml. */
export function withSchemaCheck(fn: (this: Mocha.Context) => unknown): (this: Mocha.Context) => Promise<void> {
  return async function (this: Mocha.Context) {
    await takeSchemaProblems(); // not this test's
    await fn.call(this);
    await expectNoSchemaProblems();
  };
}
