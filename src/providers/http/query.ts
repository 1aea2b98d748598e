/** A query parameter value; `undefined`, `null` and `''` leave the parameter out. */
export type QueryValue = string | number | boolean | null | undefined;

/** `?a=1&b=x%2By` from a record, in insertion order; `''` when nothing is left. */
export function toQueryString(params: Readonly<Record<string, QueryValue>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.append(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** A path from literal segments and values, each value percent-encoded (`+4420…` → `%2B4420…`). */
export function path(strings: TemplateStringsArray, ...values: readonly string[]): string {
  return strings.reduce((out, literal, i) => out + literal + (i < values.length ? encodeURIComponent(values[i]!) : ''), '');
}
