import { DEV } from './dev.js';
import type { AccountDataProvider } from './provider.js';

/** The methods every provider has (the contract: docs/provider-contract.md). */
export const REQUIRED_PROVIDER_METHODS = [
  'getCurrentUser',
  'changePassword',
  'getAccount',
  'getServicePlan',
  'addUsers',
  'removeUsers',
  'listInternationalCalls',
  'listTransactions',
  'listMediaFiles',
  'deleteMediaFile',
  'listRecordings',
  'getRecordingAudio',
  'deleteRecording',
  'listBlockedNumbers',
  'unblockNumber',
] as const satisfies ReadonlyArray<keyof AccountDataProvider>;

/** The methods a provider may leave out (their UI is then off); when present they are functions. */
export const OPTIONAL_PROVIDER_METHODS = [
  'getPasswordPolicy',
  'quoteAddUsers',
  'getCallTotals',
  'listBills',
  'getBillDocument',
  'getMediaFileAudio',
  'uploadMediaFile',
  'blockNumber',
] as const satisfies ReadonlyArray<keyof AccountDataProvider>;

export type ProviderMethodName = (typeof REQUIRED_PROVIDER_METHODS)[number] | (typeof OPTIONAL_PROVIDER_METHODS)[number];

/** What is wrong with a value set as `provider`; `undefined` when nothing is. */
export interface ProviderProblems {
  /** Not an object at all (e.g. a string): `typeof` the value. */
  notAnObject?: string;
  /** Required methods that are absent. */
  missing: ProviderMethodName[];
  /** Methods (required or optional) that are present but not functions. */
  notFunctions: ProviderMethodName[];
}

const checked = new WeakMap<object, ProviderProblems | null>();

/**
 * What `name` is on `provider`, read through property descriptors along the prototype chain —
 * never through `get`, so checking runs no getter and no Proxy `get` trap (a provider wrapper
 * that counts or fails calls sees nothing). An accessor counts as present and callable.
 */
function inspect(provider: object, name: string): 'missing' | 'function' | 'other' {
  for (let obj: object | null = provider; obj !== null && obj !== Object.prototype; obj = Object.getPrototypeOf(obj) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(obj, name);
    if (!descriptor) continue;
    if (descriptor.get || descriptor.set) return 'function';
    const value: unknown = descriptor.value;
    return value === undefined || value === null ? 'missing' : typeof value === 'function' ? 'function' : 'other';
  }
  return 'missing';
}

/** Checks `provider` against the contract's method list (memoized per object). */
export function providerProblems(provider: unknown): ProviderProblems | undefined {
  if (provider === undefined || provider === null) return undefined;
  if (typeof provider !== 'object' && typeof provider !== 'function') {
    return { notAnObject: typeof provider, missing: [...REQUIRED_PROVIDER_METHODS], notFunctions: [] };
  }
  const known = checked.get(provider);
  if (known !== undefined) return known ?? undefined;
  const missing: ProviderMethodName[] = [];
  const notFunctions: ProviderMethodName[] = [];
  for (const name of REQUIRED_PROVIDER_METHODS) {
    const kind = inspect(provider, name);
    if (kind === 'missing') missing.push(name);
    else if (kind === 'other') notFunctions.push(name);
  }
  for (const name of OPTIONAL_PROVIDER_METHODS) if (inspect(provider, name) === 'other') notFunctions.push(name);
  const problems = missing.length || notFunctions.length ? { missing, notFunctions } : null;
  checked.set(provider, problems);
  return problems ?? undefined;
}

/** The methods named in `problems` (missing or not functions), in contract order. */
export function brokenMethods(problems: ProviderProblems): ProviderMethodName[] {
  return [...problems.missing, ...problems.notFunctions];
}

/** One line for the console naming every broken method. */
export function describeProviderProblems(problems: ProviderProblems): string {
  if (!DEV)
    return problems.notAnObject
      ? `provider is a ${problems.notAnObject}`
      : `provider lacks or mistypes: ${brokenMethods(problems).join(', ')}`;
  if (problems.notAnObject) {
    return `the provider is a ${problems.notAnObject}, not an object implementing AccountDataProvider (set the \`provider\` property to a provider object, e.g. new HttpProvider({ baseUrl }) or createDemoProvider())`;
  }
  const parts: string[] = [];
  if (problems.missing.length) parts.push(`missing method(s): ${problems.missing.join(', ')}`);
  if (problems.notFunctions.length) parts.push(`not a function: ${problems.notFunctions.join(', ')}`);
  return `the provider does not implement AccountDataProvider — ${parts.join('; ')}`;
}

const reported = new WeakSet<object>();
const reportedPrimitives = new Set<unknown>();

/** Reports `provider`'s problems to the console once per provider (value). */
export function reportProviderProblems(provider: unknown, problems: ProviderProblems, tag: string): void {
  if (typeof provider === 'object' && provider !== null) {
    if (reported.has(provider)) return;
    reported.add(provider);
  } else {
    if (reportedPrimitives.has(provider)) return;
    reportedPrimitives.add(provider);
  }
  console.error(
    `pbx-account-widgets: <${tag}>: ${describeProviderProblems(problems)}${DEV ? '. The elements show "misconfigured" instead of loading.' : ''}`,
  );
}
