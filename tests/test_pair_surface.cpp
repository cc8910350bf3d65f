#include <doctest/doctest.h>

#include <cstdint>
#include <vector>

#include "pair_surface.h"

using parallax::char_ngram_overlap;
using Words = std::vector<std::uint32_t>;

namespace {
// Index of n in the overlap's arrays. File-local: a same-named helper of
// another test file, inline as every constexpr function is, made the linker
// keep one of the two.
constexpr std::size_t at(std::size_t n) { return n - parallax::kMinCharNgram; }
}  // namespace

TEST_CASE("character n-grams: identical texts overlap fully, texts without a shared letter group not at all") {
  const auto same = char_ngram_overlap("police detained the protesters", "police detained the protesters");
  const auto apart = char_ngram_overlap("xyz", "qvw");
  for (std::size_t n = parallax::kMinCharNgram; n <= parallax::kMaxCharNgram; ++n) {
    CHECK(same.dice[at(n)] == doctest::Approx(1.0));
    CHECK(same.min_precision[at(n)] == doctest::Approx(1.0));
    CHECK(apart.dice[at(n)] == 0);
  }
  // Neither text has a trigram: nothing tells them apart.
  CHECK(char_ngram_overlap("", "").dice[at(3)] == doctest::Approx(1.0));
}

TEST_CASE("character n-grams: a compound written apart shares most of its letters, another word does not") {
  // "bailout" / "bail out": the words differ, most 3-grams do not.
  const auto compound = char_ngram_overlap("eurozone agrees greek bailout", "euro zone agrees greek bail out");
  const auto other = char_ngram_overlap("eurozone agrees greek bailout", "eurozone agrees greek budget");
  CHECK(compound.dice[at(3)] > 0.75);
  CHECK(compound.dice[at(3)] < 1.0);
  CHECK(compound.dice[at(3)] > other.dice[at(3)]);
  // The longer text's share is the lower precision.
  const auto longer = char_ngram_overlap("shares fell", "shares fell sharply in early trading");
  CHECK(longer.max_precision[at(4)] == doctest::Approx(1.0));
  CHECK(longer.min_precision[at(4)] < 0.5);
}

TEST_CASE("longest common subsequence of words, and the longest runs it leaves out") {
  using parallax::common_subsequence;
  CHECK(common_subsequence(Words{1, 2, 3, 4, 5}, Words{2, 9, 3, 5}).length == 3);
  CHECK(common_subsequence(Words{1, 2, 3}, Words{3, 2, 1}).length == 1);  // reversed: one word in order
  CHECK(common_subsequence(Words{}, Words{1, 2}).length == 0);
  CHECK(common_subsequence(Words{}, Words{1, 2}).longest_gap_b == 2);
  // A clause moved to the front keeps the n-grams but not the order.
  const Words a = {10, 11, 12, 13, 20, 21, 22};  // "police detained dozens of | in the capital"
  const Words b = {20, 21, 22, 10, 11, 12, 13};  // "in the capital | police detained dozens of"
  CHECK(common_subsequence(a, b).length == 4);
  // A clause added at the end is one run of four words left out; the same
  // number of words changed one by one are runs of one.
  const Words s = {1, 2, 3, 4, 5, 6};
  const auto added = common_subsequence(s, Words{1, 2, 3, 4, 5, 6, 30, 31, 32, 33});
  CHECK(added.length == 6);
  CHECK(added.longest_gap_a == 0);
  CHECK(added.longest_gap_b == 4);
  CHECK(added.lead_a == 0);
  CHECK(added.lead_b == 0);
  CHECK(added.trail_a == 0);
  CHECK(added.trail_b == 4);  // the clause is at the end
  // An attribution put before the sentence: a run at its start.
  const auto attributed = common_subsequence(Words{50, 51, 1, 2, 3, 4}, Words{1, 2, 3, 4});
  CHECK(attributed.lead_a == 2);
  CHECK(attributed.trail_a == 0);
  CHECK(attributed.lead_b == 0);
  // Nothing in common: every word is before the start and after the end.
  const auto none = common_subsequence(Words{1, 2, 3}, Words{4, 5});
  CHECK(none.lead_a == 3);
  CHECK(none.trail_b == 2);
  const auto scattered = common_subsequence(Words{1, 2, 3, 4, 5, 6, 7, 8}, Words{1, 40, 3, 41, 5, 42, 7, 43});
  CHECK(scattered.length == 4);
  CHECK(scattered.longest_gap_a == 1);
  CHECK(scattered.longest_gap_b == 1);
  // Either way round, the same runs on the same sides.
  const Words x = {1, 2, 3, 9, 4, 5, 3, 6}, y = {1, 3, 2, 4, 8, 8, 5, 6, 7};
  const auto xy = common_subsequence(x, y), yx = common_subsequence(y, x);
  CHECK(xy.length == yx.length);
  CHECK(xy.longest_gap_a == yx.longest_gap_b);
  CHECK(xy.longest_gap_b == yx.longest_gap_a);
  CHECK(xy.lead_a == yx.lead_b);
  CHECK(xy.trail_b == yx.trail_a);
  // Very long texts are compared on their first kMaxSubsequenceWords words.
  const Words long_a(parallax::kMaxSubsequenceWords + 50, 7);
  CHECK(common_subsequence(long_a, long_a).length == parallax::kMaxSubsequenceWords);
}
