// Moved blocks: text deleted in one place and inserted in another.
//
// The basic idea: a minimal script knows nothing about moves; a paragraph
// moved down the article is a deletion near the top and an unrelated-looking
// insertion further down. So after the script is made, every deleted stretch
// is indexed by its runs of kMoveSeedTokens normalized tokens (case, quotes
// and dashes folded, see normalize.h), and every inserted stretch is scanned
// for runs found in that index. A match is grown as far as both stretches
// agree; it becomes a move when it holds at least min_words words, or is a
// whole sentence on both sides with at least min_sentence_words words. Each
// deleted token can be the source of one move only; inserted text is claimed
// greedily in reading order, the longest candidate first.
//
// Contract: the moved parts are cut out of their delete and insert edits and
// listed as one move edit at the place of the insertion (a = where the text
// was, b = where it went). Counts of inserted plus deleted tokens, with a
// moved token counted once each way, are unchanged. Near-linear time: each
// inserted position looks at most kMaxMoveCandidates deleted positions.
#pragma once

#include <cstdint>
#include <vector>

#include "diff_edit.h"

namespace parallax {

constexpr std::uint32_t kMoveSeedTokens = 3;
constexpr std::uint32_t kMaxMoveCandidates = 16;

struct MoveOptions {
  std::uint32_t min_words = 8;
  std::uint32_t min_sentence_words = 3;
};

void find_moves(std::vector<DiffEdit>& edits, const DiffSide& a, const DiffSide& b,
                const MoveOptions& options);

}  // namespace parallax
