/**
 * Providers for stories: the demo provider in each state a story shows, or HttpProvider on the
 * msw mock API (the same demo data behind openapi.yaml).
 */
import { ref } from 'lit/directives/ref.js';
import { ProviderError } from '../../src/core/errors.js';
import type { AccountDataProvider } from '../../src/core/provider.js';
import { createDemoProvider, type DemoProviderOptions } from '../../src/providers/demo/index.js';
import { HttpProvider } from '../../src/providers/http/index.js';
import { createHandlers } from '../../mocks/handlers.js';

export const NOW = '2026-11-27T12:00:00Z';

export type Scenario = 'loaded' | 'loading' | 'error' | 'no-provider' | 'http' | 'zone-unavailable';
export const SCENARIOS: Scenario[] = ['loaded', 'loading', 'error', 'no-provider', 'http', 'zone-unavailable'];

const ERROR_MESSAGE = 'The PBX service is not responding. Please try again.';

/** A demo provider for the scenario (`undefined` for "no provider"). */
export function providerFor(scenario: Scenario, options: DemoProviderOptions = {}): AccountDataProvider | undefined {
  const base: DemoProviderOptions = { seed: 42, now: NOW, ...options };
  switch (scenario) {
    case 'no-provider':
      return undefined;
    case 'loading':
      return createDemoProvider({ ...base, latency: Infinity });
    case 'error': {
      const provider = createDemoProvider(base);
      for (const method of Object.keys(provider) as Array<keyof typeof provider>) {
        if (typeof provider[method] === 'function' && !['failNext', 'setLatency'].includes(method)) {
          provider.failNext(method as never, { code: 'unavailable', message: ERROR_MESSAGE, times: Infinity });
        }
      }
      return provider;
    }
    case 'zone-unavailable': {
      // The data loads, the user and the account do not: with no `time-zone` set, the section
      // shows the times in the browser's zone and says so.
      const provider = createDemoProvider(base);
      for (const method of ['getCurrentUser', 'getAccount'] as const)
        provider.failNext(method, { code: 'unavailable', message: ERROR_MESSAGE, times: Infinity });
      return provider;
    }
    case 'http':
      return new HttpProvider({ baseUrl: '/api', getAuthHeaders: () => ({ Authorization: 'Bearer story-token' }) });
    default:
      return createDemoProvider(base);
  }
}

/** msw handlers serving the demo data over the REST API, for `parameters.msw.handlers`. */
export function httpHandlers(options: DemoProviderOptions = {}) {
  return createHandlers({ provider: createDemoProvider({ seed: 42, now: NOW, ...options }), baseUrl: '/api' });
}

export const scenarioArgType = {
  control: 'select' as const,
  options: SCENARIOS,
  description: 'Which provider the story uses (demo provider in a given state, or HttpProvider over the mock API).',
};

/**
 * Makes `method` of `provider` lose its answer: the change is made, then the call rejects as a
 * dropped connection would (the "unknown outcome" stories).
 */
export function losingAnswers<K extends keyof AccountDataProvider>(
  provider: AccountDataProvider | undefined,
  method: K,
): AccountDataProvider | undefined {
  const original = provider?.[method] as ((...a: unknown[]) => Promise<unknown>) | undefined;
  if (!provider || !original) return provider;
  (provider as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
    await original.apply(provider, args);
    throw new ProviderError('network', 'Could not reach the server.');
  };
  return provider;
}

/**
 * A `ref` that waits (up to 5 s) until `ready` finds something in the element's shadow root, then
 * acts on it once: stories that show a state reached by the user's actions.
 */
export function actWhenReady<T>(ready: (root: ShadowRoot) => T | null | undefined, act: (found: T, host: Element) => void) {
  let done = false;
  return ref((el) => {
    if (!el || done) return;
    const started = performance.now();
    const attempt = () => {
      const found = el.shadowRoot ? ready(el.shadowRoot) : undefined;
      if (found) {
        done = true;
        act(found, el);
      } else if (performance.now() - started < 5000) {
        setTimeout(attempt, 16);
      }
    };
    attempt();
  });
}
