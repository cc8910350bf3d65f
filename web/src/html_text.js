// Turns HTML into readable plain text, on the main thread where DOMParser exists.
//
// DOMParser builds an inert document: scripts do not run and nothing is fetched. We still remove
// script/style/noscript/template because their text content is code or hidden fallback, not the
// article. Block elements become paragraphs separated by a blank line; whitespace inside a
// paragraph collapses as a browser would render it. The result is plain text: it is analysed and
// shown with textContent, never inserted as HTML.
//
// html_article.js runs Readability first and walks its article with `paragraphs_of`;
// `html_to_text` is the fallback for pages where Readability finds no article. The command-line
// tool cuts paragraphs the same way (core/html_text.cpp), so both give the same text.

const kDropped = 'script, style, noscript, template';

// Elements that start a new paragraph. Anything else is inline and joins the running text.
// core/html_text.cpp has the same list.
const kBlocks = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY',
  'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'CAPTION',
]);

/** Whitespace runs as one space, none at the ends (JavaScript's \s, as the core folds it). */
export const collapse_whitespace = (text) => text.replace(/\s+/g, ' ').trim();

/** The paragraphs of `root`'s text: one per block element, lines split at <br>. */
export function paragraphs_of(root) {
  const paragraphs = [];
  let line = '';
  let lines = [];
  const flush_line = () => {
    const clean = collapse_whitespace(line);
    if (clean) lines.push(clean);
    line = '';
  };
  const flush_paragraph = () => {
    flush_line();
    if (lines.length) paragraphs.push(lines.join('\n'));
    lines = [];
  };

  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        line += child.data;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        if (child.tagName === 'BR') {
          flush_line();
          continue;
        }
        const block = kBlocks.has(child.tagName);
        if (block) flush_paragraph();
        walk(child);
        if (block) flush_paragraph();
      }
    }
  };
  walk(root);
  flush_paragraph();
  return paragraphs;
}

/** The whole page's text (the fallback when Readability finds no article).
 * @returns {string} the text, paragraphs separated by "\n\n". */
export function html_to_text(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const node of doc.querySelectorAll(kDropped)) node.remove();

  // A news page wraps the story in its one <article> (or <main>); taking that element skips the
  // site's menus and footers, so the column's title is the headline, not "Home".
  const articles = doc.querySelectorAll('article');
  const root = (articles.length === 1 && articles[0]) || doc.querySelector('main') || doc.body || doc.documentElement;
  // A page without a heading often carries the headline only in <title>; put it first so the
  // column still gets a title.
  const title = collapse_whitespace(doc.title || '');
  const paragraphs = paragraphs_of(root);
  if (title && !root.querySelector('h1')) paragraphs.unshift(title);
  return paragraphs.join('\n\n') + '\n';
}

/**
 * Decodes an HTML file's bytes the way a browser would for a local file: a byte-order mark
 * wins, then a <meta charset> in the first 1024 bytes, then UTF-8 if it is valid, else
 * Windows-1252 (the usual encoding of older news pages).
 */
export function decode_html_bytes(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  if (meta) {
    // As in browsers, a <meta> that says UTF-16 was itself readable as ASCII, so it means UTF-8.
    const label = /^utf-16/i.test(meta[1]) ? 'utf-8' : meta[1].toLowerCase();
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown label: fall through to the guess below.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
