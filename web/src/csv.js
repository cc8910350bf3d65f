// CSV for spreadsheet apps (RFC 4180): fields with a comma, quote or line break are quoted, with
// quotes doubled; lines end with CRLF; a UTF-8 byte order mark comes first, so Excel reads
// "Zürich" and "—" as UTF-8 rather than as the system's code page.

const kBom = '\uFEFF';

/**
 * @param {(string|number|null)[][]} rows  the first row is the header
 * @returns {string}
 */
export function to_csv(rows) {
  return kBom + rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

function field(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  let text = String(value);
  // A text cell starting with = + - @ would be run as a formula by spreadsheet apps (article
  // text can start with anything): a leading apostrophe keeps it text, as they document.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
