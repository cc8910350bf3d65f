// Word alignment: which words of two short sequences correspond, as a longest
// common subsequence of their match keys.
//
// Used inside a reused passage to show which words match and which differ.
// Passages are short (hundreds of words), so the classic O(n*m) dynamic
// programme is used, on a table of 16-bit lengths; beyond `max_cells` (a count, never
// a clock) the sequences are aligned greedily on unique shared words instead,
// and the result says so.
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

// The same, with the caller's table memory, for callers that align many
// pairs: the table is neither allocated nor cleared again for each.
WordAlignment align_words(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
                          std::uint64_t max_cells, std::vector<std::uint16_t>& table);

}  // namespace parallax
