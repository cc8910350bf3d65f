// Suffix array and LCP array over a sequence of integer symbols.
//
// The idea: sort all suffixes of the sequence; suffixes that start with the
// same words end up next to each other, and the LCP array says how many words
// each neighbour pair shares. Every repeated word sequence is then a contiguous
// block of the array (an "LCP interval"), which is how passages are found in
// one pass for any number of documents.
//
// Construction is prefix doubling (Manber-Myers) with two stable counting-sort
// passes per round: O(n log L) where L is the longest repeat, so natural text
// takes a handful of rounds; the LCP is Kasai's O(n) algorithm.
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
