// Suffix array and LCP array over a sequence of integer symbols.
//
// The idea: sort all suffixes of the sequence; suffixes that start with the
// same words end up next to each other, and the LCP array says how many words
// each neighbour pair shares. Every repeated word sequence is then a contiguous
// block of the array (an "LCP interval"), which is how passages are found in
// one pass for any number of documents.
//
// Construction is Larsson-Sadakane prefix doubling: after two counting sorts
// by the first two symbols, each round re-sorts only the groups of suffixes that still
// share their first h symbols, by the group h symbols further on. Natural text
// settles almost every suffix within a few words, so the cost is close to
// linear; the worst case (one repeated symbol) is O(n log^2 n). The LCP is
// Kasai's O(n) algorithm.
//
// Contract: symbols must be < alphabet_size; returns sa (a permutation of
// 0..n-1) and lcp where lcp[i] is the common prefix length of suffixes sa[i-1]
// and sa[i] (lcp[0] = 0). Memory: about 5 integers per symbol.
#pragma once

#include <cstdint>
#include <vector>

namespace parallax {

struct SuffixArray {
  std::vector<std::uint32_t> sa;
  std::vector<std::uint32_t> lcp;
};

SuffixArray build_suffix_array(const std::vector<std::uint32_t>& symbols,
                               std::uint32_t alphabet_size);

}  // namespace parallax
