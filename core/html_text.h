// The article text of an HTML page, for callers without a browser (the
// command-line tool; the page uses Readability instead, DECISIONS.md), so
// that both give the same text on simple pages: one <article> holding an <h1>
// and paragraphs, with the site's menus, ads and footer around it.
//
// - The article: the page's one <article>, else its <main>, else <body>.
// - Left out: script, style, noscript, template, nav, footer, aside, form,
//   header (outside the article; inside it a <header> holds the headline),
//   iframe, svg, buttons and inputs; hidden elements (hidden, aria-hidden,
//   display:none); elements whose role is navigation, menu, complementary,
//   dialog or alert; and, as Readability does, elements whose class or id
//   says they are furniture (sidebar, related, comment, social, banner, menu,
//   footer, -ad-, ...) unless it also says article/content/main/column.
// - The byline: the first short element marked as one (rel="author",
//   class/id byline or author) becomes metadata and leaves the text, unless
//   the page's <meta name="author"> already gave it (Readability's rule).
// - Text: block elements (p, h1-h6, li, div, figure, ...) become paragraphs
//   separated by a blank line, <br> a line break; whitespace inside a
//   paragraph collapses to one space as a browser renders it; character
//   references are decoded (html_entities.h). This is web/src/html_text.js's
//   walk, so both sides cut the same lines.
// - The headline: when the text opens neither with the title nor with a
//   heading (<h1>, <h2>) of its own, the title is put first, as the page
//   does with Readability's title (Readability takes out an <h1> that
//   repeats the title; one that differs stays and is the headline).
// - Metadata: og:title (else <title> less a " | Site" tail), meta author,
//   og:site_name, article:published_time (its leading YYYY-MM-DD).
//
// Contract: total on any input; the text ends with "\n" unless empty (no
// text at all). Linear in the input size.
#pragma once

#include <string>
#include <string_view>

#include "document_metadata.h"

namespace parallax {

struct HtmlArticle {
  std::string text;
  DocumentMetadata metadata;
};

HtmlArticle extract_html_article(std::string_view html);

// "2021-02-14" from "2021-02-14T09:30:00+03:00" (the date as the publisher
// wrote it); "" when the text does not start with a valid YYYY-MM-DD date.
std::string leading_iso_date(std::string_view text);

}  // namespace parallax
