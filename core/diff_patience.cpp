#include "diff_patience.h"

#include <algorithm>

#include "diff_slices.h"

namespace parallax {

namespace {

// Occurrences of each id in ids[begin, end), capped at 2; with `position`, the
// last position of each.
[[gnu::noinline]] void tally(const std::uint32_t* ids, std::uint32_t begin, std::uint32_t end,
                             std::uint8_t* count, std::uint32_t* position) {
  for (std::uint32_t i = begin; i < end; ++i) {
    std::uint8_t& c = count[ids[i]];
    if (c < 2) ++c;
    if (position) position[ids[i]] = i;
  }
}

// Positions in a[begin, end) of ids that occur once in each side, paired with
// their position in b.
[[gnu::noinline]] void unique_pairs(const std::uint32_t* a, std::uint32_t begin, std::uint32_t end,
                                    const std::uint8_t* count_a, const std::uint8_t* count_b,
                                    const std::uint32_t* position_b,
                                    std::vector<std::pair<std::uint32_t, std::uint32_t>>& out) {
  for (std::uint32_t i = begin; i < end; ++i) {
    const std::uint32_t id = a[i];
    if (count_a[id] == 1 && count_b[id] == 1) out.emplace_back(i, position_b[id]);
  }
}

// Patience sorting over candidates [begin, end): tails[l] is the candidate
// ending the best chain of length l + 1 seen so far (smallest b), tail_b[l]
// its b position (searched without a trip into candidates); previous[] links
// the chains. Two versions of one text keep most unique words in order, so a
// candidate usually extends the longest chain: that is tested first.
[[gnu::noinline]] void extend_chains(const std::vector<std::pair<std::uint32_t, std::uint32_t>>& candidates,
                                     std::uint32_t begin, std::uint32_t end,
                                     std::vector<std::uint32_t>& tails, std::vector<std::uint32_t>& tail_b,
                                     std::uint32_t* previous) {
  for (std::uint32_t c = begin; c < end; ++c) {
    const std::uint32_t bj = candidates[c].second;
    if (tail_b.empty() || tail_b.back() < bj) {
      if (!tails.empty()) previous[c] = tails.back();
      tails.push_back(c);
      tail_b.push_back(bj);
      continue;
    }
    const std::size_t l = std::lower_bound(tail_b.begin(), tail_b.end(), bj) - tail_b.begin();
    if (l > 0) previous[c] = tails[l - 1];
    tails[l] = c;
    tail_b[l] = bj;
  }
}

}  // namespace

UniqueAnchors::UniqueAnchors(const std::uint32_t* a, const std::uint32_t* b,
                             std::uint32_t id_count)
    : a_(a), b_(b), count_a_(id_count, 0), count_b_(id_count, 0), position_b_(id_count, 0) {}

// Every pass goes over the box a slice at a time (diff_slices.h).
std::vector<std::pair<std::uint32_t, std::uint32_t>> UniqueAnchors::find(const DiffBox& box) {
  by_slices(box.b0, box.b1, [&](std::uint32_t s, std::uint32_t e) {
    tally(b_, s, e, count_b_.data(), position_b_.data());
  });
  by_slices(box.a0, box.a1, [&](std::uint32_t s, std::uint32_t e) { tally(a_, s, e, count_a_.data(), nullptr); });
  // Candidates in a's order; their b positions are what must increase.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> candidates;
  by_slices(box.a0, box.a1, [&](std::uint32_t s, std::uint32_t e) {
    unique_pairs(a_, s, e, count_a_.data(), count_b_.data(), position_b_.data(), candidates);
  });
  by_slices(box.a0, box.a1, [&](std::uint32_t s, std::uint32_t e) { set_for_ids(a_, s, e, count_a_.data(), 0); });
  by_slices(box.b0, box.b1, [&](std::uint32_t s, std::uint32_t e) { set_for_ids(b_, s, e, count_b_.data(), 0); });
  if (candidates.size() <= 1) return candidates;

  std::vector<std::uint32_t> tails, tail_b;
  std::vector<std::uint32_t> previous(candidates.size(), UINT32_MAX);
  by_slices(0, static_cast<std::uint32_t>(candidates.size()), [&](std::uint32_t s, std::uint32_t e) {
    extend_chains(candidates, s, e, tails, tail_b, previous.data());
  });
  std::vector<std::pair<std::uint32_t, std::uint32_t>> chain(tails.size());
  std::uint32_t c = tails.back();
  for (std::size_t k = tails.size(); k-- > 0; c = previous[c]) chain[k] = candidates[c];
  return chain;
}

}  // namespace parallax
