#include "word_ngrams.h"

#include <algorithm>
#include <vector>


namespace parallax {

namespace {

// The n-grams of words as 64-bit hashes, sorted (a multiset).
void ngrams_of(std::span<const std::uint32_t> words, std::size_t n, std::vector<std::uint64_t>& out) {
  out.clear();
  for (std::size_t i = 0; i + n <= words.size(); ++i) {
    std::uint64_t h = 0;
    for (std::size_t k = 0; k < n; ++k) h = (h ^ words[i + k]) * 0x100000001b3ull + 0x9e3779b97f4a7c15ull;
    out.push_back(h);
  }
  std::sort(out.begin(), out.end());
}

}  // namespace

NgramOverlap word_ngram_overlap(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b) {
  return overlap_by_length<kNgramSizes, std::uint64_t>(a, b, kMinNgram, ngrams_of);
}

}  // namespace parallax
