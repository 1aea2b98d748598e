/**
 * A host portal in React 19 with the typed wrappers of `pbx-account-widgets/react`: properties as
 * props (`provider`), events as `on…` props with typed details. Importing a wrapper registers its
 * element, so no other import is needed.
 */
import { useState } from 'react';
import { AccountMenu, AccountSettings } from 'pbx-account-widgets/react';
import { createDemoProvider } from 'pbx-account-widgets/demo';
import type { SectionId } from 'pbx-account-widgets';

// One provider for the page (in a real portal: new HttpProvider({ baseUrl, getAuthHeaders })).
const provider = createDemoProvider({ seed: 'examples', latency: 100 });

export function App() {
  const [page, setPage] = useState<'dashboard' | 'settings'>('dashboard');
  const [section, setSection] = useState<SectionId>('user');

  return (
    <>
      <header className="portal-header">
        <a className="portal-brand" href="#" onClick={(e) => (e.preventDefault(), setPage('dashboard'))}>
          Acme PBX
        </a>
        <AccountMenu
          provider={provider}
          onAccountMenuSelect={(e) => {
            if (e.detail.item === 'account') setPage('settings');
          }}
        />
      </header>
      <main className="portal-main">
        {page === 'settings' ? (
          <AccountSettings
            provider={provider}
            section={section}
            onSectionChange={(e) => setSection(e.detail.section)}
          />
        ) : (
          <p className="portal-dashboard">Dashboard. Open the account menu (top right) and choose Account.</p>
        )}
      </main>
    </>
  );
}
