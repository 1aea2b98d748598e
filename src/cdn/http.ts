/** `dist/cdn/http.js`: HttpProvider for CDN pages (import alongside `dist/cdn/index.js`). */
export * from '../providers/http/index.js';
