import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { RequestHandler } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';

/**
 * Renders every story of a CSF module and checks it with axe: the "zero violations in every
 * story" bar, run in the same Chromium as the other tests. Stories that use the HTTP provider
 * get their msw handlers (`parameters.msw.handlers`) from a worker started here.
 */
interface StoryModule {
  default: { title?: string; args?: Record<string, unknown>; render?: (args: Record<string, unknown>) => TemplateResult };
  [name: string]: unknown;
}

interface StoryObject {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
  parameters?: { msw?: { handlers?: RequestHandler[] } };
}

let worker: SetupWorker | undefined;

async function useHandlers(handlers: RequestHandler[]) {
  if (!worker) {
    worker = setupWorker();
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
  }
  worker.resetHandlers(...handlers);
}

/** Lets a story settle: its loading states end (unless it shows loading on purpose). */
async function settle(root: Element) {
  const busy = () => {
    const stack: Element[] = [root];
    while (stack.length) {
      const el = stack.pop()!;
      if (el.shadowRoot) {
        if (el.shadowRoot.querySelector('[part~="loading"]')) return true;
        stack.push(...el.shadowRoot.querySelectorAll('*'));
      }
      stack.push(...el.children);
    }
    return false;
  };
  await waitUntil(() => !busy(), 'still loading', { timeout: 1500 }).catch(() => undefined);
}

export function describeStories(name: string, module: StoryModule): void {
  const meta = module.default;
  describe(`stories: ${meta.title ?? name}`, () => {
    for (const [exportName, value] of Object.entries(module)) {
      if (exportName === 'default' || typeof value !== 'object' || value === null) continue;
      const story = value as StoryObject;
      it(`${exportName} has no axe violations`, async function () {
        this.timeout(30_000);
        const handlers = story.parameters?.msw?.handlers;
        if (handlers) await useHandlers(handlers);
        const render = story.render ?? meta.render;
        expect(render, 'story has a render function').to.be.a('function');
        const el = await fixture(render!({ ...meta.args, ...story.args }));
        await settle(el);
        await expect(el).to.be.accessible();
      });
    }
  });
}
