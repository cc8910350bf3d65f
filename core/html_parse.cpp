#include "html_parse.h"

#include <algorithm>
#include <array>
#include <initializer_list>

#include "html_entities.h"

namespace parallax {

std::string_view HtmlNode::attribute(std::string_view name) const {
  for (const auto& [key, value] : attributes)
    if (key == name) return value;
  return {};
}

bool HtmlNode::has_attribute(std::string_view name) const {
  return std::any_of(attributes.begin(), attributes.end(), [&](const auto& a) { return a.first == name; });
}

namespace {

template <std::size_t N>
bool one_of(std::string_view tag, const std::array<std::string_view, N>& set) {
  return std::find(set.begin(), set.end(), tag) != set.end();
}

constexpr std::array<std::string_view, 14> kVoid = {"area", "base", "br",   "col",   "embed", "hr",    "img",
                                                    "input", "link", "meta", "param", "source", "track", "wbr"};
// Their content is text up to the matching end tag, never markup.
constexpr std::array<std::string_view, 8> kRawText = {"script", "style",    "textarea", "title",
                                                      "xmp",    "iframe",   "noembed",  "noframes"};
// Raw text in which character references are still decoded.
constexpr std::array<std::string_view, 2> kEscapableRawText = {"textarea", "title"};
// A start tag of one of these closes an open <p> (HTML: "close a p element").
constexpr std::array<std::string_view, 33> kClosesP = {
    "address", "article", "aside", "blockquote", "center", "details", "dialog", "div",     "dl",
    "fieldset", "figcaption", "figure", "footer", "form", "h1",     "h2",      "h3",      "h4",
    "h5",      "h6",      "header", "hgroup",    "hr",     "main",    "menu",    "nav",     "ol",
    "p",       "pre",     "section", "summary",  "table",  "ul"};
constexpr std::array<std::string_view, 8> kHeadContent = {"base", "link", "meta", "noscript", "script", "style",
                                                          "template", "title"};
// Elements an implied end does not look past (a <p> inside a table cell is not closed by the table's <div>).
constexpr std::array<std::string_view, 8> kScopeBoundary = {"#document", "html", "table", "td", "th",
                                                            "caption",   "button", "template"};
constexpr std::array<std::string_view, 6> kHeadings = {"h1", "h2", "h3", "h4", "h5", "h6"};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Where raw text ends: the next "</tag" (any case) followed by a space, '/'
// or '>'; npos when it never does.
std::size_t find_end_tag(std::string_view html, std::string_view tag, std::size_t from) {
  for (std::size_t pos = html.find("</", from); pos != std::string_view::npos; pos = html.find("</", pos + 2)) {
    const std::size_t after = pos + 2 + tag.size();
    if (after > html.size()) return std::string_view::npos;
    bool same = true;
    for (std::size_t i = 0; i < tag.size() && same; ++i) same = lower(html[pos + 2 + i]) == tag[i];
    if (same && (after == html.size() || is_space(html[after]) || html[after] == '/' || html[after] == '>')) return pos;
  }
  return std::string_view::npos;
}

class TreeBuilder {
 public:
  explicit TreeBuilder(HtmlTree& tree) : tree_(tree) {
    tree_.nodes.push_back({"#document", "", {}, {}});
    open_.push_back(0);
  }

  void text(std::string_view raw, bool decode) {
    if (raw.empty()) return;
    HtmlNode& parent = tree_.nodes[open_.back()];
    std::uint32_t target;
    if (!parent.children.empty() && tree_.nodes[parent.children.back()].is_text()) {
      target = parent.children.back();
    } else {
      target = add({});
    }
    if (decode)
      append_html_decoded(tree_.nodes[target].text, raw);
    else
      tree_.nodes[target].text.append(raw);
  }

  // Adds an element; returns its index, and whether it was opened (void
  // elements, self-closing tags and elements beyond the depth cap are not).
  std::pair<std::uint32_t, bool> start(HtmlNode element, bool self_closing) {
    apply_implied_ends(element.tag);
    const bool opens = !one_of(element.tag, kVoid) && !self_closing && open_.size() < kMaxHtmlDepth;
    const std::uint32_t index = add(std::move(element));
    if (opens) open_.push_back(index);
    return {index, opens};
  }

  // Raw text content goes into its element, opened or not.
  void raw_text(std::uint32_t element, std::string_view raw, bool decode) {
    if (raw.empty()) return;
    HtmlNode text;
    if (decode)
      append_html_decoded(text.text, raw);
    else
      text.text = raw;
    const auto index = static_cast<std::uint32_t>(tree_.nodes.size());
    tree_.nodes.push_back(std::move(text));
    tree_.nodes[element].children.push_back(index);
  }

  void end(std::string_view tag) {
    if (tag == "br") {  // browsers read </br> as <br>
      start({"br", "", {}, {}}, true);
      return;
    }
    for (std::size_t i = open_.size(); i-- > 1;) {
      if (tree_.nodes[open_[i]].tag == tag) {
        open_.resize(i);
        return;
      }
    }
  }

  // Closes the innermost open element named in `targets` (and everything
  // opened after it), unless an element that bounds implied ends, or one of
  // `boundaries`, is met first.
  void close_in_scope(std::initializer_list<std::string_view> targets,
                      std::initializer_list<std::string_view> boundaries = {}) {
    for (std::size_t i = open_.size(); i-- > 1;) {
      const std::string& open_tag = tree_.nodes[open_[i]].tag;
      if (std::find(targets.begin(), targets.end(), open_tag) != targets.end()) {
        open_.resize(i);
        return;
      }
      if (one_of(open_tag, kScopeBoundary) ||
          std::find(boundaries.begin(), boundaries.end(), open_tag) != boundaries.end())
        return;
    }
  }

