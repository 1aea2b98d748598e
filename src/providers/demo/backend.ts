import { dayOf, startOfDayInstant } from '../../core/dates.js';
import { ProviderError } from '../../core/errors.js';
import { compareMoney, subtractMoney } from '../../core/money.js';
import type * as Contract from '../../core/provider.js';
import { billPdf, generateBills, type BillDetail } from './bills.js';
import { BlockList } from './block-list.js';
import { CallSpace } from './calls.js';
import { Ledger } from './ledger.js';
import { audioBlob, generateMediaFiles, generateRecordings, type MediaEntry, type RecordingEntry } from './media.js';
import { checkRange, decodeCursor, encodeCursor, keysetPage, pageSize, queryKey } from './paging.js';
import { prorateUsers, servicePlanView } from './plan.js';
import { createWorld, type DemoWorld } from './profile.js';
import { RankedList } from './ranked-list.js';

/** Counts of generated data. */
export interface DemoSizes {
  /** International calls over the last 400 days, generated lazily (millions are fine). */
  calls: number;
  /** Most ledger rows kept (the newest). */
  transactions: number;
  /** Months of bills (and of ledger history). */
  bills: number;
  mediaFiles: number;
  recordings: number;
  blockedNumbers: number;
  /** Users on the plan. */
  users: number;
  /** Phone numbers on the plan. */
  dids: number;
}

export interface BackendConfig {
  seed: number;
  nowMs: number;
  sizes: DemoSizes;
  limits: Required<Contract.ProviderLimits>;
  currency: string;
  credit: string | undefined;
  policy: Contract.PasswordPolicy;
  /** The provider's clock (epoch ms): "now" plus the real time elapsed since creation. */
  clock: () => number;
}

/** What an upload stores (the provider has read the file). */
export interface UploadedFile {
  name: string;
  contentType: string;
  sizeBytes: number;
  durationSeconds: number | undefined;
  blob: Blob;
}

/** Days of call history. */
export const CALL_SPAN_DAYS = 400;
export const DEMO_PASSWORD = 'demo-password';

function invalid(field: string, message: string): ProviderError {
  return new ProviderError('validation', message, { field, status: 422 });
}

function checkCount(count: unknown): number {
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 1) {
    throw invalid('count', 'The number of users must be a positive whole number.');
  }
  return count;
}

const clone = <T>(value: T): T => structuredClone(value);

/** The demo account's data and every operation on it, synchronously; the provider wraps it. */
export class DemoBackend {
  readonly world: DemoWorld;
  readonly calls: CallSpace;
  private readonly c: BackendConfig;
  private readonly timeZone: string;
  private readonly startCredit: Contract.Money;
  /** The monthly total before any change: what the history (ledger, bills) was charged. */
  private readonly pastMonthly: Contract.Money;
  private password = DEMO_PASSWORD;
  private ledgerCache: Ledger | undefined;
  private billsCache: BillDetail[] | undefined;
  private recordingsCache: RankedList<RecordingEntry> | undefined;
  private readonly media: RankedList<MediaEntry>;
  private uploads = 0;
  private readonly blocked: BlockList;

  constructor(config: BackendConfig) {
    this.c = config;
    const { seed, nowMs, sizes, currency } = config;
    this.world = createWorld(seed, sizes);
    this.timeZone = this.world.profile.timezone;
    this.startCredit = { amount: config.credit ?? this.world.credit, currency };
    this.pastMonthly = servicePlanView(this.world.plan, this.startCredit).monthlyTotal;
    const today = dayOf(new Date(nowMs), this.timeZone);
    const utcOffsetMs = Date.parse(`${today}T00:00:00Z`) - Date.parse(startOfDayInstant(today, this.timeZone));
    this.calls = new CallSpace({
      seed,
      nowMs,
      count: sizes.calls,
      spanDays: CALL_SPAN_DAYS,
      utcOffsetMs,
      currency,
      extensions: this.world.extensions,
      dids: this.world.dids,
      favourites: this.world.profile.favourites,
    });
    this.media = new RankedList(generateMediaFiles(seed, nowMs, sizes.mediaFiles));
    this.blocked = new BlockList(seed, nowMs, sizes.blockedNumbers, (k) => this.calls.regularNumber(k));
  }

