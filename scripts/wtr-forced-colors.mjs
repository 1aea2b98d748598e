/**
 * A web-test-runner command for Chromium: `executeServerCommand('forced-colors', { active })`
 * turns Windows' high-contrast mode (`forced-colors: active`) on or off for the test page, as
 * DevTools emulates it: system colours replace the page's. The emulation lives as long as the
 * DevTools session that set it, so each page keeps its session.
 */
export function forcedColorsPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`forced-colors: not supported in ${session.browser.name}`);
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      const value = payload?.active ? 'active' : 'none';
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
    },
  };
}
