// Unique-token anchors: the idea of patience diff (Bram Cohen).
//
// The basic idea: a token that occurs exactly once in each of two texts almost
// always marks the same place in both. Take every such pair, keep the longest
// chain of them that is in the same order in both texts (the longest
// increasing subsequence, found as in patience sorting in O(k log k)), and the
// texts are cut into small independent pieces between consecutive anchors.
// That turns one huge O(ND) search into many tiny ones.
//
// The price: an anchor need not lie on a minimal script (a unique word that
// happens to match across a rewritten stretch), so scripts built on anchors
// are near-minimal, not guaranteed minimal. diff_script.h uses anchors only
// for large inputs and as the approximation once the work limit is reached.
//
// Contract: returns anchor pairs (a index, b index) strictly increasing in
// both; linear time in the box plus O(k log k). Never throws except
// std::bad_alloc.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "diff_myers.h"

namespace parallax {

class UniqueAnchors {
 public:
  // id_count: one more than the largest token id in a and b.
  UniqueAnchors(const std::uint32_t* a, const std::uint32_t* b, std::uint32_t id_count);

  std::vector<std::pair<std::uint32_t, std::uint32_t>> find(const DiffBox& box);

 private:
  const std::uint32_t* a_;
  const std::uint32_t* b_;
  // Per token id: occurrences in the box's a and b (capped at 2), and its
  // position in b. Reset after each call by walking the box again.
  std::vector<std::uint8_t> count_a_, count_b_;
  std::vector<std::uint32_t> position_b_;
};

}  // namespace parallax