  private get ledger(): Ledger {
    this.ledgerCache ??= new Ledger({
      seed: this.c.seed,
      nowMs: this.c.nowMs,
      timeZone: this.timeZone,
      months: this.c.sizes.bills,
      cap: this.c.sizes.transactions,
      currency: this.c.currency,
      balance: this.startCredit.amount,
      monthlyTotal: this.pastMonthly.amount,
      calls: this.calls,
    });
    return this.ledgerCache;
  }

  private get credit(): Contract.Money {
    return this.ledgerCache?.balance ?? this.startCredit;
  }

  private plan(): Contract.ServicePlan {
    return servicePlanView(this.world.plan, this.credit);
  }

  private range(range: Contract.DateRange | undefined): [number, number] | undefined {
    return range === undefined ? undefined : checkRange(range, this.c.limits);
  }

  getCurrentUser(): Contract.User {
    return clone(this.world.user);
  }

  getPasswordPolicy(): Contract.PasswordPolicy {
    return clone(this.c.policy);
  }

  changePassword(input: Contract.PasswordChange): void {
    const { minLength, requireCurrentPassword } = this.c.policy;
    if (requireCurrentPassword && input?.currentPassword !== this.password) {
      throw invalid('currentPassword', 'The current password is not correct.');
    }
    const next = input?.newPassword;
    if (typeof next !== 'string' || next.length < minLength) {
      throw invalid('newPassword', `The new password must have at least ${minLength} characters.`);
    }
    if (next === this.password) throw invalid('newPassword', 'The new password must differ from the current one.');
    this.password = next;
  }

  getAccount(): Contract.Account {
    return clone(this.world.account);
  }

  getServicePlan(): Contract.ServicePlan {
    return this.plan();
  }

  quoteAddUsers(count: number): Contract.UsersQuote {
    const charge = prorateUsers(this.world.plan, checkCount(count), new Date(this.c.clock()), this.timeZone, this.c.currency);
    return { charge, creditAfter: subtractMoney(this.credit, charge) };
  }

  addUsers(count: number): Contract.ServicePlan {
    const { charge } = this.quoteAddUsers(count);
    if (compareMoney(charge, this.credit) > 0) {
      throw new ProviderError(
        'insufficient-credit',
        `Adding ${count} user${count === 1 ? '' : 's'} costs ${charge.amount} ${charge.currency}, more than the available credit of ${this.credit.amount} ${this.credit.currency}.`,
        { status: 402 },
      );
    }
    const ledger = this.ledger;
    this.world.plan.users += count;
    if (compareMoney(charge, { amount: '0', currency: charge.currency }) > 0) {
      ledger.append('debit', charge.amount, `Added ${count} user${count === 1 ? '' : 's'} (prorated)`, this.c.clock());
    }
    return this.plan();
  }

  removeUsers(count: number): Contract.ServicePlan {
    checkCount(count);
    const plan = this.world.plan;
    if (count > plan.users) throw new ProviderError('conflict', `The plan has only ${plan.users} users.`, { status: 409 });
    if (plan.users - count < plan.inUse) {
      throw new ProviderError('conflict', `${plan.inUse} users are in use: at most ${plan.users - plan.inUse} can be removed.`, {
        status: 409,
      });
    }
    plan.users -= count;
    return this.plan();
  }

