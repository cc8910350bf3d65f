// The article of an HTML page, with Mozilla's Readability (DECISIONS.md: on the main thread, with
// DOMParser, once per file when it is loaded; the worker only analyses text).
//
// Safety: the page is parsed by DOMParser into an inert document (no browsing context): its
// scripts never run, event handlers never fire, and nothing it names (images, frames, styles,
// meta refresh) is fetched. Readability works on that document and hands back its article as an
// element of it (a serializer that returns the element, so no HTML string is ever made); we read
// only its text. Nothing from the file is inserted into the page as HTML.
// The inert document shares the page's Content-Security-Policy, so Chromium reports (and
// refuses) the file's inline handlers and styles as `securitypolicyviolation`s while parsing:
// refusals, not loads. Removing them once parsed keeps Readability's re-parses from reporting
// them again.
//
// The text: the article's paragraphs (html_text.js `paragraphs_of`), with the title first when
// Readability took the headline out of the body (it drops an <h1> that repeats the title; one
// that differs stays, and the text then opens with it). The
// command-line tool's extraction (core/html_text.h) gives the same text on simple pages.
// Metadata: title, byline, site name and publication date (YYYY-MM-DD) when the page has them.

import { Readability } from '@mozilla/readability';

import { collapse_whitespace, html_to_text, paragraphs_of } from './html_text.js';

const kIsoDate = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/;

/** "2021-02-14" from "2021-02-14T09:30:00+03:00"; "" for anything else. */
export function leading_iso_date(text) {
  const match = kIsoDate.exec(text || '');
  if (!match) return '';
  const [year, month, day] = match[1].split('-').map(Number);
  const real = new Date(Date.UTC(year, month - 1, day));
  return real.getUTCFullYear() === year && real.getUTCMonth() === month - 1 && real.getUTCDate() === day ? match[1] : '';
}

// Inline styles are refused here (the page's CSP applies to the parsed document), so
// Readability cannot see `style="display: none"`; its elements are removed by reading the
// attribute, as core/html_text.cpp does. Event handler attributes go too (see above).
const kHiddenStyle = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Before Readability: what the core's extraction also leaves out, and what would only be refused. */
function prepare(doc) {
  for (const node of doc.querySelectorAll('noscript, template')) node.remove();
  for (const node of doc.querySelectorAll('[style]')) {
    if (kHiddenStyle.test(node.getAttribute('style'))) node.remove();
    else node.removeAttribute('style');
  }
  for (const node of doc.querySelectorAll('*')) {
    for (const { name } of [...node.attributes]) if (name.startsWith('on')) node.removeAttribute(name);
  }
}

/** Whether the first text of `root` is in a heading (<h1>, <h2>; Readability turns an <h1> into
 * an <h2>): the article then has its own headline and the title is not put before it. */
function opens_with_heading(root) {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (collapse_whitespace(node.data)) return Boolean(node.parentElement.closest('h1, h2'));
  }
  return false;
}

/** Only the fields that have a value. */
function metadata_of(article) {
  const fields = {
    title: collapse_whitespace(article.title || ''),
    byline: collapse_whitespace(article.byline || ''),
    site: collapse_whitespace(article.siteName || ''),
    date: leading_iso_date(article.publishedTime),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value));
}

/**
 * @param {string} html  the decoded page
 * @param {string} name  the file's name, for the notice
 * @returns {{text: string, metadata: object, notices: string[]}}
 */
export function article_from_html(html, name) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  prepare(doc);
  let article = null;
  try {
    article = new Readability(doc, { serializer: (element) => element }).parse();
  } catch {
    article = null;  // a page Readability cannot handle: the plain extraction below
  }
  const paragraphs = article && article.content ? paragraphs_of(article.content) : [];
  if (!paragraphs.length) {
    return {
      text: html_to_text(html),
      metadata: article ? metadata_of(article) : {},
      notices: [`${name}: no article found in this page; its whole text is shown, menus and footers included.`],
    };
  }
  const metadata = metadata_of(article);
  if (metadata.title && paragraphs[0] !== metadata.title && !opens_with_heading(article.content)) paragraphs.unshift(metadata.title);
  return { text: paragraphs.join('\n\n') + '\n', metadata, notices: [] };
}
