// Word alignment: which words of two short sequences correspond, as a longest
// common subsequence of their match keys.
//
// Used inside a reused passage to show which words match and which differ.
// Passages are short (hundreds of words), so the classic O(n*m) table of
// lengths is used, computed 64 cells at a time with bit vectors; beyond
// `max_cells` (a count, never a clock) the sequences are aligned greedily on
// unique shared words instead, and the result says so.
//
// Contract: returns matched index pairs (i, j), strictly increasing in both.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace parallax {

struct WordAlignment {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> matches;
  bool approximate = false;
};

constexpr std::uint64_t kDefaultMaxAlignmentCells = 4'000'000;

WordAlignment align_words(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
                          std::uint64_t max_cells = kDefaultMaxAlignmentCells);

// Memory an alignment works in, kept by callers that align many pairs.
struct AlignmentScratch {
  std::vector<std::uint64_t> rows, masks;
  std::vector<std::uint32_t> ones_before, slots, distinct;
};

// The same, with the caller's scratch memory: nothing is allocated again for
// each pair.
WordAlignment align_words(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
                          std::uint64_t max_cells, AlignmentScratch& scratch);

}  // namespace parallax
