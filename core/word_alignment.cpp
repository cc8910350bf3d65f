#include "word_alignment.h"

#include <algorithm>
#include <unordered_map>

namespace parallax {

namespace {

// Greedy fallback: words that occur once in each sequence, kept in increasing
// order (a patience-style anchor set), which is what matters for very long spans.
WordAlignment align_unique(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  std::unordered_map<std::uint32_t, std::pair<int, std::uint32_t>> count_a, count_b;
  for (std::uint32_t i = 0; i < a.size(); ++i) {
    auto& c = count_a[a[i]];
    ++c.first;
    c.second = i;
  }
  for (std::uint32_t j = 0; j < b.size(); ++j) {
    auto& c = count_b[b[j]];
    ++c.first;
    c.second = j;
  }
  WordAlignment out;
  out.approximate = true;
  std::uint32_t last_j = 0;
  bool any = false;
  for (std::uint32_t i = 0; i < a.size(); ++i) {
    const auto ca = count_a.find(a[i]);
    const auto cb = count_b.find(a[i]);
    if (ca->second.first != 1 || cb == count_b.end() || cb->second.first != 1) continue;
    const std::uint32_t j = cb->second.second;
    if (any && j <= last_j) continue;
    out.matches.push_back({i, j});
    last_j = j;
    any = true;
  }
  return out;
}

// Slides each match to the latest equal word before the next match, so a
// stray early occurrence ("café ... The café owner") does not open the
// alignment with a gap: the passage then starts where the reuse does.
void compact(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
             std::vector<std::pair<std::uint32_t, std::uint32_t>>& matches) {
  for (std::size_t k = matches.size(); k-- > 0;) {
    const std::uint32_t limit_i = k + 1 < matches.size() ? matches[k + 1].first : static_cast<std::uint32_t>(a.size());
    const std::uint32_t limit_j = k + 1 < matches.size() ? matches[k + 1].second : static_cast<std::uint32_t>(b.size());
    auto& [i, j] = matches[k];
    for (std::uint32_t x = limit_i; x-- > i + 1;)
      if (a[x] == a[i]) {
        i = x;
        break;
      }
    for (std::uint32_t y = limit_j; y-- > j + 1;)
      if (b[y] == b[j]) {
        j = y;
        break;
      }
  }
}

}  // namespace

WordAlignment align_words(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
                          std::uint64_t max_cells) {
  std::vector<std::uint16_t> table;
  return align_words(a, b, max_cells, table);
}

WordAlignment align_words(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
                          std::uint64_t max_cells, std::vector<std::uint16_t>& table) {
  const std::size_t n = a.size(), m = b.size();
  if (n == 0 || m == 0) return {};
  if (static_cast<std::uint64_t>(n) * m > max_cells) return align_unique(a, b);
  // lengths[i][j] = LCS of a[i..] and b[j..], 16-bit (spans are capped far below 65535 words).
  // Every cell is written before it is read but the last row and column,
  // which are set to zero here: the rest keeps what an earlier call left.
  if (table.size() < (n + 1) * (m + 1)) table.resize((n + 1) * (m + 1));
  const auto at = [&](std::size_t i, std::size_t j) -> std::uint16_t& { return table[i * (m + 1) + j]; };
  for (std::size_t j = 0; j <= m; ++j) at(n, j) = 0;
  for (std::size_t i = 0; i < n; ++i) at(i, m) = 0;
  for (std::size_t i = n; i-- > 0;)
    for (std::size_t j = m; j-- > 0;)
      at(i, j) = a[i] == b[j] ? static_cast<std::uint16_t>(at(i + 1, j + 1) + 1)
                              : std::max(at(i + 1, j), at(i, j + 1));
  WordAlignment out;
  std::size_t i = 0, j = 0;
  // The forward trace takes the earliest of equal candidates; compact() then
  // moves each match as late as the next match allows.
  while (i < n && j < m) {
    if (a[i] == b[j]) {
      out.matches.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j)});
      ++i, ++j;
    } else if (at(i + 1, j) >= at(i, j + 1)) {
      ++i;
    } else {
      ++j;
    }
  }
  compact(a, b, out.matches);
  return out;
}

}  // namespace parallax
