// Page furniture: the lines of a plain-text article copied from the web that
// are not the article (navigation, share buttons, ads, player text, related
// links, metadata, photo credits).
//
// The idea: judge each line by its own shape and wording, by its place, and by
// the other loaded articles:
// - "phrase": the line is (or starts with) a known furniture phrase ("Share
//   this article", "ADVERTISEMENT", "Accessibility links", "click here");
// - "metadata": a short "Key: value" line ("Article type: metered");
// - "player": media-player text (time codes such as "0:00 0:01:46");
// - "caption": a photo caption or credit ("FILE PHOTO: ...", ".../Reuters");
// - "related-links": every line after a related-links heading ("Next In
//   World", "More in Politics", "You might also like");
// - "link-list": a run of three or more short lines without end punctuation;
// - "repeated": a short line that also stands alone in another article (the
//   same outlet's template).
// A line that reads as prose (enough words and an end punctuation mark) is
// kept unless a caption or related-links rule holds. The first line that is
// not furniture is the headline and is never flagged.
//
// Contract: returns flagged lines in order, as byte spans of the line without
// its line end, with a stable reason; never deletes or changes text. Linear in
// the text, plus a hash of each short line for the cross-document rule.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "token.h"
#include "vocabulary.h"

namespace parallax {

struct FurnitureLine {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::string reason;
};

// One list per document, in input order.
std::vector<std::vector<FurnitureLine>> find_furniture(const std::vector<std::string_view>& texts);

// The same, from tokens the caller already has (tokenize(text), with ids from
// `vocabulary`, whose normalized forms are the lines' keys): no second pass.
std::vector<std::vector<FurnitureLine>> find_furniture(const std::vector<std::string_view>& texts,
                                                       const std::vector<const Tokens*>& tokens,
                                                       const Vocabulary& vocabulary);

}  // namespace parallax
