// The word diff's shared vocabulary: an edit over token ranges, and one side
// of the comparison (text, tokens, ids). Cleanup, moves, JSON and the unified
// format all work on these.
//
// An edit holds token index ranges [begin, end) into each side. An equal edit
// covers the same number of tokens on both sides; a delete has an empty b
// range (at the b position where it happens), an insert an empty a range; a
// move's a range is where the text was and its b range where it went.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "diff_myers.h"
#include "diff_tokens.h"

namespace parallax {

enum class DiffOp : std::uint8_t { kEqual, kInsert, kDelete, kMove };

struct DiffEdit {
  DiffOp op = DiffOp::kEqual;
  std::uint32_t a_begin = 0, a_end = 0;
  std::uint32_t b_begin = 0, b_end = 0;
};

struct DiffSide {
  std::string_view text;
  const DiffTokens* tokens = nullptr;
  const std::vector<std::uint32_t>* ids = nullptr;  // exact surface ids

  std::uint32_t size() const { return static_cast<std::uint32_t>(tokens->size()); }
  std::string_view surface(std::uint32_t i) const {
    const DiffToken t = (*tokens)[i];
    return text.substr(t.start, t.end - t.start);
  }
  // '.', '!', '?', '...' or '…' (optionally followed by closing quotes or
  // brackets, which the caller passes as i).
  bool ends_sentence(std::uint32_t i) const;
  // How good a place the boundary before token i is for an edit to start or
  // end: 6 at the text's ends, 5 at a paragraph break, 4 at a line break,
  // 3 after a sentence, 2 after other punctuation, 1 between words, 0 where
  // no space separates the tokens ("cell-phone").
  int boundary_score(std::uint32_t i) const;
};

// Word-like tokens (words and numbers) in [begin, end).
std::uint32_t count_words(const DiffTokens& tokens, std::uint32_t begin, std::uint32_t end);

// The script as edits: for each gap between equal runs a delete (if a has
// tokens there) then an insert (if b has), then the run itself.
std::vector<DiffEdit> edits_from_runs(const std::vector<EqualRun>& runs, std::uint32_t a_size,
                                      std::uint32_t b_size);

}  // namespace parallax
