#include "pair_surface.h"

#include <algorithm>
#include <string>
#include <vector>


namespace parallax {

namespace {

// The n-grams of " text " (spaces around, so word starts and ends count) as
// their bytes packed into an integer (n <= 4: exact, no hashing), sorted.
void char_ngrams(std::string_view text, std::size_t n, std::vector<std::uint32_t>& out) {
  out.clear();
  std::string padded;
  padded.reserve(text.size() + 2);
  padded.push_back(' ');
  padded.append(text);
  padded.push_back(' ');
  for (std::size_t i = 0; i + n <= padded.size(); ++i) {
    std::uint32_t g = 0;
    for (std::size_t k = 0; k < n; ++k) g = g << 8 | static_cast<unsigned char>(padded[i + k]);
    out.push_back(g);
  }
  std::sort(out.begin(), out.end());
}

}  // namespace

CharNgramOverlap char_ngram_overlap(std::string_view a, std::string_view b) {
  static_assert(kMaxCharNgram <= 4, "n-grams are packed into 32 bits");
  return overlap_by_length<kCharNgramSizes, std::uint32_t>(a, b, kMinCharNgram, char_ngrams);
}

std::size_t common_subsequence_length(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b) {
  a = a.first(std::min(a.size(), kMaxSubsequenceWords));
  b = b.first(std::min(b.size(), kMaxSubsequenceWords));
  // One row of the usual table, updated in place (diagonal kept aside).
  std::vector<std::uint32_t> row(b.size() + 1, 0);
  for (std::size_t i = 0; i < a.size(); ++i) {
    std::uint32_t diagonal = 0;
    for (std::size_t j = 0; j < b.size(); ++j) {
      const std::uint32_t above = row[j + 1];
      row[j + 1] = a[i] == b[j] ? diagonal + 1 : std::max(above, row[j]);
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace parallax
