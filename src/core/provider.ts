/**
 * The data-provider contract: everything an element knows about a backend.
 *
 * Elements only ever talk to an {@link AccountDataProvider}; the host supplies one
 * (the demo provider, {@link HttpProvider}, or its own). Optional methods switch the
 * matching UI action off when they are absent.
 *
 * @packageDocumentation
 */

/** Exact decimal in major units, e.g. `"15.00"`, `"0.0125"`, `"-3.20"`. Never a float. */
export interface Money {
  amount: string;
  /** ISO 4217 code, e.g. `"USD"`. */
  currency: string;
}

/** Half-open interval `[from, to)` of ISO 8601 instants. */
export interface DateRange {
  from: string;
  to: string;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /**
   * For changes (buy, remove, delete, block, unblock): one key per user action, reused when the
   * user retries that same action, so a backend can drop the duplicate. Providers that talk to a
   * server send it (HTTP: `Idempotency-Key`); others may ignore it.
   */
  idempotencyKey?: string;
}

export interface PageQuery extends RequestOptions {
  /** `null` or absent for the first page; then the previous page's `nextCursor`. */
  cursor?: string | null;
  /** Page size wanted; a provider may return fewer (never more than `limits.maxPageSize`). */
  limit?: number;
}

export interface Page<T> {
  items: T[];
  /** Opaque; `null` on the last page. */
  nextCursor: string | null;
  /** Number of items in the whole query, when the backend knows it cheaply. */
  total?: number;
}

export interface User {
  id: string;
  username: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  /** IANA time zone, e.g. `"Europe/Berlin"`. */
  timezone?: string;
}

export interface PasswordPolicy {
  minLength: number;
  requireCurrentPassword: boolean;
}

export interface Contact {
  role: string;
  name?: string;
  email?: string;
  phone?: string;
  address?: string;
}

export interface Account {
  id: string;
  name: string;
  realm: string;
  /** IANA time zone. */
  timezone?: string;
  contacts: Contact[];
}

export interface PlanLine {
  label: string;
  quantity: number;
  unitPrice: Money;
  total: Money;
}

export interface ServicePlan {
  name: string;
  users: { quantity: number; inUse?: number; unitPrice: Money; total: Money };
  dids: { quantity: number; unitPrice: Money; total: Money };
  otherLines?: PlanLine[];
  monthlyTotal: Money;
  /** Credit available for purchases. */
  credit: Money;
}

export interface UsersQuote {
  /** What is charged now for the users (activation, a prorated part of the month). */
  charge: Money;
  /** The credit left after the charge, when the purchase is paid from the credit. */
  creditAfter?: Money;
  /**
   * How much the recurring (monthly) charge rises with the users, when the backend says so
   * separately from the charge now (a billing system that invoices the change monthly).
   */
  monthlyIncrease?: Money;
}

export interface CallRecord {
  id: string;
  startedAt: string;
  from: string;
  to: string;
  destination?: string;
  /** ISO 3166-1 alpha-2 of the destination. */
  countryCode?: string;
  durationSeconds: number;
  ratePerMinute: Money;
  charge: Money;
}

export interface CallTotals {
  minutes: number;
  charges: Money;
  calls?: number;
}

export type CallOrder = 'newest' | 'oldest';

export interface CallQuery extends PageQuery {
  range: DateRange;
  order?: CallOrder;
}

/**
 * A page of calls. `totals` are the whole range's, on the first page (no cursor): required
 * there unless the provider has {@link AccountDataProvider.getCallTotals}, which the call log
 * then asks instead (and ignores `totals` on pages).
 */
export interface CallPage extends Page<CallRecord> {
  totals?: CallTotals;
}

/** The calls whose totals {@link AccountDataProvider.getCallTotals} sums. */
export interface CallTotalsQuery extends RequestOptions {
  range: DateRange;
}

export interface Transaction {
  id: string;
  createdAt: string;
  kind: 'credit' | 'debit';
  /** Always positive; `kind` gives the direction. */
  amount: Money;
  description: string;
  balanceAfter?: Money;
}

export type BillStatus = 'paid' | 'unpaid' | 'overdue';

export interface Bill {
  id: string;
  issuedAt: string;
  /** The billed period is the half-open `[periodStart, periodEnd)`, like every range here. */
  periodStart: string;
  periodEnd: string;
  amount: Money;
  status: BillStatus;
  dueAt?: string;
  hasDocument?: boolean;
}

