// Sorting lists of passages and seeds by integer keys, through one shared
// sort of (key, place) pairs.
//
// Why: each std::sort or std::stable_sort with a comparator of its own is
// one more copy of the sorting code in the page's WASM (1.5-8 KB each; the
// passage stages' copies were about 35 KB of a page that must stay under its
// budget). Every order here is a sort of std::pair<std::uint64_t,
// std::uint32_t> with the default order, compiled once for the whole program.
//
// Contract: stable (items with equal keys keep their order); O(n log n);
// moves each item once. A key of two parts (sort_by_keys) sorts by the
// first, then the second.
#pragma once

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace parallax {

// The items' places in the order of their keys (ties by place).
template <typename T, typename Key>
std::vector<std::pair<std::uint64_t, std::uint32_t>> places_by_key(const std::vector<T>& items, const Key& key) {
  std::vector<std::pair<std::uint64_t, std::uint32_t>> order(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) order[i] = {key(items[i]), static_cast<std::uint32_t>(i)};
  std::sort(order.begin(), order.end());
  return order;
}

template <typename T, typename Key>
void sort_by_key(std::vector<T>& items, const Key& key) {
  const auto order = places_by_key(items, key);
  std::vector<T> sorted;
  sorted.reserve(items.size());
  for (const auto& place : order) sorted.push_back(std::move(items[place.second]));
  items.swap(sorted);
}

// By `first`, then by `second` (two 64-bit keys): the second order first,
// then the first, which keeps ties in the second's order.
template <typename T, typename First, typename Second>
void sort_by_keys(std::vector<T>& items, const First& first, const Second& second) {
  sort_by_key(items, second);
  sort_by_key(items, first);
}

// Two 32-bit numbers as one key, the first more significant.
inline std::uint64_t key_of(std::uint32_t high, std::uint32_t low) {
  return static_cast<std::uint64_t>(high) << 32 | low;
}

}  // namespace parallax
