#include "suffix_array.h"

#include <algorithm>

namespace parallax {

namespace {

// Stable counting sort of `order` by key(i) in [0, buckets).
template <typename Key>
void counting_sort(std::vector<std::uint32_t>& order, std::vector<std::uint32_t>& scratch,
                   std::vector<std::uint32_t>& counts, std::uint32_t buckets, Key key) {
  counts.assign(buckets + 1, 0);
  for (std::uint32_t i : order) ++counts[key(i) + 1];
  for (std::uint32_t b = 0; b < buckets; ++b) counts[b + 1] += counts[b];
  scratch.resize(order.size());
  for (std::uint32_t i : order) scratch[counts[key(i)]++] = i;
  order.swap(scratch);
}

}  // namespace

SuffixArray build_suffix_array(const std::vector<std::uint32_t>& symbols,
                               std::uint32_t alphabet_size) {
  SuffixArray out;
  const auto n = static_cast<std::uint32_t>(symbols.size());
  if (n == 0) return out;
  std::vector<std::uint32_t>& sa = out.sa;
  std::vector<std::uint32_t> rank(n), next_rank(n), scratch, counts;
  sa.resize(n);
  for (std::uint32_t i = 0; i < n; ++i) sa[i] = i;

  // Round 0: order by the first symbol; ranks are dense (0..distinct-1).
  counting_sort(sa, scratch, counts, alphabet_size, [&](std::uint32_t i) { return symbols[i]; });
  std::uint32_t classes = 0;
  for (std::uint32_t k = 0; k < n; ++k) {
    if (k > 0 && symbols[sa[k]] != symbols[sa[k - 1]]) ++classes;
    rank[sa[k]] = classes;
  }
  ++classes;

  // Each round doubles the sorted prefix length h: sort by (rank[i], rank[i+h]),
  // with rank 0 reserved for "past the end" in the second key.
  for (std::uint32_t h = 1; classes < n; h *= 2) {
    const auto second = [&](std::uint32_t i) { return i + h < n ? rank[i + h] + 1 : 0; };
    counting_sort(sa, scratch, counts, classes + 1, second);
    counting_sort(sa, scratch, counts, classes, [&](std::uint32_t i) { return rank[i]; });
    std::uint32_t c = 0;
    next_rank[sa[0]] = 0;
    for (std::uint32_t k = 1; k < n; ++k) {
      const std::uint32_t a = sa[k - 1], b = sa[k];
      if (rank[a] != rank[b] || second(a) != second(b)) ++c;
      next_rank[b] = c;
    }
    rank.swap(next_rank);
    classes = c + 1;
    if (h > n) break;  // cannot happen for a total order; guards against misuse
  }

  // Kasai: lcp of each suffix with its predecessor in sa, walking text order.
  // After the loop above, rank[i] is the position of suffix i in sa.
  out.lcp.assign(n, 0);
  std::uint32_t h = 0;
  for (std::uint32_t i = 0; i < n; ++i) {
    const std::uint32_t r = rank[i];
    if (r == 0) {
      h = 0;
      continue;
    }
    const std::uint32_t j = sa[r - 1];
    while (i + h < n && j + h < n && symbols[i + h] == symbols[j + h]) ++h;
    out.lcp[r] = h;
    if (h > 0) --h;
  }
  return out;
}

}  // namespace parallax
