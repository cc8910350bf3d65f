// Union-find over items 0..n-1 (path halving; the smaller index is the root,
// so results do not depend on the order of unions).
#pragma once

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <vector>

namespace parallax {

class UnionFind {
 public:
  explicit UnionFind(std::size_t n = 0) { reset(n); }
  // n singletons again, keeping the memory (for callers that reuse one).
  void reset(std::size_t n) {
    parent_.resize(n);
    std::iota(parent_.begin(), parent_.end(), 0u);
  }
  std::uint32_t find(std::uint32_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void unite(std::uint32_t a, std::uint32_t b) { link(find(a), find(b)); }
  // True when x is root or hangs directly from it (then find(x) == root).
  bool is_child_of(std::uint32_t x, std::uint32_t root) const { return x == root || parent_[x] == root; }
  // Joins two roots; returns the root of the joined set. For callers that
  // join one item to many others and keep its root rather than find it again.
  std::uint32_t link(std::uint32_t root_a, std::uint32_t root_b) {
    if (root_a == root_b) return root_a;
    parent_[std::max(root_a, root_b)] = std::min(root_a, root_b);
    return std::min(root_a, root_b);
  }

 private:
  std::vector<std::uint32_t> parent_;
};

}  // namespace parallax
