// A PDF page's text items (pdf.js getTextContent) joined into lines and paragraphs by where
// they stand on the page: the content stream gives runs of text with a position, not lines.
//
// - A new line starts when the baseline moves by more than half the font size (a superscript
//   stays on its line), or when the text jumps back left by more than its size on the same
//   baseline.
// - Within a line, a space is put between two runs separated by more than a fifth of the font
//   size (PDFs often position words instead of writing the space).
// - A blank line (a new paragraph) goes where the step down to the next line is clearly larger
//   than the page's usual line step (its median), and where the text moves up the page (the
//   next column, a side box).
// Pages are joined by a blank line. Hyphens at line ends are kept as they are.

/** Lines of one page: [{y, size, x0, x_end, text}] in the order of the content stream. */
function page_lines(items) {
  const lines = [];
  let line = null;
  for (const item of items) {
    if (typeof item.str !== 'string' || !item.transform) continue; // marked-content markers
    if (item.str === '') continue; // pdf.js's end-of-line markers: positions decide here
    const [, , c, d, x, y] = item.transform;
    const size = Math.hypot(c, d) || item.height || 1;
    const width = Number.isFinite(item.width) ? item.width : 0;
    const near = line && Math.abs(y - line.y) <= 0.5 * Math.min(size, line.size);
    if (near && x - line.x_end > -size) {
      const gap = x - line.x_end;
      if (gap > 0.2 * Math.min(size, line.size) && !/\s$/.test(line.text) && !/^\s/.test(item.str)) line.text += ' ';
      line.text += item.str;
      line.x_end = Math.max(line.x_end, x + width);
    } else {
      line = { y, size, x0: x, x_end: x + width, text: item.str };
      lines.push(line);
    }
  }
  return lines;
}

function median(values) {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** One page's text: its lines, with a blank line between paragraphs. */
export function page_text(items) {
  const lines = page_lines(items)
    .map((l) => ({ ...l, text: l.text.replace(/[ \t\u00a0]{2,}/g, ' ').trim() }))
    .filter((l) => l.text !== '');
  if (!lines.length) return '';
  // The usual step down from one line to the next, among steps that look like line spacing.
  const steps = [];
  for (let i = 1; i < lines.length; i++) {
    const step = lines[i - 1].y - lines[i].y;
    if (step > 0 && step < 3 * lines[i].size) steps.push(step);
  }
  const usual = median(steps);
  let text = lines[0].text;
  for (let i = 1; i < lines.length; i++) {
    const step = lines[i - 1].y - lines[i].y;
    const size = Math.max(lines[i].size, lines[i - 1].size);
    const paragraph = step <= 0 || (usual > 0 ? step > 1.4 * usual : step > 1.8 * size);
    text += (paragraph ? '\n\n' : '\n') + lines[i].text;
  }
  return text;
}

/** The document's text from each page's items: pages one blank line apart, a final newline. */
export function document_text(pages_items) {
  const pages = pages_items.map(page_text).filter((t) => t !== '');
  return pages.length ? pages.join('\n\n') + '\n' : '';
}
