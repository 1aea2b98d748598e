/**
 * The demo host page: a plausible PBX portal that embeds <account-menu> and <account-settings>.
 * The backend switch picks the in-memory demo provider, or HttpProvider talking to the REST API
 * of openapi.yaml as implemented by the msw mock server (which serves the same demo data), or
 * KazooProvider talking to a mock of the 2600Hz Kazoo crossbar API seeded from the same data.
 */
import type { AccountDataProvider } from '../src/core/provider.js';
import { createDemoProvider } from '../src/providers/demo/index.js';
import { HttpProvider } from '../src/providers/http/index.js';
import { KazooProvider } from '../src/providers/kazoo/index.js';
import { startMockApi } from '../mocks/browser.js';
import { createKazooHandlers, KAZOO_MOCK_TOKEN } from '../mocks/kazoo/index.js';
import { isSectionId } from '../src/elements/account-settings/sections.js';

const settings = document.querySelector('account-settings')!;
const menu = document.querySelector('account-menu')!;
const backend = document.querySelector<HTMLSelectElement>('#backend')!;
const dashboard = document.querySelector<HTMLElement>('#dashboard')!;
const settingsPage = document.querySelector<HTMLElement>('#settings')!;

const demoData = { seed: 42, size: 'large' as const, latency: 150 };

async function providerFor(kind: string): Promise<AccountDataProvider> {
  if (kind === 'kazoo') {
    // Kazoo's call totals (getCallTotals) read every row of the range: the medium data set keeps them quick.
    const kazoo = createKazooHandlers({ demo: createDemoProvider({ ...demoData, size: 'medium' }) });
    const worker = await startMockApi({ provider: createDemoProvider(demoData), baseUrl: '/api', quiet: true });
    worker.use(...kazoo.handlers);
    return new KazooProvider({ baseUrl: kazoo.baseUrl, accountId: kazoo.accountId, userId: kazoo.userId, getAuthToken: () => KAZOO_MOCK_TOKEN });
  }
  if (kind === 'http') {
    await startMockApi({ provider: createDemoProvider(demoData), baseUrl: '/api', quiet: true });
    return new HttpProvider({ baseUrl: '/api', getAuthHeaders: () => ({ Authorization: 'Bearer demo-token' }) });
  }
  return createDemoProvider(demoData);
}

async function useBackend(kind: string) {
  const provider = await providerFor(kind);
  settings.provider = provider;
  menu.provider = provider;
}

/** #/account/<section> shows the settings page on that section; anything else, the dashboard. */
function route() {
  const [, page, section] = location.hash.split('/');
  const onSettings = page === 'account';
  dashboard.hidden = onSettings;
  settingsPage.hidden = !onSettings;
  if (onSettings && isSectionId(section)) settings.section = section;
}

menu.addEventListener('account-menu-select', (event) => {
  if (event.detail.item === 'account') location.hash = `#/account/${settings.section}`;
});
settings.addEventListener('section-change', (event) => {
  history.replaceState(null, '', `#/account/${event.detail.section}`);
});
settings.addEventListener('provider-error', (event) => {
  console.warn(`[demo] ${event.detail.operation} failed: ${event.detail.error.code} — ${event.detail.error.message}`);
});
backend.addEventListener('change', () => void useBackend(backend.value));
window.addEventListener('hashchange', route);

// Start the mock worker (when chosen) before the elements ask for data.
const initial = new URLSearchParams(location.search).get('backend') ?? 'demo';
backend.value = ['http', 'kazoo'].includes(initial) ? initial : 'demo';
await useBackend(backend.value);
await import('../src/all.js');
route();
