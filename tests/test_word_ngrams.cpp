#include <doctest/doctest.h>

#include <cstdint>
#include <vector>

#include "word_ngrams.h"

using parallax::word_ngram_overlap;
using Words = std::vector<std::uint32_t>;

namespace {
// Index of n in the overlap's arrays. File-local: a same-named helper of
// another test file, inline as every constexpr function is, made the linker
// keep one of the two.
constexpr std::size_t at(std::size_t n) { return n - parallax::kMinNgram; }
}  // namespace

TEST_CASE("word n-grams: identical word lists overlap fully, disjoint ones not at all") {
  const Words a = {1, 2, 3, 4, 5, 6};
  const auto same = word_ngram_overlap(a, a);
  for (std::size_t n = parallax::kMinNgram; n <= parallax::kMaxNgram; ++n) {
    CHECK(same.dice[at(n)] == doctest::Approx(1.0));
    CHECK(same.min_precision[at(n)] == doctest::Approx(1.0));
    CHECK(same.max_precision[at(n)] == doctest::Approx(1.0));
  }
  const auto none = word_ngram_overlap(a, Words{7, 8, 9, 10});
  for (std::size_t n = parallax::kMinNgram; n <= parallax::kMaxNgram; ++n) CHECK(none.dice[at(n)] == 0);
}

TEST_CASE("word n-grams: the same words in another order share fewer longer n-grams") {
  // "the talks will resume on monday" / "on monday the talks will resume"
  const Words a = {1, 2, 3, 4, 5, 6}, b = {5, 6, 1, 2, 3, 4};
  const auto o = word_ngram_overlap(a, b);
  // Bigrams: 5 each, shared (1 2) (2 3) (3 4) (5 6) = 4.
  CHECK(o.dice[at(2)] == doctest::Approx(0.8));
  // Trigrams: 4 each, shared (1 2 3) (2 3 4) = 2.
  CHECK(o.dice[at(3)] == doctest::Approx(0.5));
  // 4-grams: 3 each, shared (1 2 3 4) = 1.
  CHECK(o.dice[at(4)] == doctest::Approx(1.0 / 3));
  CHECK(o.dice[at(2)] > o.dice[at(3)]);
}

TEST_CASE("word n-grams: a sentence inside a longer one is fully covered on its side only") {
  const Words shorter = {1, 2, 3, 4}, longer = {1, 2, 3, 4, 5, 6, 7, 8};
  const auto o = word_ngram_overlap(shorter, longer);
  CHECK(o.max_precision[at(2)] == doctest::Approx(1.0));  // 3 of the shorter's 3 bigrams
  CHECK(o.min_precision[at(2)] == doctest::Approx(3.0 / 7));  // 3 of the longer's 7
  CHECK(o.dice[at(2)] == doctest::Approx(6.0 / 10));
}

TEST_CASE("word n-grams: repeated n-grams count as often as both sides hold them") {
  const auto o = word_ngram_overlap(Words{1, 1, 1}, Words{1, 1});  // bigrams {11, 11} / {11}
  CHECK(o.dice[at(2)] == doctest::Approx(2.0 / 3));
  CHECK(o.min_precision[at(2)] == doctest::Approx(0.5));
}

TEST_CASE("word n-grams: sentences too short for an n-gram") {
  // Neither has a 4-gram: as alike as they can be at that length.
  const auto both_short = word_ngram_overlap(Words{1, 2}, Words{1, 2});
  CHECK(both_short.dice[at(4)] == doctest::Approx(1.0));
  // Only one has: nothing shared.
  const auto one_short = word_ngram_overlap(Words{1, 2}, Words{1, 2, 3, 4});
  CHECK(one_short.dice[at(4)] == 0);
  CHECK(one_short.max_precision[at(4)] == 0);
  CHECK(word_ngram_overlap(Words{}, Words{}).dice[at(2)] == doctest::Approx(1.0));
}
