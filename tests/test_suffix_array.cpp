#include <doctest/doctest.h>

#include <algorithm>
#include <numeric>
#include <random>

#include "suffix_array.h"

using parallax::build_suffix_array;

namespace {

// The obvious O(n^2 log n) construction, as an oracle.
std::vector<std::uint32_t> naive_sa(const std::vector<std::uint32_t>& s) {
  std::vector<std::uint32_t> sa(s.size());
  std::iota(sa.begin(), sa.end(), 0u);
  std::sort(sa.begin(), sa.end(), [&](std::uint32_t a, std::uint32_t b) {
    return std::lexicographical_compare(s.begin() + a, s.end(), s.begin() + b, s.end());
  });
  return sa;
}

}  // namespace

TEST_CASE("suffix array: matches the naive construction on random and repetitive input") {
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    const std::uint32_t alphabet = 1 + rng() % 5;
    std::vector<std::uint32_t> s(rng() % 60);
    for (auto& x : s) x = rng() % alphabet;
    const auto got = build_suffix_array(s, alphabet);
    REQUIRE(got.sa == naive_sa(s));
    for (std::size_t i = 1; i < s.size(); ++i) {
      std::uint32_t a = got.sa[i - 1], b = got.sa[i], h = 0;
      while (a + h < s.size() && b + h < s.size() && s[a + h] == s[b + h]) ++h;
      REQUIRE(got.lcp[i] == h);
    }
  }
}

TEST_CASE("suffix array: a run of one symbol") {
  std::vector<std::uint32_t> s(1000, 3);
  const auto got = build_suffix_array(s, 4);
  CHECK(got.sa.front() == 999);
  CHECK(got.sa.back() == 0);
  CHECK(got.lcp[999] == 999);
}

TEST_CASE("suffix array: empty input") { CHECK(build_suffix_array({}, 1).sa.empty()); }
