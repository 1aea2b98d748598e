/**
 * `pbx-account-widgets/testing`: the provider conformance checker. A host team runs it against
 * its own {@link AccountDataProvider} — in any test framework, in a browser or in Node — and the
 * project runs exactly the same checks against the providers it ships.
 *
 * ```ts
 * import { checkProvider } from 'pbx-account-widgets/testing';
 *
 * it('our provider keeps the contract', async () => {
 *   const report = await checkProvider(createOurProvider(testAccount), { mutations: true });
 *   if (!report.ok) throw new Error(report.summary());
 * });
 * ```
 *
 * @packageDocumentation
 */
export { checkProvider, OPTIONAL_METHODS, REQUIRED_METHODS } from './check-provider.js';
export { RULES } from './types.js';
export type { CheckOptions, CheckResult, ConformanceReport, RuleName } from './types.js';
export type { AccountDataProvider } from '../core/provider.js';
