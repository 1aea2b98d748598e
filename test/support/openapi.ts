/**
 * Checks HTTP responses against the repo's openapi.yaml (fetched from the test server's root).
 *
 * `validateResponse(method, pathname, status, contentType, body)` lists every way a response
 * departs from the document: unknown route, undocumented status, wrong content type, a JSON body
 * that is malformed or does not match its schema (Ajv, JSON Schema 2020-12, strict mode), a body
 * on a response documented without one. An empty list means the response conforms.
 */
import { parse } from 'yaml';

// ---------------------------------------------------------------------------------------------
// Ajv ships only CommonJS, which the test server hands to the browser untransformed. This tiny
// loader fetches a CommonJS module graph from /node_modules (following `require("…")` calls)
// and runs it with a `require` of its own. Enough for Ajv and its three dependencies.

interface CommonJsModule {
  exports: unknown;
}

async function fetchText(url: string): Promise<string | undefined> {
  const response = await fetch(url);
  if (!response.ok || (response.headers.get('Content-Type') ?? '').includes('text/html')) return undefined;
  return response.text();
}

async function loadCommonJs(specifier: string): Promise<unknown> {
  const sources = new Map<string, string>();
  const links = new Map<string, Map<string, string>>();

  async function resolveFile(url: URL): Promise<string | undefined> {
    const href = url.href;
    const candidates = href.endsWith('/')
      ? [`${href}index.js`]
      : /\.(c?js|json)$/.test(url.pathname)
        ? [href]
        : [`${href}.js`, `${href}/index.js`]; // (no JSON without its extension here)
    for (const candidate of candidates) {
      if (sources.has(candidate)) return candidate;
      const text = await fetchText(candidate);
      if (text !== undefined) {
        sources.set(candidate, text);
        return candidate;
      }
    }
    return undefined;
  }

  async function resolve(spec: string, from: string): Promise<string | undefined> {
    if (spec === '.' || spec === '..') return resolveFile(new URL(`${spec}/`, from));
    if (spec.startsWith('./') || spec.startsWith('../')) return resolveFile(new URL(spec, from));
    const parts = spec.split('/');
    const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
    const root = new URL(`/node_modules/${name}/`, location.origin);
    const subpath = spec.slice(name.length + 1);
    if (subpath) return resolveFile(new URL(subpath, root));
    const pkg = await fetchText(new URL('package.json', root).href);
    const main = (pkg ? (JSON.parse(pkg) as { main?: string }).main : undefined) ?? 'index.js';
    return resolveFile(new URL(main, root));
  }

  async function visit(url: string): Promise<void> {
    if (links.has(url)) return;
    const map = new Map<string, string>();
    links.set(url, map);
    if (url.endsWith('.json')) return;
    const specs = new Set([...sources.get(url)!.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!));
    await Promise.all(
      [...specs].map(async (spec) => {
        const target = await resolve(spec, url);
        if (target === undefined) return; // optional dependency (e.g. re2): fails only if executed
        map.set(spec, target);
        await visit(target);
      }),
    );
  }

  const cache = new Map<string, CommonJsModule>();
  function execute(url: string): unknown {
    const cached = cache.get(url);
    if (cached) return cached.exports;
    const module: CommonJsModule = { exports: {} };
    cache.set(url, module);
    const source = sources.get(url)!;
    if (url.endsWith('.json')) {
      module.exports = JSON.parse(source);
      return module.exports;
    }
    const require = (spec: string): unknown => {
      const target = links.get(url)?.get(spec);
      if (target === undefined) throw new Error(`Cannot find module "${spec}" (required from ${url})`);
      return execute(target);
    };
    new Function('exports', 'require', 'module', `${source}\n//# sourceURL=${url}`)(module.exports, require, module);
    return module.exports;
  }

  const entry = await resolve(specifier, location.href);
  if (entry === undefined) throw new Error(`Cannot find module "${specifier}"`);
  await visit(entry);
  return execute(entry);
}

// ---------------------------------------------------------------------------------------------
// Minimal Ajv typing (the package's own types are for its CommonJS entry).

interface AjvError {
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}
interface ValidateFunction {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}
interface Ajv {
  addSchema(schema: object): Ajv;
  addFormat(name: string, format: { type: 'string'; validate: (value: string) => boolean }): Ajv;
  compile(schema: object): ValidateFunction;
}
type AjvConstructor = new (options: Record<string, unknown>) => Ajv;

const { default: Ajv2020 } = (await loadCommonJs('ajv/dist/2020.js')) as { default: AjvConstructor };

// ---------------------------------------------------------------------------------------------
// The document.

interface MediaTypeObject {
  schema?: object;
}
interface ResponseObject {
  description?: string;
  content?: Record<string, MediaTypeObject>;
  $ref?: string;
}
interface OperationObject {
  operationId?: string;
  responses: Record<string, ResponseObject>;
}
interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, OperationObject>>;
  components: { schemas: Record<string, object>; responses?: Record<string, ResponseObject> };
}

