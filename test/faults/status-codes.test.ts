import { expect } from '@open-wc/testing';
import {
  anyGet,
  discovery,
  errorBody,
  HttpResponse,
  report,
  runLoadFault,
  subjects,
  type LoadFault,
  type Outcome,
  NOW,
} from './harness.js';
import { pinClock } from '../support/clock.js';

/*
 * SPEC §5 reliability, HTTP error statuses: every data element of ELEMENTS (and <account-settings>
 * through its first section), on an HttpProvider (no retries) over msw, shows the server's message
 * with a working Retry for 401, 403, 404, 409, 429 + Retry-After, 500, and a 502 HTML page.
 */

const FAULTS: LoadFault[] = [
  {
    name: '401 Unauthorized',
    handler: errorBody(401, 'unauthorized', 'FAULT-401: your session has expired, sign in again.'),
    message: 'FAULT-401: your session has expired, sign in again.',
  },
  {
    name: '403 Forbidden',
    handler: errorBody(403, 'forbidden', 'FAULT-403: this account is read-only for you.'),
    message: 'FAULT-403: this account is read-only for you.',
  },
  { name: '404 Not Found', handler: errorBody(404, 'not-found', 'FAULT-404: no such account.'), message: 'FAULT-404: no such account.' },
  { name: '409 Conflict', handler: errorBody(409, 'conflict', 'FAULT-409: changed elsewhere.'), message: 'FAULT-409: changed elsewhere.' },
  {
    name: '429 with Retry-After',
    handler: errorBody(429, 'rate-limited', 'FAULT-429: slow down <b>now</b>.', { 'Retry-After': '1' }),
    message: 'FAULT-429: slow down <b>now</b>.',
  },
  {
    name: '500 with a JSON error',
    handler: errorBody(500, 'unknown', 'FAULT-500: database exploded.'),
    message: 'FAULT-500: database exploded.',
  },
  {
    name: '502 with an HTML page (no JSON error body)',
    handler: anyGet(
      () => new HttpResponse('<html><body><h1>Bad gateway</h1></body></html>', { status: 502, headers: { 'Content-Type': 'text/html' } }),
    ),
    message: 'The service is temporarily unavailable. Try again later.',
  },
];

pinClock(NOW);
describe('faults: HTTP error statuses', function () {
  this.timeout(30_000);

  it('finds the data elements of ELEMENTS (and every element that calls the provider reports failures)', () => {
    expect(subjects.length).to.be.greaterThan(1);
    expect(discovery.silent, 'elements that call the provider but never report a failure').to.deep.equal([]);
  });

  for (const fault of FAULTS) {
    describe(fault.name, () => {
      let results: Map<string, Outcome>;
      before(async () => {
        results = await runLoadFault(subjects, fault);
      });
      for (const subject of subjects) {
        it(`${subject.name}: shows the message, Retry recovers`, () => report(results.get(subject.name)));
      }
      it('no unhandled rejection or console.error', () => report(results.get('trouble')));
    });
  }
});
