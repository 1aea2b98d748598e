/**
 * Checks HTTP responses against the repo's openapi.yaml (fetched from the test server's root).
 *
 * `validateResponse(method, pathname, status, contentType, body)` lists every way a response
 * departs from the document: unknown route, undocumented status, wrong content type, a JSON body
 * that is malformed or does not match its schema (Ajv, JSON Schema 2020-12, strict mode), a body
 * on a response documented without one. An empty list means the response conforms.
 */
import { parse } from 'yaml';

// Ajv ships only CommonJS; the test server bundles it as an ES module at /__esm/ajv-2020.js
// (see web-test-runner.config.mjs).
const AJV_MODULE = '/__esm/ajv-2020.js';

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

const { default: Ajv2020 } = (await import(/* @vite-ignore */ AJV_MODULE)) as { default: AjvConstructor };

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
