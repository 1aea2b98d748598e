/**
 * Compile-only: how an app's TypeScript sees the published types (`npm run build:examples` runs
 * `tsc -p examples/typings`). Each `@ts-expect-error` proves a mistake is caught.
 */
import { createElement } from 'react';
import { AccountMenu, AccountSettings, ServicePlanPanel, type AccountSettingsProps } from 'pbx-account-widgets/react';
import type { CustomElements } from 'pbx-account-widgets/jsx';
import { createDemoProvider } from 'pbx-account-widgets/demo';
import type { AccountDataProvider } from 'pbx-account-widgets';

// React 19 without the wrappers: the generated JSX typings make the tags known to TSX.
declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}

const provider = createDemoProvider();

// Wrappers: events are `on…` props with the library's detail types.
export const wrapped = (
  <>
    <AccountMenu provider={provider} onAccountMenuSelect={(e) => e.detail.item.toUpperCase()} />
    <AccountSettings section="media" onSectionChange={(e) => e.detail.previous?.length} />
    <ServicePlanPanel onUsersAdded={(e) => e.detail.cost?.amount} onProviderError={(e) => e.detail.error.code} />
  </>
);

// The shell carries its sections' bubbling events, typed.
export const shellEvents = (
  <AccountSettings
    onProviderError={(e) => e.detail.error.code.toUpperCase()}
    onUsersAdded={(e) => e.detail.count.toFixed()}
    onNumberUnblocked={(e) => e.detail.number.trim()}
  />
);
// @ts-expect-error — a method is not a prop
export const methodProp = <AccountSettings reportProviderError={() => undefined} />;

// @ts-expect-error — not a section id
export const badSection: AccountSettingsProps = { section: 'billing' };
// @ts-expect-error — users-added carries no `item`
export const badDetail = createElement(ServicePlanPanel, { onUsersAdded: (e) => e.detail.item });

// Plain custom elements, typed by dist/custom-elements-jsx.d.ts.
export const plain = (
  <>
    <account-settings section="user" time-zone="Europe/Berlin" onsection-change={(e) => e.detail.section.toUpperCase()} />
    <service-plan-panel onusers-added={(e) => e.detail.count.toFixed()} />
    {/* @ts-expect-error — not a section id */}
    <account-settings section="billing" />
  </>
);

// `/bundle` ships declarations (the same API as the root, plus registration).
export const fromBundle = async () => {
  const { ProviderError, HttpProvider } = await import('pbx-account-widgets/bundle');
  // Under exactOptionalPropertyTypes and skipLibCheck: false, HttpProvider implements the contract.
  const http: AccountDataProvider = new HttpProvider({ baseUrl: '/api/pbx' });
  return [new ProviderError('network', 'offline').code, http];
};

// The shell's JSX typings carry its sections' bubbling events, typed.
export const plainShell = <account-settings onusers-added={(e) => e.detail.count.toFixed()} onprovider-error={(e) => e.detail.operation.trim()} />;
