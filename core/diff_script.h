// The edit script of two token-id sequences: which strategy runs where.
//
// 1. The common prefix and suffix are cut off (free, and often most of a
//    lightly edited article).
// 2. Tokens that do not occur at all on the other side are set aside: no
//    common subsequence can use them, so they are deletions or insertions in
//    every minimal script, and leaving them out shrinks both the sequences and
//    D without changing the minimum.
// 3. What is left is diffed exactly with Myers (diff_myers.h) when it is at
//    most exact_max_tokens long, so every ordinary article pair gets a
//    minimal script. Longer inputs are first cut at unique-token anchors
//    (diff_patience.h) and each piece is diffed exactly: near-minimal, and
//    fast because D^2 is paid per piece.
// 4. The work limit (max_work edit-graph steps for the whole diff) is checked
//    as the searches go. A piece whose search would pass it is finished with
//    anchors alone, and what anchors cannot settle becomes a plain
//    replacement; the result then says approximate.
//
// Contract: returns equal runs, strictly increasing in a and b. Deterministic;
// never throws except std::bad_alloc.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "diff_myers.h"

namespace parallax {

constexpr std::uint64_t kDefaultMaxDiffWork = 400'000'000;  // edit-graph steps
constexpr std::uint32_t kDefaultExactMaxTokens = 120'000;   // a + b, after trimming

struct ScriptOptions {
  std::uint64_t max_work = kDefaultMaxDiffWork;
  // Longer inputs are anchored first; 0 means always exact (`--minimal`).
  std::uint32_t exact_max_tokens = kDefaultExactMaxTokens;
};

struct TokenScript {
  std::vector<EqualRun> runs;
  bool approximate = false;  // the work limit was reached
  bool minimal = true;       // guaranteed minimal (exact throughout)
  std::uint64_t work = 0;    // edit-graph steps taken
};

// id_count: one more than the largest id in a and b.
TokenScript diff_token_ids(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b,
                           std::uint32_t id_count, const ScriptOptions& options);

}  // namespace parallax
