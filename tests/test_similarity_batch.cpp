#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "sentence_similarity.h"
#include "similarity_batch.h"

using parallax::sentence_pair_features;

namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;

// The pairs with their sides swapped.
Pairs swapped(const Pairs& pairs) {
  Pairs out;
  for (const auto& [a, b] : pairs) out.emplace_back(b, a);
  return out;
}

}  // namespace

TEST_CASE("paraphrase features: a synonym in a word's place keeps the word n-grams and the subsequence") {
  const Pairs pairs = {
      // "detained" for "arrested": a synonym, every other word the same.
      {"Police arrested dozens of protesters near the parliament on Sunday.",
       "Police detained dozens of protesters near the parliament on Sunday."},
      // An unrelated verb in its place breaks the n-grams around it.
      {"Police arrested dozens of protesters near the parliament on Sunday.",
       "Police praised dozens of protesters near the parliament on Sunday."},
      // A synonymous phrase for one word ("cell phones" / "smartphones").
      {"Fans held up their cell phones as the band played.", "Fans held up their smartphones as the band played."}};
  const auto f = sentence_pair_features(pairs);
  for (std::size_t k = parallax::kNgramDice2; k <= parallax::kNgramMaxPrecision4; ++k)
    CHECK(f[0][k] == doctest::Approx(1.0));
  CHECK(f[0][parallax::kSubsequenceDice] == doctest::Approx(1.0));
  CHECK(f[0][parallax::kGapShareMax] == 0);
  CHECK(f[1][parallax::kNgramDice2] < 0.85);
  CHECK(f[1][parallax::kSubsequenceDice] < 0.95);
  CHECK(f[1][parallax::kGapShareMax] > 0);
  // Two words for one: one of them is left out of the subsequence, the
  // rest lines up.
  CHECK(f[2][parallax::kNgramDice2] > f[1][parallax::kNgramDice2]);
  CHECK(f[2][parallax::kSubsequenceDice] > 0.9);
}

TEST_CASE("paraphrase features: the same whichever side comes first") {
  // Repeated and synonymous words, so the content-term overlap could pair
  // them differently each way round.
  const Pairs pairs = {
      {"The storm damaged roofs and the storm damaged cars in the town.",
       "Roofs were hit by the storm, and cars in the town were damaged."},
      {"Officials arrested two men and detained a third after the raid.",
       "Two men were detained and a third was arrested after the raid, officials said."},
      {"Shares rose 3 percent to $12 after the company raised its forecast.",
       "The company raised its forecast and its shares climbed 3 percent."}};
  const auto ab = sentence_pair_features(pairs);
  const auto ba = sentence_pair_features(swapped(pairs));
  for (std::size_t p = 0; p < pairs.size(); ++p)
    for (std::size_t k = 0; k < parallax::kFeatureCount; ++k) CHECK(ab[p][k] == doctest::Approx(ba[p][k]));
}

TEST_CASE("paraphrase score: the Dice share, three quarters for headlines, 0.3 from 17 words on") {
  using parallax::paraphrase_blend;
  // A report sentence of 17 words carries the n-grams and word order the
  // logistic part reads: the Dice share is at its floor there already.
  CHECK(paraphrase_blend(17) == doctest::Approx(paraphrase_blend(40)));
  CHECK(paraphrase_blend(17) < 0.35);
  CHECK(paraphrase_blend(16) > paraphrase_blend(17));
  // Headlines (about 9 words) rest mostly on the weighted Dice, but not
  // wholly: a quarter is the logistic part's.
  CHECK(paraphrase_blend(9) == doctest::Approx(paraphrase_blend(10)));
  CHECK(paraphrase_blend(9) == doctest::Approx(0.75));
  // So between two rewordings of a 17-word sentence with the same content
  // words, the one that keeps the phrasing scores higher.
  const std::string a = "The city council voted on Tuesday to close the old bridge to traffic until repairs are finished.";
  const std::string kept = "On Tuesday the city council voted to close the old bridge to traffic until repairs are finished.";
  const std::string scrambled = "Until repairs are finished, traffic to the old bridge the city council voted to close on Tuesday.";
  const auto scores = parallax::score_sentence_pairs({{a, kept}, {a, scrambled}});
  CHECK(scores[0] > scores[1]);
}

TEST_CASE("paraphrase features: a synonym outside the clause pair the fact score rests on keeps its n-grams") {
  // The rescue is told in the first clause of each, which alone gives the
  // fact score; "arrested" / "detained" sit in the other clauses. The word
  // n-grams read every pair the overlap matched, wherever it is, so the
  // synonym scores as the same word would.
  const std::string a =
      "Firefighters pulled twelve miners from a flooded shaft near Tuzla, while the regional governor said that "
      "police arrested the owner of the mine.";
  const Pairs pairs = {
      {a, "Twelve miners were pulled from a flooded shaft by firefighters near Tuzla on Monday, and the hospital "
          "treated them for shock after police detained the owner."},
      {a, "Twelve miners were pulled from a flooded shaft by firefighters near Tuzla on Monday, and the hospital "
          "treated them for shock after police arrested the owner."}};
  const auto f = sentence_pair_features(pairs);
  for (std::size_t k = parallax::kNgramDice2; k <= parallax::kNgramMaxPrecision4; ++k)
    CHECK(f[0][k] == doctest::Approx(f[1][k]));
  CHECK(f[0][parallax::kSubsequenceDice] == doctest::Approx(f[1][parallax::kSubsequenceDice]));
}
