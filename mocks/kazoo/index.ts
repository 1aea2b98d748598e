/**
 * A mock Kazoo crossbar server (msw) serving a demo provider's data in Kazoo's shapes, for
 * tests, Storybook and the demo page:
 *
 * ```ts
 * const kazoo = createKazooHandlers({ demo: createDemoProvider({ seed: 7 }) });
 * worker.use(...kazoo.handlers);
 * const provider = new KazooProvider({
 *   baseUrl: kazoo.baseUrl, accountId: kazoo.accountId, userId: kazoo.userId,
 *   getAuthToken: () => KAZOO_MOCK_TOKEN,
 * });
 * ```
 */
export { createKazooHandlers, KAZOO_MOCK_TOKEN, greg, isoOf, type KazooMock, type KazooMockOptions } from './handlers.js';
export type { KazooWorld } from './state.js';
