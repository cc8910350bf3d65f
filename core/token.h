// The token: the unit every analysis stage shares.
//
// A token is a half-open UTF-8 byte span [start, end) of a document's text,
// its kind, and an id into the shared Vocabulary (the id of its normalized
// form, see normalize.h). Spans are exact: text.substr(start, end - start) is
// always the token's surface text.
#pragma once

#include <cstdint>
#include <vector>

namespace parallax {

enum class TokenKind : std::uint8_t { kWord, kNumber, kPunct, kSymbol };

struct Token {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::uint32_t id = 0;            // vocabulary id of the normalized form
  TokenKind kind = TokenKind::kWord;
  std::uint8_t newlines_before = 0;  // line breaks in the gap before this token (capped at 255)
  bool space_before = false;         // any whitespace in the gap before this token
  bool capitalized = false;          // first letter is upper case

  bool is_word_like() const { return kind == TokenKind::kWord || kind == TokenKind::kNumber; }
};

using Tokens = std::vector<Token>;

}  // namespace parallax
