// A small, forgiving HTML parser for the command-line tool's article
// extraction (html_text.h): bytes in, a tree of elements and text out.
//
// It is not the HTML standard's tree builder, only the part of it that
// decides which text belongs to which element on real news pages: tags and
// attributes (quoted or not, names lower-cased, values decoded), comments and
// doctypes skipped, script/style/textarea/title content read as raw text up
// to its end tag, void elements (br, img, meta...) without children, and the
// implied ends a browser applies (a block element closes an open <p>, <li>
// closes the previous <li>, <td> the previous cell, content closes <head>).
// A stray end tag is ignored; an end tag closes everything opened after its
// element. Nesting deeper than 512 elements stops nesting, as in Chromium, so
// walking the tree recursively is safe on any input.
//
// Contract: total on any bytes (garbage gives a tree of text), linear in the
// input apart from the search of open elements, which the depth cap bounds.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace parallax {

struct HtmlNode {
  std::string tag;   // lower-case element name; empty for a text node
  std::string text;  // a text node's decoded text
  std::vector<std::pair<std::string, std::string>> attributes;  // in source order
  std::vector<std::uint32_t> children;  // indices into HtmlTree::nodes

  bool is_text() const { return tag.empty(); }
  // The value of an attribute ("" when absent; use has_attribute to tell apart).
  std::string_view attribute(std::string_view name) const;
  bool has_attribute(std::string_view name) const;
};

struct HtmlTree {
  std::vector<HtmlNode> nodes;  // nodes[0] is the document (tag "#document")

  const HtmlNode& root() const { return nodes[0]; }
  const HtmlNode& at(std::uint32_t index) const { return nodes[index]; }
};

constexpr std::size_t kMaxHtmlDepth = 512;

HtmlTree parse_html(std::string_view html);

}  // namespace parallax