const response = await fetch('/openapi.yaml');
if (!response.ok) throw new Error(`Cannot load /openapi.yaml (HTTP ${response.status})`);
/** openapi.yaml, parsed. */
export const openApi = parse(await response.text()) as OpenApiDocument;

const SCHEMAS_ID = 'https://pbx-account-widgets.test/openapi';

/** `#/components/schemas/X` → an absolute ref into the registered `$defs` copy. */
function rewriteRefs<T>(schema: T): T {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${SCHEMAS_ID}#/$defs/`)) as T;
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** RFC 3339 `date-time` (what JSON Schema's `format: date-time` means), with real calendar days. */
export function isDateTime(value: string): boolean {
  const m = RFC3339.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  const daysInMonth = new Date(Date.UTC(y!, mo!, 0)).getUTCDate();
  return mo! >= 1 && mo! <= 12 && d! >= 1 && d! <= daysInMonth && h! <= 23 && mi! <= 59 && s! <= 60;
}

const ajv = new Ajv2020({ strict: true, allErrors: true });
ajv.addFormat('date-time', { type: 'string', validate: isDateTime });
ajv.addSchema({ $id: SCHEMAS_ID, $defs: rewriteRefs(openApi.components.schemas) });

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  operation: OperationObject;
}

const routes: Route[] = Object.entries(openApi.paths)
  .flatMap(([template, item]) =>
    Object.entries(item).map(([method, operation]) => ({
      method: method.toUpperCase(),
      template,
      pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`),
      operation,
    })),
  )
  // Literal paths before templated ones.
  .sort((a, b) => (a.template.match(/\{/g)?.length ?? 0) - (b.template.match(/\{/g)?.length ?? 0));

function deref(r: ResponseObject): ResponseObject {
  if (!r.$ref) return r;
  const name = r.$ref.replace('#/components/responses/', '');
  const target = openApi.components.responses?.[name];
  if (!target) throw new Error(`openapi.yaml: unresolved ${r.$ref}`);
  return target;
}

const validators = new Map<string, ValidateFunction>();
function validatorFor(key: string, schema: object): ValidateFunction {
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(rewriteRefs(schema));
    validators.set(key, validate);
  }
  return validate;
}

const isJson = (mediaType: string): boolean => mediaType === 'application/json' || mediaType.endsWith('+json');

function mediaTypeMatches(documented: string, actual: string): boolean {
  if (documented === actual || documented === '*/*') return true;
  return documented.endsWith('/*') && actual.startsWith(documented.slice(0, -1));
}

/** The operation documented for `method` and `pathname` (relative to the API base, e.g. `/media/m1`). */
export function findOperation(method: string, pathname: string): { template: string; operation: OperationObject } | undefined {
  const route = routes.find((r) => r.method === method.toUpperCase() && r.pattern.test(pathname));
  return route && { template: route.template, operation: route.operation };
}

/**
 * Problems with one response, `[]` when it conforms.
 * @param pathname below the API base (`/bills/b1/document`), without the query string
 * @param body the response text for JSON media types (parsed here); ignored for binary ones
 */
export function validateResponse(method: string, pathname: string, status: number, contentType: string | null, body: unknown): string[] {
  const where = `${method.toUpperCase()} ${pathname} → ${status}`;
  const route = routes.find((r) => r.method === method.toUpperCase() && r.pattern.test(pathname));
  if (!route) return [`${where}: no such operation in openapi.yaml`];
  const responses = route.operation.responses;
  const documented = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses['default'];
  if (!documented) return [`${where}: status not documented for ${method.toUpperCase()} ${route.template}`];
  const spec = deref(documented);
  const mediaType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const hasBody = body !== undefined && body !== null && body !== '' && !(body instanceof Blob && body.size === 0);
  if (!spec.content) return hasBody ? [`${where}: documented without a body, got ${mediaType || 'a body'}`] : [];
  const match = Object.keys(spec.content).find((documentedType) => mediaTypeMatches(documentedType, mediaType));
  if (match === undefined) return [`${where}: content type "${mediaType}" is not one of ${Object.keys(spec.content).join(', ')}`];
  if (!isJson(match)) return hasBody ? [] : [`${where}: empty ${mediaType} body`];
  let value: unknown = body;
  if (typeof body === 'string') {
    try {
      value = JSON.parse(body);
    } catch {
      return [`${where}: body is not valid JSON`];
    }
  }
  const schema = spec.content[match]!.schema;
  if (!schema) return [];
  const validate = validatorFor(`${route.method} ${route.template} ${status} ${match}`, schema);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => {
    const detail = 'additionalProperty' in e.params ? ` "${String(e.params['additionalProperty'])}"` : '';
    return `${where}: ${e.instancePath || '/'} ${e.message ?? 'is invalid'}${detail}`;
  });
}
