// The slot array of an open-addressing hash table whose entries live in the
// caller's own vectors: slot = entry index + 1, 0 for empty, linear probing,
// load factor at most 1/2, so a lookup is a hash, a probe or two and one
// comparison. Used by the vocabulary (word forms) and the near-passage seed
// index (key pairs), the two hottest lookups of an analysis.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace parallax {

// Doubles the table (from 1,024 slots) and puts every entry back by its
// hash: hash_of(entry) for entries 0..entries-1, its low bits the index.
template <typename HashOf>
void grow_table(std::vector<std::uint32_t>& slots, std::size_t& mask, std::size_t entries, HashOf hash_of) {
  const std::size_t capacity = slots.empty() ? 1024 : slots.size() * 2;
  slots.assign(capacity, 0);
  mask = capacity - 1;
  for (std::uint32_t e = 0; e < entries; ++e) {
    std::size_t i = hash_of(e) & mask;
    while (slots[i] != 0) i = (i + 1) & mask;
    slots[i] = e + 1;
  }
}

// An empty table big enough for `expected` entries without growing: for
// callers that know about how many distinct entries are coming, so that no
// doubling rehashes what is already in.
inline void reserve_table(std::vector<std::uint32_t>& slots, std::size_t& mask, std::size_t expected) {
  std::size_t capacity = 1024;
  while (capacity < 2 * expected + 2) capacity *= 2;
  slots.assign(capacity, 0);
  mask = capacity - 1;
}

}  // namespace parallax
