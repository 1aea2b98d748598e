export { HttpProvider, type HttpProviderOptions, type OptionalProviderMethod } from './http-provider.js';
export type { AuthHeaderSupplier } from './request.js';