  /** A page of calls; the first page (no cursor) also carries the range's `totals` when `withTotals` is set. */
  listInternationalCalls(q: Contract.CallQuery, withTotals = true): Contract.CallPage {
    const [fromMs, toMs] = checkRange(q?.range, this.c.limits);
    const order = q.order ?? 'newest';
    if (order !== 'newest' && order !== 'oldest') throw invalid('order', 'The order must be "newest" or "oldest".');
    const size = pageSize(q.limit, this.c.limits);
    const [lo, hi] = this.calls.indexRange(fromMs, toMs);
    const query = queryKey('calls', { fromMs, toMs, order });
    const after = decodeCursor(q.cursor, query);
    const total = hi - lo;
    const start = after === null ? 0 : after + 1;
    if (start < 0 || start > total) throw invalid('cursor', 'The cursor is out of range.');
    const end = Math.min(total, start + size);
    const items = [];
    for (let p = start; p < end; p++) items.push(this.calls.record(order === 'newest' ? lo + p : hi - 1 - p));
    const page = { items, nextCursor: end < total ? encodeCursor(query, end - 1) : null, total };
    return withTotals && after === null ? { ...page, totals: this.calls.totals(lo, hi) } : page;
  }

  /** The totals of the calls in a range (what `getCallTotals` answers), summed without holding the page's thread for long. */
  async callTotals(q: Contract.CallTotalsQuery): Promise<Contract.CallTotals> {
    const [fromMs, toMs] = checkRange(q?.range, this.c.limits);
    const [lo, hi] = this.calls.indexRange(fromMs, toMs);
    await this.calls.memoise(lo, hi, q.signal);
    return this.calls.totals(lo, hi);
  }

  listTransactions(q: Contract.PageQuery & { range?: Contract.DateRange }): Contract.Page<Contract.Transaction> {
    const range = this.range(q?.range);
    const size = pageSize(q.limit, this.c.limits);
    const rows = this.ledger.list(range);
    const query = queryKey('transactions', { range: range ?? null });
    const page = keysetPage(rows, (row) => -row.seq, query, q.cursor, size);
    return { ...page, items: page.items.map((row) => clone(row.tx)) };
  }

  private bills(): BillDetail[] {
    this.billsCache ??= generateBills({
      seed: this.c.seed,
      nowMs: this.c.nowMs,
      timeZone: this.timeZone,
      months: this.c.sizes.bills,
      monthlyTotal: this.pastMonthly,
      calls: this.calls,
    });
    return this.billsCache;
  }

  listBills(q: Contract.PageQuery & { range: Contract.DateRange }): Contract.Page<Contract.Bill> {
    const [fromMs, toMs] = checkRange(q?.range, this.c.limits);
    const size = pageSize(q.limit, this.c.limits);
    const rows = this.bills()
      .map((detail, rank) => ({ detail, rank }))
      .filter(({ detail }) => detail.issuedMs >= fromMs && detail.issuedMs < toMs);
    const page = keysetPage(rows, (row) => row.rank, queryKey('bills', { fromMs, toMs }), q.cursor, size);
    return { ...page, items: page.items.map((row) => clone(row.detail.bill)) };
  }

  getBillDocument(id: string): Blob {
    const detail = this.bills().find((b) => b.bill.id === id);
    if (!detail) throw new ProviderError('not-found', `There is no bill ${String(id)}.`, { status: 404 });
    return billPdf(detail, { ...this.world.account, address: this.world.profile.address }, this.timeZone);
  }

  listMediaFiles(q: Contract.PageQuery & { search?: string }): Contract.Page<Contract.MediaFile> {
    const size = pageSize(q?.limit, this.c.limits);
    const search = (q.search ?? '').trim().toLowerCase();
    const filter = search ? (m: MediaEntry) => m.file.name.toLowerCase().includes(search) : null;
    const page = this.media.page(queryKey('media', { search }), filter, q.cursor, size);
    return { ...page, items: page.items.map((m) => clone(m.file)) };
  }

  private mediaEntry(id: string): MediaEntry {
    const entry = this.media.find((m) => m.file.id === id);
    if (!entry) throw new ProviderError('not-found', `There is no media file ${String(id)}.`, { status: 404 });
    return entry;
  }

  getMediaFileAudio(id: string): Blob {
    const { kind, seed, file, blob } = this.mediaEntry(id);
    if (blob) return blob.slice(0, blob.size, file.contentType ?? blob.type);
    return audioBlob(kind, seed, file.durationSeconds ?? 10);
  }

