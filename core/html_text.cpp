#include "html_text.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include "html_parse.h"
#include "unicode.h"
#include "values.h"

namespace parallax {

namespace {

template <std::size_t N>
bool one_of(std::string_view word, const std::array<std::string_view, N>& set) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

// Never part of the article text, wherever they are.
constexpr std::array<std::string_view, 21> kSkipped = {
    "script", "style",  "noscript", "template", "nav",    "footer", "aside",  "form", "iframe", "svg",  "math",
    "button", "input",  "select",   "textarea", "object", "embed",  "canvas", "head", "title",  "dialog"};
// The same list as web/src/html_text.js: these start a new paragraph.
constexpr std::array<std::string_view, 42> kBlocks = {
    "address", "article", "aside",  "blockquote", "body",    "dd",      "details", "dialog", "div",   "dl",
    "dt",      "fieldset", "figcaption", "figure", "footer", "form",    "h1",      "h2",     "h3",    "h4",
    "h5",      "h6",      "header", "hgroup",     "hr",      "li",      "main",    "nav",    "ol",    "p",
    "pre",     "section", "summary", "table",     "tbody",   "td",      "tfoot",   "th",     "thead", "tr",
    "ul",      "caption"};
constexpr std::array<std::string_view, 7> kUnlikelyRoles = {"menu",  "menubar",     "complementary", "navigation",
                                                            "alert", "alertdialog", "dialog"};
// Readability's unlikelyCandidates and okMaybeItsACandidate, matched in class + " " + id.
constexpr std::array<std::string_view, 31> kUnlikelyNames = {
    "-ad-",    "ai2html", "banner",   "breadcrumbs", "combx",      "comment", "community", "cover-wrap",
    "disqus",  "extra",   "footer",   "gdpr",        "header",     "legends", "menu",      "related",
    "remark",  "replies", "rss",      "shoutbox",    "sidebar",    "skyscraper", "social", "sponsor",
    "supplemental", "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote"};
constexpr std::array<std::string_view, 7> kMaybeNames = {"and", "article", "body", "column", "content", "main", "shadow"};
constexpr std::array<std::string_view, 5> kBylineNames = {"byline", "author", "dateline", "writtenby", "p-author"};

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

template <std::size_t N>
bool contains_any(std::string_view haystack, const std::array<std::string_view, N>& needles) {
  return std::any_of(needles.begin(), needles.end(),
                     [&](std::string_view n) { return haystack.find(n) != std::string_view::npos; });
}

// JavaScript's \s: what `replace(/\s+/g, " ")` and `trim()` treat as space.
bool is_js_space(char32_t cp) {
  return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
         cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

// Runs of whitespace as one space, none at either end (as the page's walk does).
std::string collapse_whitespace(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (std::size_t pos = 0; pos < text.size();) {
    const DecodedCodePoint d = decode_utf8(text, pos);
    if (is_js_space(d.code_point)) {
      pending_space = !out.empty();
    } else {
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.append(text.substr(pos, d.length));
    }
    pos += d.length;
  }
  return out;
}

std::string text_content(const HtmlTree& tree, const HtmlNode& node) {
  if (node.is_text()) return node.text;
  std::string out;
  for (std::uint32_t child : node.children) out += text_content(tree, tree.at(child));
  return out;
}

bool is_hidden(const HtmlNode& node) {
  if (node.has_attribute("hidden") || node.attribute("aria-hidden") == "true") return true;
  std::string style = lower_ascii(node.attribute("style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  return style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos;
}

std::string class_and_id(const HtmlNode& node) {
  return lower_ascii(std::string(node.attribute("class")) + " " + std::string(node.attribute("id")));
}

// Finds the first element named `tag` (depth first), or -1; `count` gets how many there are.
std::int64_t find_element(const HtmlTree& tree, std::uint32_t from, std::string_view tag, std::size_t& count) {
  std::int64_t first = -1;
  std::vector<std::uint32_t> stack = {from};
  while (!stack.empty()) {
    const std::uint32_t index = stack.back();
    stack.pop_back();
    const HtmlNode& node = tree.at(index);
    if (node.tag == tag && ++count == 1) first = index;
    for (auto it = node.children.rbegin(); it != node.children.rend(); ++it) stack.push_back(*it);
  }
  return first;
}

// The paragraphs of the article, cut as web/src/html_text.js cuts them.
class TextWalk {
 public:
  TextWalk(const HtmlTree& tree, bool byline_known, bool root_is_article)
      : tree_(tree), byline_known_(byline_known), root_is_article_(root_is_article) {}

  std::vector<std::string> run(const HtmlNode& root) {
    walk(root, root_is_article_, false);
    flush_paragraph();
    return std::move(paragraphs_);
  }

  const std::string& byline() const { return byline_; }
  // Whether the first text is in an <h1> or <h2>: the article has its own headline.
  bool opens_with_heading() const { return opens_with_heading_; }

 private:
  void walk(const HtmlNode& node, bool in_article, bool in_table) {
    for (std::uint32_t index : node.children) {
      const HtmlNode& child = tree_.at(index);
      if (child.is_text()) {
        if (!seen_text_ && !collapse_whitespace(child.text).empty()) {
          seen_text_ = true;
          opens_with_heading_ = heading_depth_ > 0;
        }
        line_ += child.text;
        continue;
      }
      if (child.tag == "br") {
        flush_line();
        continue;
      }
      if (skipped(child, in_article, in_table)) continue;
      const bool block = one_of(child.tag, kBlocks);
      const bool heading = child.tag == "h1" || child.tag == "h2";
      if (block) flush_paragraph();
      heading_depth_ += heading;
      walk(child, in_article || child.tag == "article", in_table || child.tag == "table" || child.tag == "code");
      heading_depth_ -= heading;
      if (block) flush_paragraph();
    }
  }

  bool skipped(const HtmlNode& element, bool in_article, bool in_table) {
    if (one_of(element.tag, kSkipped) || is_hidden(element)) return true;
    if (element.tag == "header" && !in_article) return true;
    if (one_of(element.attribute("role"), kUnlikelyRoles)) return true;
    const std::string names = class_and_id(element);
    if (is_byline(element, names)) return true;
    return !in_table && element.tag != "a" && element.tag != "body" && contains_any(names, kUnlikelyNames) &&
           !contains_any(names, kMaybeNames);
  }

  // The first byline becomes metadata (and leaves the text) unless the page named its author.
  bool is_byline(const HtmlNode& element, const std::string& names) {
    if (byline_known_ || !byline_.empty()) return false;
    const bool marked = element.attribute("rel") == "author" ||
                        element.attribute("itemprop").find("author") != std::string_view::npos ||
                        contains_any(names, kBylineNames);
    if (!marked) return false;
    std::string text = collapse_whitespace(text_content(tree_, element));
    if (text.empty() || text.size() >= 100) return false;
    byline_ = std::move(text);
    return true;
  }

  void flush_line() {
    std::string clean = collapse_whitespace(line_);
    if (!clean.empty()) lines_.push_back(std::move(clean));
    line_.clear();
  }

  void flush_paragraph() {
    flush_line();
    if (lines_.empty()) return;
    std::string paragraph;
    for (const std::string& line : lines_) paragraph += (paragraph.empty() ? "" : "\n") + line;
    paragraphs_.push_back(std::move(paragraph));
    lines_.clear();
  }

  const HtmlTree& tree_;
  const bool byline_known_;
  const bool root_is_article_;
  std::string byline_;
  int heading_depth_ = 0;
  bool seen_text_ = false;
  bool opens_with_heading_ = false;
  std::string line_;
  std::vector<std::string> lines_;
  std::vector<std::string> paragraphs_;
};

std::size_t word_count(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// "Headline | Site" -> "Headline", as Readability cuts a <title>: before the
// last separator, or after the first when that leaves under three words; the
// whole title when neither has three.
std::string title_without_site(const std::string& title) {
  static constexpr std::array<std::string_view, 6> kSeparators = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                                                 " \xC2\xBB ", " / "};
  std::size_t last = std::string::npos, first = std::string::npos, first_length = 0;
  for (std::string_view sep : kSeparators) {
    const std::size_t at_last = title.rfind(sep);
    if (at_last != std::string::npos && (last == std::string::npos || at_last > last)) last = at_last;
    const std::size_t at_first = title.find(sep);
    if (at_first != std::string::npos && (first == std::string::npos || at_first < first))
      first = at_first, first_length = sep.size();
  }
  if (last == std::string::npos) return title;
  std::string cut = title.substr(0, last);
  if (word_count(cut) < 3) cut = title.substr(first + first_length);
  return word_count(cut) < 3 ? title : cut;
}

DocumentMetadata read_metadata(const HtmlTree& tree) {
  DocumentMetadata m;
  std::string og_title, page_title;
  for (const HtmlNode& node : tree.nodes) {
    if (node.tag == "title" && page_title.empty()) page_title = collapse_whitespace(text_content(tree, node));
    if (node.tag != "meta") continue;
    const std::string key = lower_ascii(node.has_attribute("property") ? node.attribute("property") : node.attribute("name"));
    const std::string value = collapse_whitespace(node.attribute("content"));
    if (value.empty()) continue;
    std::string* field = nullptr;
    if (key == "og:title" || key == "twitter:title") field = &og_title;
    if (key == "author" || key == "article:author" || key == "dc:creator") field = &m.byline;
    if (key == "og:site_name") field = &m.site;
    if (key == "article:published_time" || key == "datepublished") field = &m.date;
    if (field && field->empty()) *field = value;
  }
  m.title = !og_title.empty() ? og_title : title_without_site(page_title);
  m.date = leading_iso_date(m.date);
  return m;
}

}  // namespace

std::string leading_iso_date(std::string_view text) {
  ValueContext context;
  if (text.size() < 10 || (text.size() > 10 && text[10] != 'T' && text[10] != ' ')) return "";
  return parse_publication_date(text.substr(0, 10), context) ? std::string(text.substr(0, 10)) : "";
}

HtmlArticle extract_html_article(std::string_view html) {
  const HtmlTree tree = parse_html(html);
  HtmlArticle article;
  article.metadata = read_metadata(tree);

  // A news page wraps the story in its one <article> (or <main>): taking it
  // skips the site's menus and footers.
  std::size_t articles = 0, mains = 0, bodies = 0;
  const std::int64_t first_article = find_element(tree, 0, "article", articles);
  const std::int64_t first_main = find_element(tree, 0, "main", mains);
  const std::int64_t body = find_element(tree, 0, "body", bodies);
  std::int64_t root = articles == 1 ? first_article : first_main;
  const bool root_is_article = root >= 0;
  if (root < 0) root = body >= 0 ? body : 0;

  TextWalk walk(tree, !article.metadata.byline.empty(), root_is_article);
  std::vector<std::string> paragraphs = walk.run(tree.at(static_cast<std::uint32_t>(root)));
  if (article.metadata.byline.empty()) article.metadata.byline = walk.byline();
  const std::string& title = article.metadata.title;
  if (!title.empty() && !walk.opens_with_heading() && (paragraphs.empty() || paragraphs.front() != title))
    paragraphs.insert(paragraphs.begin(), title);
  for (const std::string& p : paragraphs) article.text += (article.text.empty() ? "" : "\n\n") + p;
  if (!article.text.empty()) article.text += "\n";
  return article;
}

}  // namespace parallax
