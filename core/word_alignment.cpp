#include "word_alignment.h"

#include <algorithm>
#include <bit>
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

// The length of the longest common subsequence of every pair of suffixes,
// a[i..] and b[j..], from one row of m bits per suffix of a: the bit-vector
// algorithm of Allison and Dix (in the form of Crochemore et al. 2001) run
// over both sequences reversed, 64 cells of the classic table per step.
// Bit p of a row stands for b[m - 1 - p]; the row after the r last words of
// a has as many zero bits among its low k bits as LCS(a[n - r..], b[m - k..]).
class SuffixLcs {
 public:
  SuffixLcs(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b, AlignmentScratch& scratch)
      : n_(a.size()), m_(b.size()), words_((m_ + 63) / 64) {
    // Match masks: for each distinct word of b, the bits of its places, found
    // through a small open-addressing table of b's words.
    bits_ = 4;
    while ((std::size_t{1} << bits_) < 2 * m_) ++bits_;
    std::vector<std::uint32_t>& slots = scratch.slots;  // distinct index + 1, 0: empty
    slots.assign(std::size_t{1} << bits_, 0);
    std::vector<std::uint32_t>& distinct = scratch.distinct;
    distinct.clear();
    std::vector<std::uint64_t>& masks = scratch.masks;
    masks.clear();
    for (std::size_t j = 0; j < m_; ++j) {
      std::uint32_t& slot = slots[find_slot(slots, distinct, b[j])];
      if (slot == 0) {
        distinct.push_back(b[j]);
        slot = static_cast<std::uint32_t>(distinct.size());
        masks.resize(masks.size() + words_, 0);
      }
      const std::size_t bit = m_ - 1 - j;
      masks[(slot - 1) * words_ + bit / 64] |= std::uint64_t{1} << (bit % 64);
    }
    std::vector<std::uint64_t>& rows = scratch.rows;
    rows.assign((n_ + 1) * words_, ~std::uint64_t{0});
    rows_ = rows.data();
    for (std::size_t r = 0; r < n_; ++r) {
      const std::uint64_t* v = rows_ + r * words_;
      std::uint64_t* next = rows.data() + (r + 1) * words_;
      const std::uint32_t slot = slots[find_slot(slots, distinct, a[n_ - 1 - r])];
      if (slot == 0) {
        std::copy(v, v + words_, next);  // a word b lacks changes no length
        continue;
      }
      const std::uint64_t* mask = masks.data() + (slot - 1) * words_;
      std::uint64_t carry = 0;
      for (std::size_t w = 0; w < words_; ++w) {  // next = (v + u) | (v - u), u = v & mask
        const std::uint64_t u = v[w] & mask[w];
        const std::uint64_t with_carry = v[w] + carry;
        const std::uint64_t sum = with_carry + u;
        carry = (with_carry < carry) | (sum < with_carry);
        next[w] = sum | (v[w] & ~u);  // u's bits are v's: v - u borrows nothing
      }
    }
    // Ones before each word of each row, so that at() reads two numbers.
    std::vector<std::uint32_t>& ones_before = scratch.ones_before;
    ones_before.resize((n_ + 1) * words_);
    for (std::size_t r = 0; r <= n_; ++r) {
      std::uint32_t ones = 0;
      for (std::size_t w = 0; w < words_; ++w) {
        ones_before[r * words_ + w] = ones;
        ones += static_cast<std::uint32_t>(std::popcount(rows_[r * words_ + w]));
      }
    }
    ones_before_ = ones_before.data();
  }

  // LCS(a[i..], b[j..]) for i <= n, j <= m.
  std::uint32_t at(std::size_t i, std::size_t j) const {
    const std::size_t row = (n_ - i) * words_;
    const std::size_t k = m_ - j;  // the low k bits stand for b[j..]
    if (k == 0) return 0;
    const std::size_t w = (k - 1) / 64;  // the word holding bit k - 1
    const std::uint64_t low = rows_[row + w] & (~std::uint64_t{0} >> (63 - (k - 1) % 64));
    return static_cast<std::uint32_t>(k - ones_before_[row + w] - static_cast<std::size_t>(std::popcount(low)));
  }

 private:
  // The slot of `word`: its own, or the empty one where it would go.
  std::size_t find_slot(const std::vector<std::uint32_t>& slots, const std::vector<std::uint32_t>& distinct,
                        std::uint32_t word) const {
    const std::size_t mask = slots.size() - 1;
    std::size_t i = (word * 0x9E3779B1u) >> (32 - bits_);  // high bits: best mixed
    while (slots[i] != 0 && distinct[slots[i] - 1] != word) i = (i + 1) & mask;
    return i;
  }

  std::size_t n_, m_, words_;
  int bits_ = 0;
  const std::uint64_t* rows_ = nullptr;
  const std::uint32_t* ones_before_ = nullptr;
};

}  // namespace

WordAlignment align_words(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
                          std::uint64_t max_cells) {
  AlignmentScratch scratch;
  return align_words(a, b, max_cells, scratch);
}

WordAlignment align_words(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
                          std::uint64_t max_cells, AlignmentScratch& scratch) {
  const std::size_t n = a.size(), m = b.size();
  if (n == 0 || m == 0) return {};
  if (static_cast<std::uint64_t>(n) * m > max_cells) return align_unique(a, b);
  const SuffixLcs lcs(a, b, scratch);
  WordAlignment out;
  std::size_t i = 0, j = 0;
  // The forward trace takes the earliest of equal candidates; compact() then
  // moves each match as late as the next match allows.
  while (i < n && j < m) {
    if (a[i] == b[j]) {
      out.matches.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j)});
      ++i, ++j;
    } else if (lcs.at(i + 1, j) >= lcs.at(i, j + 1)) {
      ++i;
    } else {
      ++j;
    }
  }
  compact(a, b, out.matches);
  return out;
}

}  // namespace parallax
