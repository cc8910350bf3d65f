// The two halves of discrepancies.h, and what they share. Internal to the core.
#pragma once

#include <cstdint>
#include <numeric>
#include <vector>

#include "discrepancies.h"

namespace parallax {

// Union-find over items 0..n-1: comparisons that share a value become one discrepancy.
class Groups {
 public:
  explicit Groups(std::size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0u); }
  std::uint32_t find(std::uint32_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void join(std::uint32_t a, std::uint32_t b) {
    a = find(a);
    b = find(b);
    if (a != b) parent_[a > b ? a : b] = a < b ? a : b;
  }

 private:
  std::vector<std::uint32_t> parent_;
};

// Match keys of the content words of tokens [first, end) that are words, sorted, unique.
std::vector<std::uint32_t> content_keys(const Tokens& tokens, std::uint32_t first, std::uint32_t end, MatchKeys& keys);

// How many keys two sorted unique lists share.
std::uint32_t shared_count(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b);

// Index of the first token starting at or after byte `at`.
std::uint32_t token_at(const Tokens& tokens, std::uint32_t at);

std::vector<DiscrepancyReport> value_discrepancies(const std::vector<DiscrepancyDocument>& docs,
                                                   const std::vector<FactReport>& facts, MatchKeys& keys);

std::vector<DiscrepancyReport> quote_discrepancies(const std::vector<DiscrepancyDocument>& docs,
                                                   const std::vector<EntityReport>& entities, MatchKeys& keys);

}  // namespace parallax
