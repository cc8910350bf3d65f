// The standalone HTML report: one file that opens offline, with no script, and shows the
// articles with the same highlights as the reading view, the overview tables and the legend;
// or the word diff of two articles as rendered (the same function, other sections).
//
// Its body is built from the page's own rendered DOM (whose text was set with textContent) by
// cloning, never from strings (only the fixed head is written as text): the controls are taken out (buttons become plain text, inputs
// their values), passing states (hover, focus, chosen) are cleared, and the page's style sheet
// is inlined. Its Content-Security-Policy allows inline styles and nothing else.

import { el } from './dom.js';

const kPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
// Lit-while-hovered and chosen states are the reader's moment, not the report's.
const kPassingClasses = ['twin', 'active', 'fact-twin', 'differ-lit', 'chosen', 'mention-twin', 'current'];
// In the file the columns are laid out whole: nothing scrolls on its own and no chunk is
// skipped, so the browser's find and printing see every word.
const kReportCss = `
.standalone { padding: 1rem 1.5rem 3rem; }
.standalone .column { max-height: none; }
.standalone .column-text { overflow: visible; }
.standalone .chunk { content-visibility: visible; }
.standalone .report-meta { color: var(--muted); margin: 0 0 1rem; }
.standalone .meta-value { font-weight: 600; }
.standalone .diff-text { height: auto; min-height: 0; overflow: visible; padding-bottom: 1rem; }
.standalone .diff-text::after { content: none; }
`;

/**
 * @param {{title:string, summary:string, style:string, sections:HTMLElement[]}} parts
 *   sections: the page's rendered parts to include (overview, legend, columns), in order
 * @returns {string} the whole HTML document
 */
export function standalone_report({ title, summary, style, sections }) {
  const main = el('main', { class: 'standalone' }, el('h1', null, title), el('p', { class: 'report-meta' }, summary));
  for (const section of sections) if (section) main.append(inert_copy(section));
  // The body is serialised by the browser (XMLSerializer escapes every text and attribute, and
  // writes HTML elements as HTML parsers read them); the head is ours, the style sheet is the
  // page's own, which must not be able to close its <style> element early.
  const css = style + kReportCss;
  if (/<\/style/i.test(css)) throw new Error('the style sheet cannot be inlined');
  return (
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${kPolicy}">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="color-scheme" content="light dark">\n' +
    `<title>${escape_text(title)}</title>\n<style>${css}</style>\n</head>\n<body>` +
    new XMLSerializer().serializeToString(main) +
    '</body>\n</html>\n'
  );
}

const escape_text = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A copy of `node` with nothing interactive left: what a reader sees, as plain elements. */
function inert_copy(node) {
  const copy = node.cloneNode(true);
  copy.hidden = false;
  for (const gone of copy.querySelectorAll('.column-actions, .icon-button, [hidden], script, template, dialog')) gone.remove();
  // An outlet or date nobody gave is left out rather than shown as an empty label.
  for (const field of copy.querySelectorAll('.article-meta-field')) if (!field.querySelector('input').value) field.remove();
  for (const input of copy.querySelectorAll('input, select, textarea')) input.replaceWith(value_of(input));
  for (const button of copy.querySelectorAll('button')) {
    const span = document.createElement('span');
    span.className = button.className;
    span.textContent = button.textContent;
    button.replaceWith(span);
  }
  for (const element of [copy, ...copy.querySelectorAll('*')]) {
    for (const name of ['tabindex', 'aria-pressed', 'aria-controls', 'aria-live', 'aria-busy']) element.removeAttribute(name);
    if (element.classList.length) element.classList.remove(...kPassingClasses);
  }
  return copy;
}

/** An input as text: a checkbox as nothing (the legend's switches say what they are beside
 * them), a field as its value ("" when empty). */
function value_of(input) {
  const span = document.createElement('span');
  if (input.type !== 'checkbox' && input.type !== 'radio' && input.value) {
    span.className = 'meta-value';
    span.textContent = input.value;
  }
  return span;
}
