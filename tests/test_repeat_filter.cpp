#include <doctest/doctest.h>

#include <cstdint>
#include <vector>

#include "repeat_filter.h"

using parallax::RepeatFilter;

TEST_CASE("repeat filter: every key added twice may repeat, most keys added once do not") {
  // 20,000 keys once and 500 of them again, as word pairs of a corpus would be.
  const auto key = [](std::uint64_t i) { return i * 1'000'003 + 17; };
  RepeatFilter filter(20'500, 3);
  std::size_t repeats = 0;
  for (std::uint64_t i = 0; i < 20'000; ++i) repeats += filter.add(key(i));
  for (std::uint64_t i = 0; i < 500; ++i) repeats += filter.add(key(i * 40));
  std::size_t kept = 0;
  for (std::uint64_t i = 0; i < 20'000; ++i) kept += filter.may_repeat(key(i));
  for (std::uint64_t i = 0; i < 500; ++i) CHECK(filter.may_repeat(key(i * 40)));
  CHECK(kept >= 500);
  CHECK(kept < 500 + 20'000 / 10);  // collisions keep a few percent at most
  // The keys kept, counted as the later passes count them: exact.
  std::size_t kept_adds = kept + 500;  // the 500 repeated keys were added twice
  CHECK(repeats + filter.repeating_bits() == kept_adds);
}

TEST_CASE("repeat filter: nothing repeats among distinct keys in a large table") {
  RepeatFilter filter(10, 8);  // 2^16 bits for 10 keys
  for (std::uint64_t k = 1; k <= 10; ++k) CHECK_FALSE(filter.add(k << 40));
  for (std::uint64_t k = 1; k <= 10; ++k) CHECK_FALSE(filter.may_repeat(k << 40));
  CHECK(filter.repeating_bits() == 0);
}
