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

std::size_t shared_count(const std::vector<std::uint64_t>& x, const std::vector<std::uint64_t>& y) {
  std::size_t shared = 0;
  for (std::size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    if (x[i] < y[j]) ++i;
    else if (x[i] > y[j]) ++j;
    else ++shared, ++i, ++j;
  }
  return shared;
}

}  // namespace

NgramOverlap word_ngram_overlap(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b) {
  NgramOverlap o;
  std::vector<std::uint64_t> x, y;
  for (std::size_t n = kMinNgram; n <= kMaxNgram; ++n) {
    ngrams_of(a, n, x);
    ngrams_of(b, n, y);
    const double shared = static_cast<double>(shared_count(x, y));
    const double nx = static_cast<double>(x.size()), ny = static_cast<double>(y.size());
    const double px = nx > 0 ? shared / nx : (ny > 0 ? 0 : 1);
    const double py = ny > 0 ? shared / ny : (nx > 0 ? 0 : 1);
    o.dice[n - kMinNgram] = nx + ny > 0 ? 2 * shared / (nx + ny) : 1;
    o.min_precision[n - kMinNgram] = std::min(px, py);
    o.max_precision[n - kMinNgram] = std::max(px, py);
  }
  return o;
}

}  // namespace parallax
