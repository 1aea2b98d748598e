/**
 * Server-side `Idempotency-Key` handling, as openapi.yaml asks of a backend: per route, a key's
 * first final answer (2xx, or a 4xx other than 401/408/429) is stored and replayed — with
 * `Idempotent-Replayed: true` — for every later request with that key, without running the change
 * again. A request with the same key while the first is still running waits for its answer. A
 * failure worth retrying (5xx, 401, 429, dropped connection) is not stored, so the retry runs.
 * The same key with a different body is refused (422).
 */

interface Snapshot {
  status: number;
  headers: [string, string][];
  body: ArrayBuffer | null;
}

interface Entry {
  fingerprint: string;
  done: Promise<Snapshot | null>;
}

function isFinal(response: Response): boolean {
  if (response.type === 'error') return false;
  if (response.status < 400) return true;
  return response.status < 500 && ![401, 408, 429].includes(response.status);
}

async function snapshot(response: Response): Promise<Snapshot> {
  return {
    status: response.status,
    headers: [...response.headers],
    body: response.status === 204 ? null : await response.clone().arrayBuffer(),
  };
}

function replay(s: Snapshot): Response {
  const headers = new Headers(s.headers);
  headers.set('Idempotent-Replayed', 'true');
  return new Response(s.body, { status: s.status, headers });
}

export class IdempotencyStore {
  readonly #entries = new Map<string, Entry>();

  /**
   * Runs `change` once per `(route, key)`; `onMismatch` answers a reused key with another body.
   * `change` must not throw (handlers turn errors into responses).
   */
  async run(route: string, key: string, fingerprint: string, change: () => Promise<Response>, onMismatch: () => Response): Promise<Response> {
    const id = `${route}\n${key}`;
    for (;;) {
      const existing = this.#entries.get(id);
      if (!existing) break;
      if (existing.fingerprint !== fingerprint) return onMismatch();
      const stored = await existing.done;
      if (stored) return replay(stored);
      // The first attempt was not final and has been forgotten: run this one.
    }
    let settle!: (s: Snapshot | null) => void;
    const entry: Entry = { fingerprint, done: new Promise((resolve) => (settle = resolve)) };
    this.#entries.set(id, entry);
    let response: Response;
    try {
      response = await change();
    } catch (error) {
      this.#entries.delete(id);
      settle(null);
      throw error;
    }
    if (isFinal(response)) {
      settle(await snapshot(response));
    } else {
      this.#entries.delete(id);
      settle(null);
    }
    return response;
  }
}
