/**
 * Stand-ins for the browser's download path (`src/shared-ui/download.ts`: an object URL and a
 * click on an `<a download>`), so a test reads what an element would save. Install one per
 * test and `restore()` it in a `finally`.
 */

/** Captures the downloads an element starts (the Blob and the file name) instead of saving them. */
export function captureDownloads() {
  const files: Array<{ name: string; blob: Blob }> = [];
  const blobs = new Map<string, Blob>();
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = create(blob);
    if (blob instanceof Blob) blobs.set(url, blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.get(this.href)! });
  };
  return {
    files,
    restore() {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

/** Counts the object URLs created and revoked while it is installed. */
export function countObjectUrls() {
  const create = URL.createObjectURL;
  const revoke = URL.revokeObjectURL;
  const created: string[] = [];
  const revoked: string[] = [];
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = create(blob);
    created.push(url);
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    revoked.push(url);
    revoke(url);
  };
  return {
    created,
    revoked,
    /** URLs created and not revoked. */
    live: () => created.filter((u) => !revoked.includes(u)),
    restore() {
      URL.createObjectURL = create;
      URL.revokeObjectURL = revoke;
    },
  };
}
