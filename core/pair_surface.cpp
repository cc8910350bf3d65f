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

namespace {

// One longest common subsequence of a and b, matching words as early as
// possible, with the longest runs it leaves out on each side.
CommonSubsequence walk_subsequence(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b) {
  // suffix[i * (m + 1) + j]: the subsequence length of a[i..] and b[j..].
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::uint16_t> suffix((n + 1) * (m + 1), 0);
  const auto at = [&](std::size_t i, std::size_t j) -> std::uint16_t& { return suffix[i * (m + 1) + j]; };
  for (std::size_t i = n; i-- > 0;)
    for (std::size_t j = m; j-- > 0;)
      at(i, j) = a[i] == b[j] ? static_cast<std::uint16_t>(at(i + 1, j + 1) + 1) : std::max(at(i + 1, j), at(i, j + 1));
  CommonSubsequence out;
  out.length = at(0, 0);
  out.lead_a = out.trail_a = n, out.lead_b = out.trail_b = m;
  std::size_t i = 0, j = 0, gap_a = 0, gap_b = 0;
  while (i < n && j < m) {
    if (a[i] == b[j]) {
      if (out.lead_a == n) out.lead_a = i, out.lead_b = j;
      out.trail_a = n - i - 1, out.trail_b = m - j - 1;
      ++i, ++j, gap_a = gap_b = 0;
    } else if (at(i + 1, j) >= at(i, j + 1)) {
      out.longest_gap_a = std::max(out.longest_gap_a, ++gap_a), ++i;
    } else {
      out.longest_gap_b = std::max(out.longest_gap_b, ++gap_b), ++j;
    }
  }
  out.longest_gap_a = std::max(out.longest_gap_a, gap_a + (n - i));
  out.longest_gap_b = std::max(out.longest_gap_b, gap_b + (m - j));
  return out;
}

}  // namespace

CommonSubsequence common_subsequence(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b) {
  a = a.first(std::min(a.size(), kMaxSubsequenceWords));
  b = b.first(std::min(b.size(), kMaxSubsequenceWords));
  // The walk breaks ties by side, so it is taken both ways round and each
  // side keeps its shorter runs: the result does not depend on order.
  const CommonSubsequence ab = walk_subsequence(a, b), ba = walk_subsequence(b, a);
  CommonSubsequence out;
  out.length = ab.length;
  out.longest_gap_a = std::min(ab.longest_gap_a, ba.longest_gap_b);
  out.longest_gap_b = std::min(ab.longest_gap_b, ba.longest_gap_a);
  out.lead_a = std::min(ab.lead_a, ba.lead_b), out.lead_b = std::min(ab.lead_b, ba.lead_a);
  out.trail_a = std::min(ab.trail_a, ba.trail_b), out.trail_b = std::min(ab.trail_b, ba.trail_a);
  return out;
}

}  // namespace parallax
