import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkBlob } from '../../core/blob-check.js';
import { isAbortError, leftPageError, ProviderError, toProviderError, type ProviderErrorLike } from '../../core/errors.js';
import type { AccountDataProvider, Bill } from '../../core/provider.js';
import { downloadBlob, safeFileName } from '../../shared-ui/download.js';

export interface BillDownloadHost extends ReactiveControllerHost {
  readonly dataProvider: AccountDataProvider | undefined;
}

export interface BillDownloadOptions {
  /** The file name for `bill`; `account` is the account's name made file-friendly, when known. */
  fileName: (bill: Bill, account: string | undefined) => string;
  /** Messages for the status line. */
  saved: (fileName: string) => string;
  failed: (bill: Bill, error: ProviderErrorLike) => string;
  onError: (error: ProviderErrorLike) => void;
}

/** The account's name as a file-name part ("Harbor & Pine Legal LLP" → "Harbor-Pine-Legal-LLP"). */
function fileNamePart(name: string | undefined): string {
  return (name ?? '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

const accountNames = new WeakMap<AccountDataProvider, string>();

/** The account's name for file names: asked once per provider; a failure just leaves it out. */
async function accountName(provider: AccountDataProvider, signal: AbortSignal): Promise<string | undefined> {
  const known = accountNames.get(provider);
  if (known !== undefined) return known;
  try {
    const account = await provider.getAccount({ signal });
    const name = fileNamePart(account?.name) || fileNamePart(account?.id);
    if (name) accountNames.set(provider, name);
    return name || undefined;
  } catch (error) {
    if (isAbortError(error) || signal.aborted) throw error;
    return undefined;
  }
}

/**
 * **Download** of a bill's document: fetches it through the provider (authenticated — never a
 * URL with a credential), saves it under a meaningful name (`bill_2026-10_<account>.pdf`) through
 * a `blob:` URL that is revoked at once, and keeps a status line. One download per bill at a time;
 * leaving the page aborts the ones in flight.
 */
export class BillDownload implements ReactiveController {
  /** The last outcome, for a `role="status"` line. */
  status: { kind: 'success' | 'error'; message: string } | undefined;
  private readonly inFlight = new Set<string>();
  private readonly controllers = new Set<AbortController>();

  constructor(
    private readonly host: BillDownloadHost,
    private readonly options: BillDownloadOptions,
  ) {
    host.addController(this);
  }

  /** Whether the provider offers bill documents (the column is hidden otherwise). */
  get available(): boolean {
    return typeof this.host.dataProvider?.getBillDocument === 'function';
  }

  get busy(): boolean {
    return this.inFlight.size > 0;
  }

  isBusy(id: string): boolean {
    return this.inFlight.has(id);
  }

  hostDisconnected(): void {
    for (const c of this.controllers) c.abort(leftPageError());
    this.controllers.clear();
    this.inFlight.clear();
  }

  /** Fetches and saves `bill`'s document. Ignored while that bill's download is in flight. */
  async download(bill: Bill): Promise<void> {
    const provider = this.host.dataProvider;
    if (!provider?.getBillDocument || this.inFlight.has(bill.id)) return;
    const controller = new AbortController();
    const { signal } = controller;
    this.controllers.add(controller);
    this.inFlight.add(bill.id);
    this.status = undefined;
    this.host.requestUpdate();
    try {
      const [blob, account] = await Promise.all([provider.getBillDocument(bill.id, { signal }), accountName(provider, signal)]);
      if (signal.aborted) return;
      if (!(blob instanceof Blob)) throw new ProviderError('unknown', 'The provider returned no document.');
      // Checked by content: a sign-in page answered with 200 is never saved as a PDF.
      await checkBlob(blob, 'pdf');
      if (signal.aborted) return;
      const fileName = safeFileName(this.options.fileName(bill, account));
      downloadBlob(blob, fileName);
      this.status = { kind: 'success', message: this.options.saved(fileName) };
    } catch (error) {
      if (signal.aborted || isAbortError(error)) return;
      const failure = toProviderError(error);
      this.status = { kind: 'error', message: this.options.failed(bill, failure) };
      this.options.onError(failure);
    } finally {
      // Also stops the account look-up when the document failed first.
      controller.abort(new DOMException('The download ended.', 'AbortError'));
      this.controllers.delete(controller);
      this.inFlight.delete(bill.id);
      this.host.requestUpdate();
    }
  }
}
