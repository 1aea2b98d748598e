import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/user-panel/define.js';
import '../../src/elements/block-list/define.js';
import '../../src/elements/account-settings/define.js';
import type { AccountDataProvider } from '../../src/core/provider.js';
import { createDemoProvider } from '../../src/providers/demo/index.js';
import { HttpProvider } from '../../src/providers/http/index.js';
import type { UserPanel } from '../../src/elements/user-panel/user-panel.js';
import type { AccountSettings } from '../../src/elements/account-settings/account-settings.js';

/** Provider mistakes reach the developer (console, once, with the method names), not the user as "network". */
const text = (el: Element | null | undefined) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const MISCONFIGURED = 'The data provider is misconfigured';

function captureConsole() {
  const errors: string[] = [];
  const warnings: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  return { errors, warnings, restore: () => Object.assign(console, { error, warn }) };
}

describe('provider validation (PawElement)', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    log = captureConsole();
  });
  afterEach(() => log.restore());

  it('provider = {}: reported once with the method names; the user sees "misconfigured", not a network error', async () => {
    const provider = {} as AccountDataProvider;
    const errors: unknown[] = [];
    const el = await fixture<UserPanel>(
      html`<user-panel .provider=${provider} @provider-error=${(e: Event) => errors.push(e)}></user-panel>`,
    );
    const other = await fixture<UserPanel>(html`<block-list .provider=${provider}></block-list>`);
    await el.updateComplete;
    expect(text(el)).to.include(MISCONFIGURED);
    expect(text(el)).not.to.include('not a function');
    expect(text(other)).to.include(MISCONFIGURED);
    expect(el.matches(':state(misconfigured)')).to.equal(true);
    expect(errors).to.have.length(0);
    expect(log.errors).to.have.length(1);
    for (const name of ['getCurrentUser', 'changePassword', 'listBlockedNumbers', 'unblockNumber']) expect(log.errors[0]).to.include(name);
  });

  it('an ill-typed method is named as "not a function"', async () => {
    const provider = { ...createDemoProvider({ seed: 1 }), getCurrentUser: 'me' } as unknown as AccountDataProvider;
    const el = await fixture<UserPanel>(html`<user-panel .provider=${provider}></user-panel>`);
    await el.updateComplete;
    expect(text(el)).to.include(MISCONFIGURED);
    expect(log.errors).to.have.length(1);
    expect(log.errors[0]).to.match(/not a function: getCurrentUser/);
    expect(log.errors[0]).not.to.include('missing');
  });

  it('<account-settings> passes a misconfigured provider on, and its section says so', async () => {
    const el = await fixture<AccountSettings>(
      html`<account-settings section="user" .provider=${{ getCurrentUser: () => Promise.resolve({}) }}></account-settings>`,
    );
    await waitUntil(() => text(el.sectionElement).includes(MISCONFIGURED), 'the section never said misconfigured');
    expect(log.errors).to.have.length(1);
    expect(log.errors[0]).to.include('getAccount');
  });

  it('a string provider property is reported as not an object', async () => {
    const el = await fixture<UserPanel>(html`<user-panel .provider=${'demo' as unknown as AccountDataProvider}></user-panel>`);
    await el.updateComplete;
    expect(text(el)).to.include(MISCONFIGURED);
    expect(log.errors.join('\n')).to.include('is a string');
  });

  it('a provider attribute warns that provider is a property', async () => {
    const el = await fixture<UserPanel>(html`<user-panel provider="demo"></user-panel>`);
    expect(log.warnings).to.have.length(1);
    expect(log.warnings[0]).to.include('`provider` is a property, not an attribute');
    expect(text(el)).to.include('No data provider configured.');
  });

  it('checking reads no property through get: a Proxy provider that counts accesses sees none from it', async () => {
    const reads: PropertyKey[] = [];
    const provider = new Proxy(createDemoProvider({ seed: 3 }), {
      get(target, key, receiver) {
        reads.push(key);
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const { providerProblems } = await import('../../src/core/provider-check.js');
    expect(providerProblems(provider)).to.equal(undefined);
    expect(reads).to.deep.equal([]);
  });

  it('a complete provider: no report, no misconfigured state', async () => {
    const provider = createDemoProvider({ seed: 2 });
    const el = await fixture<UserPanel>(html`<user-panel .provider=${provider}></user-panel>`);
    const user = await provider.getCurrentUser();
    await waitUntil(() => text(el).includes(user.username), 'user never shown');
    expect(el.matches(':state(misconfigured)')).to.equal(false);
    expect(log.errors).to.have.length(0);
    expect(log.warnings).to.have.length(0);
  });
});

describe('HttpProvider options', () => {
  it('throws a clear TypeError for missing or ill-typed options', () => {
    const make = (options: unknown) => () => new HttpProvider(options as ConstructorParameters<typeof HttpProvider>[0]);
    expect(make({})).to.throw(TypeError, /options\.baseUrl is required/);
    expect(make(undefined)).to.throw(TypeError, /expects an options object/);
    expect(make({ baseUrl: '' })).to.throw(TypeError, /options\.baseUrl is required/);
    expect(make({ baseUrl: '/api', getAuthHeaders: 'token' })).to.throw(TypeError, /options\.getAuthHeaders must be a function/);
    expect(make({ baseUrl: '/api', timeoutMs: -1 })).to.throw(TypeError, /options\.timeoutMs must be a number/);
    expect(make({ baseUrl: '/api', omit: ['getCurrentUser'] })).to.throw(TypeError, /options\.omit must list optional methods only/);
    expect(make({ baseUrl: '/api', omit: ['listBills'] })).not.to.throw();
  });
});
