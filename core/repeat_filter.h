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
        seen_(std::size_t{1} << (bits_ - 6)),
        again_(seen_.size()) {}

  // Adds a key; true when its bit was seen before (a repeat, or a collision).
  bool add(std::uint64_t key) {
    const std::uint64_t bit = bit_of(key), mask = std::uint64_t{1} << (bit & 63);
    const bool before = (seen_[bit >> 6] & mask) != 0;
    again_[bit >> 6] |= seen_[bit >> 6] & mask;
    seen_[bit >> 6] |= mask;
    return before;
  }

  // After the last add(): frees the seen-once set, which answers nothing.
  void finish() { std::vector<std::uint64_t>().swap(seen_); }

  bool may_repeat(std::uint64_t key) const {
    const std::uint64_t bit = bit_of(key);
    return (again_[bit >> 6] >> (bit & 63)) & 1;
  }

  // Bits seen again: with the number of add()s that returned true, the exact
  // number of keys that may_repeat() keeps (each such bit's first key, plus
  // the rest).
  std::size_t repeating_bits() const {
    std::size_t n = 0;
    for (const std::uint64_t word : again_) n += static_cast<std::size_t>(std::popcount(word));
    return n;
  }

 private:
  // The product's high bits are its best mixed.
  std::uint64_t bit_of(std::uint64_t key) const { return (key * 0x9E3779B97F4A7C15ull) >> (64 - bits_); }

  int bits_;
  std::vector<std::uint64_t> seen_, again_;
};

}  // namespace parallax
