import type { CheckContext } from '../context.js';
import { show } from '../describe.js';
import { checkAbort } from './abort.js';
import { expectRejection, unexpected } from './errors.js';

type Obj = Record<string, unknown>;

/** A Blob, from this realm or another (duck-typed). */
function isBlobLike(value: unknown): value is Blob {
  if (typeof Blob !== 'undefined' && value instanceof Blob) return true;
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { size?: unknown; type?: unknown; arrayBuffer?: unknown; slice?: unknown };
  return typeof v.size === 'number' && typeof v.type === 'string' && typeof v.arrayBuffer === 'function' && typeof v.slice === 'function';
}

/** A made-up id no provider should know. */
export function unknownId(): string {
  return `conformance-check-no-such-id-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * `blob`: `method(id)` resolves to a non-empty Blob (of type audio/* when `audio`); it honours
 * abort; an unknown id rejects with "not-found". With no `id` to try, only the latter runs.
 */
export async function checkBlob(ctx: CheckContext, method: string, id: string | undefined, audio: boolean, why?: string): Promise<void> {
  ctx.pass(method, 'blob');
  if (id === undefined) {
    ctx.pass(method, 'blob', `not exercised: ${why ?? 'nothing to fetch'}`);
  } else {
    const label = `${method}(${show(id)})`;
    const invoke = (signal: AbortSignal) => ctx.invoke(method, id, { signal });
    const outcome = await ctx.call(method, label, invoke);
    ctx.pass(method, 'resolves');
    if (outcome.status === 'resolved') {
      const blob = outcome.value;
      if (!isBlobLike(blob)) ctx.fail(method, 'blob', `${label} resolved with ${show(blob)}, not a Blob`);
      else if (blob.size === 0) ctx.fail(method, 'blob', `${label} resolved with an empty Blob`);
      else if (audio && !/^audio\/[\w.+-]+/i.test(blob.type))
        ctx.fail(method, 'blob', `${label} resolved with a Blob of type ${show(blob.type)}, not audio/*`);
    } else unexpected(ctx, method, label, outcome);
    await checkAbort(ctx, method, label, invoke);
  }
  await expectRejection(
    ctx,
    method,
    'errors.unknown-id',
    `${method} of an unknown id`,
    (signal) => ctx.invoke(method, unknownId(), { signal }),
    ['not-found', 'validation'],
  );
}

/** The id of the first item that satisfies `test`. */
export function firstId(items: readonly Obj[], test: (item: Obj) => boolean = () => true): string | undefined {
  const item = items.find((i) => typeof i.id === 'string' && test(i));
  return item?.id as string | undefined;
}