export interface MediaFile {
  id: string;
  name: string;
  contentType?: string;
  sizeBytes?: number;
  durationSeconds?: number;
  uploadedAt?: string;
}

export interface Recording {
  id: string;
  from: string;
  to: string;
  startedAt: string;
  durationSeconds: number;
  contentType?: string;
  sizeBytes?: number;
}

export interface BlockedNumber {
  number: string;
  blockedAt?: string;
  reason?: string;
}

export interface ProviderLimits {
  /** Longest date range, in days, a list query may span. */
  maxRangeDays?: number;
  /** Largest `limit` a list query may ask for. */
  maxPageSize?: number;
}

export interface PasswordChange {
  currentPassword?: string;
  newPassword: string;
}

export interface BlockOptions extends RequestOptions {
  reason?: string;
}

/** Options of {@link AccountDataProvider.uploadMediaFile}. */
export interface UploadOptions extends RequestOptions {
  /**
   * Called as the file goes out: bytes of the file sent so far and its size. A provider that
   * cannot measure progress calls it at least once when the file has been sent (`total, total`),
   * or never.
   */
  onProgress?: (loaded: number, total: number) => void;
}

/**
 * What every element loads and changes data through. All methods return promises and
 * honour `signal`; failures reject with an error carrying a {@link ProviderErrorCode}.
 */
export interface AccountDataProvider {
  readonly limits?: ProviderLimits | undefined;
  /**
   * Names this provider's change journal in `sessionStorage` (confirmed changes whose answer was
   * lost are kept there for the session, so a reload reuses their idempotency keys). Needed only
   * on a page with more than one provider; default `"default"`.
   */
  readonly journalId?: string | undefined;
  getCurrentUser(o?: RequestOptions): Promise<User>;
  getPasswordPolicy?(o?: RequestOptions): Promise<PasswordPolicy>;
  changePassword(input: PasswordChange, o?: RequestOptions): Promise<void>;
  getAccount(o?: RequestOptions): Promise<Account>;
  getServicePlan(o?: RequestOptions): Promise<ServicePlan>;
  quoteAddUsers?(count: number, o?: RequestOptions): Promise<UsersQuote>;
  addUsers(count: number, o?: RequestOptions): Promise<ServicePlan>;
  removeUsers(count: number, o?: RequestOptions): Promise<ServicePlan>;
  listInternationalCalls(q: CallQuery): Promise<CallPage>;
  /**
   * The totals of the calls in a range, apart from the rows. Optional: with it the call log asks
   * for the first page and the totals at once and shows the rows without waiting for the sums (a
   * backend that sums by reading every call of the range, as Kazoo's does, answers a page long
   * before the totals); its pages then need no `totals`. Without it the first page carries them.
   */
  getCallTotals?(q: CallTotalsQuery): Promise<CallTotals>;
  listTransactions(q: PageQuery & { range?: DateRange }): Promise<Page<Transaction>>;
  listBills?(q: PageQuery & { range: DateRange }): Promise<Page<Bill>>;
  getBillDocument?(id: string, o?: RequestOptions): Promise<Blob>;
  listMediaFiles(q: PageQuery & { search?: string }): Promise<Page<MediaFile>>;
  getMediaFileAudio?(id: string, o?: RequestOptions): Promise<Blob>;
  /**
   * Uploads an audio file (an announcement, hold music, a prompt) and resolves with the new
   * media file once the backend has stored it. Optional: without it no upload is offered.
   *
   * The backend is the authority on what it accepts: a file that is not audio (`audio/*`) or
   * is over its size limit rejects with `validation` and `field: 'file'`. Aborting `signal`
   * cancels the upload; an `idempotencyKey` reused for a retry of the same upload never stores
   * the file twice.
   */
  uploadMediaFile?(file: File, o?: UploadOptions): Promise<MediaFile>;
  deleteMediaFile(id: string, o?: RequestOptions): Promise<void>;
  listRecordings(q: PageQuery & { range?: DateRange }): Promise<Page<Recording>>;
  getRecordingAudio(id: string, o?: RequestOptions): Promise<Blob>;
  deleteRecording(id: string, o?: RequestOptions): Promise<void>;
  listBlockedNumbers(q: PageQuery & { search?: string }): Promise<Page<BlockedNumber>>;
  blockNumber?(number: string, o?: BlockOptions): Promise<BlockedNumber>;
  unblockNumber(number: string, o?: RequestOptions): Promise<void>;
}
