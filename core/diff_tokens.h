// The tokens of one side of the word diff, in 9 bytes each instead of a
// Token's 16: the diff reads a token's span, its kind, whether line breaks
// (none, one, two or more) and any space come before it, and nothing else of
// a Token (not its vocabulary id, not its capital). For two 5 MB texts (2.6
// million tokens) that is 23 MB instead of 42 MB, most of the difference
// between the diff's memory and the texts' own size.
//
// Filled from the core's tokenizer (tokenize.h) a block of text at a time
// (tokenize_for_diff), so that the full Tokens of a whole text never exist.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "token.h"

namespace parallax {

struct DiffToken {
  std::uint32_t start = 0;  // byte span [start, end) of the decoded text
  std::uint32_t end = 0;
};

class DiffTokens {
 public:
  std::size_t size() const { return spans_.size(); }
  bool empty() const { return spans_.empty(); }
  const DiffToken& operator[](std::size_t i) const { return spans_[i]; }
  std::vector<DiffToken>::const_iterator begin() const { return spans_.begin(); }
  std::vector<DiffToken>::const_iterator end() const { return spans_.end(); }
  const DiffToken* data() const { return spans_.data(); }

  TokenKind kind(std::size_t i) const { return static_cast<TokenKind>(marks_[i] & kKindMask); }
  bool is_word_like(std::size_t i) const {
    const TokenKind k = kind(i);
    return k == TokenKind::kWord || k == TokenKind::kNumber;
  }
  bool is_punct(std::size_t i) const { return kind(i) == TokenKind::kPunct; }
  // Line breaks in the gap before token i: 0, 1, or 2 for two or more.
  std::uint32_t line_breaks_before(std::size_t i) const { return (marks_[i] >> kBreakShift) & 3u; }
  bool space_before(std::size_t i) const { return (marks_[i] & kSpaceBit) != 0; }

  void reserve(std::size_t n) {
    spans_.reserve(n);
    marks_.reserve(n);
  }
  // A block's tokens, their spans moved by `offset` bytes (the block's start).
  // Sized once per block and written through pointers: the loop then has no
  // capacity checks (push_back per token cost 28 instructions a token).
  void append(const Tokens& block, std::uint32_t offset) {
    const std::size_t first = spans_.size(), n = block.size();
    spans_.resize(first + n);
    marks_.resize(first + n);
    DiffToken* spans = spans_.data() + first;
    std::uint8_t* marks = marks_.data() + first;
    const Token* tokens = block.data();
    for (std::size_t i = 0; i < n; ++i) {
      const Token& t = tokens[i];
      spans[i] = {t.start + offset, t.end + offset};
      const std::uint32_t breaks = t.newlines_before < 2 ? t.newlines_before : 2u;
      marks[i] = static_cast<std::uint8_t>(static_cast<std::uint32_t>(t.kind) | (breaks << kBreakShift) |
                                           (t.space_before ? kSpaceBit : 0u));
    }
  }

 private:
  static constexpr std::uint32_t kKindMask = 3, kBreakShift = 2, kSpaceBit = 16;
  std::vector<DiffToken> spans_;
  std::vector<std::uint8_t> marks_;  // kind, line breaks before, space before
};

// Tokenizes `text` as tokenize(text) does (same tokens, spans, kinds and gaps)
// but a block of about `block_bytes` at a time: each block's Tokens are handed
// to `take` with the byte offset of the block, then freed. A block ends just
// after a space or a line feed (no token contains either, and no token
// rule looks past one), and the next block starts where the last token of the
// previous one ended, so every gap is seen whole by one block.
void tokenize_for_diff(std::string_view text, std::size_t block_bytes,
                       const std::function<void(const Tokens&, std::uint32_t offset)>& take);

}  // namespace parallax