  /**
   * Refuses what a server would before storing an upload: no file, an empty one, one that is not
   * audio (HTTP 415) or over `maxBytes` (HTTP 413) — all `validation` errors on field `file`.
   */
  checkUpload(file: unknown, maxBytes: number): void {
    const f = file as Partial<File> | null | undefined;
    if (!f || typeof f !== 'object' || typeof f.size !== 'number' || typeof f.type !== 'string') {
      throw invalid('file', 'No file was sent.');
    }
    if (!/^audio\/[\w.+-]+/i.test(f.type)) {
      throw new ProviderError('validation', `Only audio files can be uploaded${f.type ? ` (this one is ${f.type})` : ''}.`, {
        field: 'file',
        status: 415,
      });
    }
    if (f.size === 0) throw invalid('file', 'The file is empty.');
    if (f.size > maxBytes) {
      const mb = (n: number) => `${(n / 1_000_000).toFixed(1).replace(/\.0$/, '')} MB`;
      throw new ProviderError('validation', `The file is ${mb(f.size)}; files of up to ${mb(maxBytes)} can be uploaded.`, {
        field: 'file',
        status: 413,
      });
    }
  }

  /** Stores an upload before every other file (newest upload first) and returns it. */
  addMediaFile(upload: UploadedFile): Contract.MediaFile {
    this.uploads += 1;
    const file: Contract.MediaFile = {
      id: `media-${String(this.c.sizes.mediaFiles + this.uploads).padStart(3, '0')}`,
      name: upload.name.trim() || 'Upload',
      contentType: upload.contentType,
      sizeBytes: upload.sizeBytes,
      uploadedAt: new Date(Math.floor(this.c.clock() / 1000) * 1000).toISOString(),
    };
    if (upload.durationSeconds !== undefined) file.durationSeconds = upload.durationSeconds;
    this.media.unshift({ file, kind: 'greeting', seed: 0, blob: upload.blob });
    return clone(file);
  }

  deleteMediaFile(id: string): void {
    const entry = this.mediaEntry(id);
    this.media.remove((m) => m === entry);
  }

  private get recordings(): RankedList<RecordingEntry> {
    this.recordingsCache ??= new RankedList(
      generateRecordings(this.c.seed, this.c.nowMs, this.c.sizes.recordings, this.world.extensions, this.world.dids),
    );
    return this.recordingsCache;
  }

  listRecordings(q: Contract.PageQuery & { range?: Contract.DateRange }): Contract.Page<Contract.Recording> {
    const range = this.range(q?.range);
    const size = pageSize(q.limit, this.c.limits);
    const filter = range ? (r: RecordingEntry) => r.t >= range[0] && r.t < range[1] : null;
    const page = this.recordings.page(queryKey('recordings', { range: range ?? null }), filter, q.cursor, size);
    return { ...page, items: page.items.map((r) => clone(r.recording)) };
  }

  private recording(id: string): RecordingEntry {
    const entry = this.recordings.find((r) => r.recording.id === id);
    if (!entry) throw new ProviderError('not-found', `There is no recording ${String(id)}.`, { status: 404 });
    return entry;
  }

  getRecordingAudio(id: string): Blob {
    const { seed, recording } = this.recording(id);
    return audioBlob('conversation', seed, recording.durationSeconds);
  }

  deleteRecording(id: string): void {
    const entry = this.recording(id);
    this.recordings.remove((r) => r === entry);
  }

  listBlockedNumbers(q: Contract.PageQuery & { search?: string }): Contract.Page<Contract.BlockedNumber> {
    return clone(this.blocked.page(q?.search, q.cursor, pageSize(q.limit, this.c.limits)));
  }

  blockNumber(number: string, reason?: string): Contract.BlockedNumber {
    return clone(this.blocked.block(number, reason, Math.floor(this.c.clock() / 1000) * 1000));
  }

  unblockNumber(number: string): void {
    this.blocked.unblock(number);
  }
}
