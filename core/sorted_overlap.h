// Overlap of two multisets held as sorted vectors, as the paraphrase
// features count it (word_ngrams.h, pair_surface.h): how many items they
// share, and that count as Dice and as the share of each side.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <vector>

namespace parallax {

// Items x and y have in common, counted with multiplicity (both sorted).
template <typename T>
std::size_t sorted_shared_count(const std::vector<T>& x, const std::vector<T>& y) {
  std::size_t shared = 0;
  for (std::size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    if (x[i] < y[j]) ++i;
    else if (x[i] > y[j]) ++j;
    else ++shared, ++i, ++j;
  }
  return shared;
}

// Dice (shared over all items of both sides) and each side's shared share,
// the lower and the higher: 1 when neither side has an item, 0 for a side
// without one when the other has some.
struct OverlapShares {
  double dice = 1, min_precision = 1, max_precision = 1;
};

template <typename T>
OverlapShares sorted_overlap(const std::vector<T>& x, const std::vector<T>& y) {
  const double shared = static_cast<double>(sorted_shared_count(x, y));
  const double nx = static_cast<double>(x.size()), ny = static_cast<double>(y.size());
  const double px = nx > 0 ? shared / nx : (ny > 0 ? 0 : 1);
  const double py = ny > 0 ? shared / ny : (nx > 0 ? 0 : 1);
  return {nx + ny > 0 ? 2 * shared / (nx + ny) : 1, std::min(px, py), std::max(px, py)};
}

// The shares for several n-gram lengths (index: n - the shortest n).
template <std::size_t N>
struct OverlapByLength {
  std::array<double, N> dice{}, min_precision{}, max_precision{};
  void set(std::size_t index, const OverlapShares& shares) {
    dice[index] = shares.dice;
    min_precision[index] = shares.min_precision;
    max_precision[index] = shares.max_precision;
  }
};

// OverlapByLength of a and b for n = first .. first + N - 1, where
// grams(text, n, out) lists a text's n-grams, sorted, into out (a vector of Item).
template <std::size_t N, typename Item, typename Text, typename Grams>
OverlapByLength<N> overlap_by_length(const Text& a, const Text& b, std::size_t first, Grams grams) {
  OverlapByLength<N> o;
  std::vector<Item> x, y;
  for (std::size_t n = first; n < first + N; ++n) {
    grams(a, n, x);
    grams(b, n, y);
    o.set(n - first, sorted_overlap(x, y));
  }
  return o;
}

}  // namespace parallax
