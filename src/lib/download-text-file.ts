/** Hands a text file to the browser's download (a Blob behind an `<a download>`). */
export function downloadTextFile(fileName: string, text: string, type = 'text/plain'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the Blob after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
