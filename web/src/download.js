// Saves something the page made (a session, an export) as a file on the person's machine:
// a Blob URL on a temporary link, clicked. Nothing is uploaded anywhere.

/** @param {string} name  the file name offered  @param {Blob} blob */
export function download(name, blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; revoke it a little later, once the browser
  // has surely read it.
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** "parallax-2021-02-14-0930" from the local clock: file names that sort by time. */
export function stamp(date = new Date()) {
  const two = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}-${two(date.getHours())}${two(date.getMinutes())}`;
}
