#include "suffix_array.h"

#include <algorithm>

namespace parallax {

[[gnu::noinline]] SuffixArray build_suffix_array(const std::vector<std::uint32_t>& symbols,
                               std::uint32_t alphabet_size) {
  SuffixArray out;
  const auto n = static_cast<std::uint32_t>(symbols.size());
  if (n == 0) return out;
  std::vector<std::uint32_t>& sa = out.sa;
  sa.resize(n);

  // Round 0: the suffixes sorted by their first two symbols, with two stable
  // counting sorts (by the second symbol, then by the first). Natural text
  // settles most suffixes there; sorting by one symbol left groups as large
  // as a common word's occurrences ("the": tens of thousands) to a
  // comparison sort in the first doubling round.
  const auto second = [&](std::uint32_t i) { return i + 1 < n ? symbols[i + 1] + 1 : 0u; };  // 0: none
  std::vector<std::uint32_t> by_second(n);
  {
    std::vector<std::uint32_t> counts(static_cast<std::size_t>(alphabet_size) + 2, 0);
    for (std::uint32_t i = 0; i < n; ++i) ++counts[second(i) + 1];
    for (std::uint32_t b = 0; b <= alphabet_size; ++b) counts[b + 1] += counts[b];
    for (std::uint32_t i = 0; i < n; ++i) by_second[counts[second(i)]++] = i;
    counts.assign(static_cast<std::size_t>(alphabet_size) + 1, 0);
    for (std::uint32_t x : symbols) ++counts[x + 1];
    for (std::uint32_t b = 0; b < alphabet_size; ++b) counts[b + 1] += counts[b];
    for (std::uint32_t i : by_second) sa[counts[symbols[i]]++] = i;
  }
  std::vector<std::uint32_t>().swap(by_second);

  // group[i]: the index in sa of the last member of suffix i's group. Groups
  // are always in sorted order, so group numbers compare like h-prefixes.
  std::vector<std::uint32_t> group(n);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> unsettled, next;  // [first, last] in sa
  for (std::uint32_t k = 0; k < n;) {
    std::uint32_t last = k;
    while (last + 1 < n && symbols[sa[last + 1]] == symbols[sa[k]] && second(sa[last + 1]) == second(sa[k])) ++last;
    for (std::uint32_t j = k; j <= last; ++j) group[sa[j]] = last;
    if (last > k) unsettled.push_back({k, last});
    k = last + 1;
  }

  // Larsson-Sadakane doubling: each round sorts only the groups that still
  // hold several suffixes, by the group of the suffix h further on. Updating
  // group numbers in place during a round is safe (it only refines the order),
  // and natural text settles almost every suffix within a few words, so later
  // rounds touch only the repeated passages.
  // (key << 32 | suffix): one integer compares faster than a pair, notably in WASM.
  std::vector<std::uint64_t> keyed;
  for (std::uint32_t h = 2; !unsettled.empty(); h = h < n ? h * 2 : n) {
    next.clear();
    for (const auto& [first, last] : unsettled) {
      if (last == first + 1) {  // most groups left are one passage's two copies: no sort call
        const std::uint32_t i = sa[first], j = sa[last];
        std::uint64_t x = static_cast<std::uint64_t>(i + h < n ? group[i + h] + 1 : 0) << 32 | i;
        std::uint64_t y = static_cast<std::uint64_t>(j + h < n ? group[j + h] + 1 : 0) << 32 | j;
        if (y < x) std::swap(x, y);
        sa[first] = static_cast<std::uint32_t>(x), sa[last] = static_cast<std::uint32_t>(y);
        if ((x >> 32) == (y >> 32)) {
          group[sa[first]] = group[sa[last]] = last;
          next.push_back({first, last});
        } else {
          group[sa[first]] = first, group[sa[last]] = last;
        }
        continue;
      }
      keyed.clear();
      for (std::uint32_t k = first; k <= last; ++k) {
        const std::uint32_t i = sa[k];
        keyed.push_back(static_cast<std::uint64_t>(i + h < n ? group[i + h] + 1 : 0) << 32 | i);
      }
      std::sort(keyed.begin(), keyed.end());
      for (std::uint32_t k = first; k <= last; ++k) sa[k] = static_cast<std::uint32_t>(keyed[k - first]);
      for (std::uint32_t a = first; a <= last;) {
        std::uint32_t b = a;
        while (b + 1 <= last && (keyed[b + 1 - first] >> 32) == (keyed[a - first] >> 32)) ++b;
        for (std::uint32_t j = a; j <= b; ++j) group[sa[j]] = b;
        if (b > a) next.push_back({a, b});
        a = b + 1;
      }
    }
    unsettled.swap(next);
  }

  // Kasai: lcp of each suffix with its predecessor in sa, walking text order.
  // Now every group is a single suffix, so group[i] is i's position in sa.
  const std::vector<std::uint32_t>& rank = group;
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
