import { afterEach, beforeEach, vi } from 'vitest';

export interface Download {
  fileName: string;
  blob: Blob;
}

/**
 * What a page hands to the browser's download (a Blob behind an `<a download>` click), for the
 * tests of one file: call at the top of a test file; read the list the call returns in each test.
 */
export function captureDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  beforeEach(() => {
    downloads.length = 0;
    blobs.clear();
    let n = 0;
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (blob: Blob) => {
          n += 1;
          const url = `blob:test/${n}`;
          blobs.set(url, blob);
          return url;
        },
        revokeObjectURL: () => undefined,
      }),
    );
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      const blob = blobs.get(this.href);
      if (blob) downloads.push({ fileName: this.download, blob });
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });
  return downloads;
}