 private:
  void apply_implied_ends(const std::string& tag) {
    if (!one_of(tag, kHeadContent)) close_in_scope({"head"});
    if (one_of(tag, kClosesP) || tag == "li" || tag == "dd" || tag == "dt") close_in_scope({"p"});
    if (one_of(tag, kHeadings) && one_of(tree_.nodes[open_.back()].tag, kHeadings)) open_.pop_back();
    if (tag == "li") close_in_scope({"li"}, {"ul", "ol"});
    if (tag == "dd" || tag == "dt") close_in_scope({"dd", "dt"}, {"dl"});
    if (tag == "td" || tag == "th" || tag == "tr") close_in_scope({"td", "th"}, {"tr"});
    if (tag == "tr") close_in_scope({"tr"}, {"tbody", "thead", "tfoot"});
  }

  std::uint32_t add(HtmlNode node) {
    const auto index = static_cast<std::uint32_t>(tree_.nodes.size());
    tree_.nodes.push_back(std::move(node));
    tree_.nodes[open_.back()].children.push_back(index);
    return index;
  }

  HtmlTree& tree_;
  std::vector<std::uint32_t> open_;  // indices of the open elements, document first
};

// Reads the tag starting at html[pos] == '<' (followed by a letter, or '/'
// and a letter). Returns the position after its '>' (or the end of input).
std::size_t read_tag(std::string_view html, std::size_t pos, HtmlNode& element, bool& closing, bool& self_closing) {
  std::size_t i = pos + 1;
  closing = html[i] == '/';
  if (closing) ++i;
  while (i < html.size() && !is_space(html[i]) && html[i] != '/' && html[i] != '>') element.tag.push_back(lower(html[i++]));
  self_closing = false;
  while (i < html.size() && html[i] != '>') {
    if (is_space(html[i]) || html[i] == '/') {
      self_closing = html[i] == '/';
      ++i;
      continue;
    }
    self_closing = false;
    std::string name;
    while (i < html.size() && !is_space(html[i]) && html[i] != '/' && html[i] != '>' && (html[i] != '=' || name.empty()))
      name.push_back(lower(html[i++]));
    while (i < html.size() && is_space(html[i])) ++i;
    std::string value;
    if (i < html.size() && html[i] == '=') {
      ++i;
      while (i < html.size() && is_space(html[i])) ++i;
      std::size_t value_end;
      if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
        const char quote = html[i++];
        value_end = std::min(html.find(quote, i), html.size());
        append_html_decoded(value, html.substr(i, value_end - i));
        i = std::min(value_end + 1, html.size());
      } else {
        value_end = i;
        while (value_end < html.size() && !is_space(html[value_end]) && html[value_end] != '>') ++value_end;
        append_html_decoded(value, html.substr(i, value_end - i));
        i = value_end;
      }
    }
    if (!closing) element.attributes.emplace_back(std::move(name), std::move(value));
  }
  return std::min(i + 1, html.size());
}

// Skips a comment, doctype or processing instruction at html[pos] == '<'.
std::size_t skip_markup_declaration(std::string_view html, std::size_t pos) {
  if (html.substr(pos, 4) == "<!--") {
    const std::size_t end = html.find("-->", pos + 4);
    return end == std::string_view::npos ? html.size() : end + 3;
  }
  const std::size_t end = html.find('>', pos);
  return end == std::string_view::npos ? html.size() : end + 1;
}

}  // namespace

HtmlTree parse_html(std::string_view html) {
  HtmlTree tree;
  TreeBuilder builder(tree);
  std::size_t pos = 0;
  while (pos < html.size()) {
    const std::size_t lt = html.find('<', pos);
    if (lt == std::string_view::npos) {
      builder.text(html.substr(pos), true);
      break;
    }
    builder.text(html.substr(pos, lt - pos), true);
    const char next = lt + 1 < html.size() ? html[lt + 1] : '\0';
    if (next == '!' || next == '?') {
      pos = skip_markup_declaration(html, lt);
      continue;
    }
    const bool tag_follows = is_letter(next) || (next == '/' && lt + 2 < html.size() && is_letter(html[lt + 2]));
    if (!tag_follows) {  // a lone '<' is text ("a < b"); "</>" and "</ " are dropped as browsers do
      if (next == '/') {
        const std::size_t end = html.find('>', lt);
        pos = end == std::string_view::npos ? html.size() : end + 1;
      } else {
        builder.text("<", false);
        pos = lt + 1;
      }
      continue;
    }
    HtmlNode element;
    bool closing = false;
    bool self_closing = false;
    pos = read_tag(html, lt, element, closing, self_closing);
    if (closing) {
      builder.end(element.tag);
      continue;
    }
    const std::string tag = element.tag;
    const auto [index, opened] = builder.start(std::move(element), self_closing);
    if (one_of(tag, kRawText) && !self_closing) {
      const std::size_t end = find_end_tag(html, tag, pos);
      const std::size_t content_end = end == std::string_view::npos ? html.size() : end;
      builder.raw_text(index, html.substr(pos, content_end - pos), one_of(tag, kEscapableRawText));
      if (opened) builder.end(tag);
      pos = end == std::string_view::npos ? html.size() : std::min(html.find('>', end), html.size() - 1) + 1;
    }
  }
  return tree;
}

}  // namespace parallax
