declare const __PAW_DEV__: boolean | undefined;

/**
 * Whether the long, explanatory console messages are built in. `false` only in a build that
 * defines `__PAW_DEV__` as `false` (the CDN build, `vite.cdn.config.ts`): there each message keeps
 * its facts (tag, method names) and the minifier drops the explanation. Everywhere else — the
 * npm modules, tests, the dev server — it is `true`. Behaviour never depends on it.
 */
export const DEV: boolean = typeof __PAW_DEV__ === 'undefined' || __PAW_DEV__;
