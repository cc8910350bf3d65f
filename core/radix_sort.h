// Stable LSD radix sort of records by an unsigned integer key, 16 bits per
// pass, skipping passes in which every key has the same digit. Sorting seeds
// and hits by comparison was a third of the near-passage stage; keys here are
// small (vocabulary and document ids), so two or three passes do it.
//
// Contract: stable (records with equal keys keep their order), O(passes * n),
// deterministic.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

namespace parallax {

template <typename Record, typename KeyOf>
void radix_sort(std::vector<Record>& records, KeyOf key_of) {
  if (records.size() < 2) return;
  std::vector<Record> scratch(records.size());
  std::uint64_t all_or = 0, all_and = ~0ull;
  for (const Record& r : records) {
    const std::uint64_t k = key_of(r);
    all_or |= k, all_and &= k;
  }
  const std::uint64_t varying = all_or ^ all_and;  // bits that differ somewhere
  std::vector<std::uint32_t> counts(1u << 16);
  for (int shift = 0; shift < 64; shift += 16) {
    if (((varying >> shift) & 0xFFFF) == 0) continue;
    std::fill(counts.begin(), counts.end(), 0);
    for (const Record& r : records) ++counts[(key_of(r) >> shift) & 0xFFFF];
    std::uint32_t total = 0;
    for (auto& c : counts) {
      const std::uint32_t n = c;
      c = total;
      total += n;
    }
    for (Record& r : records) scratch[counts[(key_of(r) >> shift) & 0xFFFF]++] = std::move(r);
    records.swap(scratch);
  }
}

}  // namespace parallax
