import { setupWorker, type SetupWorker } from 'msw/browser';
import type { AccountDataProvider } from '../src/core/provider.js';
import { apiPath, normalizeBaseUrl } from './base-url.js';
import { createHandlers } from './handlers.js';

export interface StartMockApiOptions {
  provider: AccountDataProvider;
  /** Default `/api`. */
  baseUrl?: string;
  /** Silences msw's console messages. */
  quiet?: boolean;
}

let running: { worker: SetupWorker; started: Promise<unknown>; baseUrl: string } | undefined;

/**
 * Serves openapi.yaml's API from `provider` in this page, through msw's service worker
 * (`/mockServiceWorker.js`, from `public/`). Unhandled requests under the API prefix are errors;
 * everything else (the page's own scripts, styles, images) goes to the network untouched.
 *
 * Calling it again (a demo switching data sets) swaps the provider on the running worker; the
 * API prefix stays the one of the first call.
 */
export async function startMockApi(options: StartMockApiOptions): Promise<SetupWorker> {
  const baseUrl = normalizeBaseUrl(options.baseUrl);
  const handlers = createHandlers({ provider: options.provider, baseUrl });
  if (running) {
    if (running.baseUrl !== baseUrl) console.warn(`[mocks] the mock API is already running under ${running.baseUrl}; ${baseUrl} is not served.`);
    running.worker.resetHandlers(...handlers);
    await running.started;
    return running.worker;
  }
  const worker = setupWorker(...handlers);
  const started = worker.start({
    quiet: options.quiet ?? false,
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest(request, print) {
      if (apiPath(request.url, baseUrl) !== undefined) print.error();
    },
  });
  running = { worker, started, baseUrl };
  try {
    await started;
  } catch (error) {
    running = undefined;
    throw error;
  }
  return worker;
}
