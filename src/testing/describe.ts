import { isAbortError, isProviderError } from '../core/errors.js';

const MAX = 60;

function clip(text: string): string {
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}

/** A short, unambiguous rendering of any value for a message: `"1.5e2"`, `15`, `null`, `undefined`. */
export function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(clip(value));
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return value.toString();
  if (Array.isArray(value)) return `an array of ${value.length}`;
  try {
    const json = JSON.stringify(value);
    if (json !== undefined && json !== '{}') return clip(json);
  } catch {
    // fall through
  }
  return Object.prototype.toString.call(value);
}

/** How a rejection reads in a message: `validation error "Bad range"`, `Error("boom") (no contract code)`. */
export function showError(error: unknown): string {
  if (isProviderError(error)) {
    const field = error.field === undefined ? '' : ` (field ${show(error.field)})`;
    return `"${error.code}" error ${show(error.message)}${field}`;
  }
  if (isAbortError(error)) return 'an AbortError';
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const codeText = code === undefined ? 'no contract code' : `code ${show(code)} is not a contract code`;
    return `${error.name}(${show(error.message)}) (${codeText})`;
  }
  if (typeof error === 'string') return `the bare string ${show(error)}`;
  if (typeof error === 'object' && error !== null) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (code !== undefined || message !== undefined) {
      return `{ code: ${show(code)}, message: ${show(message)} } (not a contract error)`;
    }
  }
  return `${show(error)} (not a contract error)`;
}

/** Joins failure messages: the first few, then how many more there were. */
export function joinMessages(messages: readonly string[], max = 5): string {
  const head = messages.slice(0, max).join('; ');
  return messages.length > max ? `${head}; (+${messages.length - max} more)` : head;
}
