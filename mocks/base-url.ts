/** `'/api/'` → `'/api'`; the mocks' default mount is `/api` (the `servers` entry of openapi.yaml). */
export function normalizeBaseUrl(baseUrl = '/api'): string {
  return baseUrl.replace(/\/+$/, '');
}

/**
 * The API path of `url` below `baseUrl` (`/api/media/m1` → `/media/m1`), or `undefined` when the
 * URL is outside the API. A relative `baseUrl` is resolved against the page.
 */
export function apiPath(url: string | URL, baseUrl = '/api'): string | undefined {
  const base = new URL(normalizeBaseUrl(baseUrl) || '/', globalThis.location?.href ?? 'http://localhost/');
  const target = new URL(url, base);
  if (target.origin !== base.origin) return undefined;
  const prefix = base.pathname.replace(/\/+$/, '');
  if (target.pathname === prefix) return '/';
  return target.pathname.startsWith(`${prefix}/`) ? target.pathname.slice(prefix.length) : undefined;
}
