// Which of many keys may occur more than once, in a few bits per key.
//
// Where most keys occur once (pairs of neighbouring words, word n-grams),
// keeping only those that can repeat saves most of the later work and memory.
// A first pass add()s every key to two bit sets of hashed keys, seen once and
// seen again; then may_repeat(key) is true for every key added twice or more,
// and false for a key added once unless another key shares its hash bit (a
// collision keeps a key for nothing; no repeating key is ever missed).
//
// Contract: deterministic; add() before may_repeat(); 2^bits_per_key_log2
// bits per expected key in each set (at least 2^16 bits).
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace parallax {

class RepeatFilter {
 public:
  RepeatFilter(std::size_t expected_keys, int bits_per_key_log2)
      : bits_(std::max(16, static_cast<int>(std::bit_width(expected_keys)) + bits_per_key_log2)),
        words_(std::size_t{2} << (bits_ - 6)) {}

  // Adds a key; true when its bit was seen before (a repeat, or a collision).
  bool add(std::uint64_t key) {
    const std::uint64_t bit = bit_of(key), mask = std::uint64_t{1} << (bit & 63);
    std::uint64_t* pair = words_.data() + 2 * (bit >> 6);  // seen, again: one cache line
    const bool before = (pair[0] & mask) != 0;
    pair[1] |= pair[0] & mask;
    pair[0] |= mask;
    return before;
  }

  bool may_repeat(std::uint64_t key) const {
    const std::uint64_t bit = bit_of(key);
    return (words_[2 * (bit >> 6) + 1] >> (bit & 63)) & 1;
  }

  // Bits seen again: with the number of add()s that returned true, the exact
  // number of keys that may_repeat() keeps (each such bit's first key, plus
  // the rest).
  std::size_t repeating_bits() const {
    std::size_t n = 0;
    for (std::size_t w = 1; w < words_.size(); w += 2) n += static_cast<std::size_t>(std::popcount(words_[w]));
    return n;
  }

 private:
  // The product's high bits are its best mixed.
  std::uint64_t bit_of(std::uint64_t key) const { return (key * 0x9E3779B97F4A7C15ull) >> (64 - bits_); }

  int bits_;
  // Per 64 bits of each set: the seen-once word, then the seen-again word,
  // side by side, so that add() touches one cache line, not one per set
  // (two cache misses per key made the filter passes the stage's slowest).
  std::vector<std::uint64_t> words_;
};

}  // namespace parallax
