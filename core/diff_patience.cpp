#include "diff_patience.h"

#include <algorithm>

namespace parallax {

UniqueAnchors::UniqueAnchors(const std::uint32_t* a, const std::uint32_t* b,
                             std::uint32_t id_count)
    : a_(a), b_(b), count_a_(id_count, 0), count_b_(id_count, 0), position_b_(id_count, 0) {}

std::vector<std::pair<std::uint32_t, std::uint32_t>> UniqueAnchors::find(const DiffBox& box) {
  for (std::uint32_t j = box.b0; j < box.b1; ++j) {
    std::uint8_t& c = count_b_[b_[j]];
    if (c < 2) ++c;
    position_b_[b_[j]] = j;
  }
  for (std::uint32_t i = box.a0; i < box.a1; ++i) {
    std::uint8_t& c = count_a_[a_[i]];
    if (c < 2) ++c;
  }
  // Candidates in a's order; their b positions are what must increase.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> candidates;
  for (std::uint32_t i = box.a0; i < box.a1; ++i) {
    const std::uint32_t id = a_[i];
    if (count_a_[id] == 1 && count_b_[id] == 1) candidates.emplace_back(i, position_b_[id]);
  }
  for (std::uint32_t i = box.a0; i < box.a1; ++i) count_a_[a_[i]] = 0;
  for (std::uint32_t j = box.b0; j < box.b1; ++j) count_b_[b_[j]] = 0;
  if (candidates.size() <= 1) return candidates;

  // Patience sorting: tails[l] is the candidate ending the best chain of
  // length l + 1 seen so far (smallest b); previous[] links the chains.
  std::vector<std::uint32_t> tails;
  std::vector<std::uint32_t> previous(candidates.size(), UINT32_MAX);
  for (std::uint32_t c = 0; c < candidates.size(); ++c) {
    const std::uint32_t bj = candidates[c].second;
    const auto it = std::lower_bound(tails.begin(), tails.end(), bj,
                                     [&](std::uint32_t t, std::uint32_t v) {
                                       return candidates[t].second < v;
                                     });
    if (it != tails.begin()) previous[c] = *(it - 1);
    if (it == tails.end()) {
      tails.push_back(c);
    } else {
      *it = c;
    }
  }
  std::vector<std::pair<std::uint32_t, std::uint32_t>> chain(tails.size());
  std::uint32_t c = tails.back();
  for (std::size_t k = tails.size(); k-- > 0; c = previous[c]) chain[k] = candidates[c];
  return chain;
}

}  // namespace parallax
