/** SS-30 … SS-36: being built (see the Download helper's brief). */
export function DownloadView() {
  return null;
}
