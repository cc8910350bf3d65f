// The tokens of one side of the word diff, in a little over 3 bytes each
// instead of a Token's 16: the diff reads a token's span, its kind, whether
// line breaks (none, one, two or more) and any space come before it, and
// nothing else of a Token (not its vocabulary id, not its capital). A span is
// kept as the gap before the token and its length, a byte each, with every
// 32nd token's start in full: a start is found by adding at most 31 gaps and
// lengths, which the diff does only for the tokens it shows or changes. The
// rare gap or token of 255 bytes or more keeps its size aside. For two 5 MB
// texts (1.3 million tokens in the benchmark's) that is 4.2 MB, against 11.7
// MB with 8-byte spans (and 21 MB as Tokens): after the texts themselves the
// largest part of the WASM module's memory.
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
  std::size_t size() const { return lengths_.size(); }
  bool empty() const { return lengths_.empty(); }
  DiffToken operator[](std::size_t i) const {
    const std::size_t first = i & ~std::size_t{kStride - 1};
    std::uint32_t start = starts_[first / kStride];
    if (long_gaps_.empty() && long_lengths_.empty()) {  // every size in its byte
      for (std::size_t k = first; k < i; ++k) start += lengths_[k] + gaps_[k + 1];
      return {start, start + lengths_[i]};
    }
    for (std::size_t k = first; k < i; ++k) start += length(k) + gap(k + 1);
    return {start, start + length(i)};
  }

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
    gaps_.reserve(n);
    lengths_.reserve(n);
    marks_.reserve(n);
    starts_.reserve(n / kStride + 1);
  }
  // A block's tokens, their spans moved by `offset` bytes (the block's start).
  // Sized once per block and written through pointers: the loop then has no
  // capacity checks (push_back per token cost 28 instructions a token).
  void append(const Tokens& block, std::uint32_t offset) {
    const std::size_t first = lengths_.size(), n = block.size();
    gaps_.resize(first + n);
    lengths_.resize(first + n);
    marks_.resize(first + n);
    std::uint8_t* gaps = gaps_.data() + first;
    std::uint8_t* lengths = lengths_.data() + first;
    std::uint8_t* marks = marks_.data() + first;
    const Token* tokens = block.data();
    for (std::size_t k = (first + kStride - 1) / kStride * kStride; k < first + n; k += kStride)
      starts_.push_back(tokens[k - first].start + offset);
    // Gaps and lengths first, each capped at kAside; the rare token whose
    // gap or length does not fit is found again afterwards and kept aside.
    std::uint32_t end = end_, widest = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const std::uint32_t start = tokens[i].start + offset, length = tokens[i].end - tokens[i].start;
      const std::uint32_t gap = start - end;
      end = start + length;
      widest |= gap | length;
      gaps[i] = static_cast<std::uint8_t>(gap < kAside ? gap : kAside);
      lengths[i] = static_cast<std::uint8_t>(length < kAside ? length : kAside);
    }
    if (widest >= kAside) set_aside(block, offset, first);
    for (std::size_t i = 0; i < n; ++i) {
      const Token& t = tokens[i];
      const std::uint32_t breaks = t.newlines_before < 2 ? t.newlines_before : 2u;
      marks[i] = static_cast<std::uint8_t>(static_cast<std::uint32_t>(t.kind) | (breaks << kBreakShift) |
                                           (t.space_before ? kSpaceBit : 0u));
    }
    end_ = end;
  }

 private:
  static constexpr std::uint32_t kKindMask = 3, kBreakShift = 2, kSpaceBit = 16;
  static constexpr std::size_t kStride = 32;  // a full start every kStride tokens
  static constexpr std::uint8_t kAside = 255;  // a size of 255 bytes or more: kept aside
  struct Aside {
    std::uint32_t index, size;
  };

  // Keeps the gaps and lengths of the block's tokens (the first is token
  // `first`) that do not fit a byte aside.
  void set_aside(const Tokens& block, std::uint32_t offset, std::size_t first);
  std::uint32_t length(std::size_t i) const {
    return lengths_[i] != kAside ? lengths_[i] : aside_size(long_lengths_, i);
  }
  std::uint32_t gap(std::size_t i) const { return gaps_[i] != kAside ? gaps_[i] : aside_size(long_gaps_, i); }
  // The size kept aside for token i, by binary search.
  static std::uint32_t aside_size(const std::vector<Aside>& aside, std::size_t i);

  std::vector<std::uint8_t> gaps_;     // bytes from the previous token's end (the text's start), or kAside
  std::vector<std::uint8_t> lengths_;  // bytes, or kAside
  std::vector<std::uint8_t> marks_;    // kind, line breaks before, space before
  std::vector<std::uint32_t> starts_;  // of tokens 0, kStride, 2 kStride, ...
  std::vector<Aside> long_gaps_, long_lengths_;  // by index
  std::uint32_t end_ = 0;                        // of the last token appended
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
