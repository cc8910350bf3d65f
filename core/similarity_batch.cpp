#include "similarity_batch.h"

#include <algorithm>

#include "pair_surface.h"
#include "sentence_similarity.h"
#include "tokenize.h"
#include "word_ngrams.h"
#include "vocabulary.h"

namespace parallax {

namespace {

// A text's words and numbers as the model compares them
// (SimilarityModel::word_key), and as it spells them, joined by spaces.
struct PairText {
  std::vector<std::uint32_t> words;
  std::string spelled;
};

// Calls use(model, texts) with a model holding every text of `pairs`, pair k
// as sentences 2k and 2k + 1, and each text's words.
template <typename Use>
void with_pair_model(const std::vector<std::pair<std::string, std::string>>& pairs, Use use) {
  Vocabulary vocabulary;
  std::vector<Tokens> tokens;
  tokens.reserve(pairs.size() * 2);
  for (const auto& [a, b] : pairs)
    for (const std::string* text : {&a, &b}) {
      tokens.push_back(tokenize(*text));
      vocabulary.assign_ids(*text, tokens.back());
    }
  SimilarityModel model(vocabulary);
  for (const Tokens& t : tokens) model.add(t, 0, static_cast<std::uint32_t>(t.size()));
  model.finish();
  std::vector<PairText> texts(tokens.size());
  for (std::size_t k = 0; k < tokens.size(); ++k)
    for (const Token& t : tokens[k]) {
      if (!t.is_word_like()) continue;
      texts[k].words.push_back(model.word_key(t));
      if (!texts[k].spelled.empty()) texts[k].spelled.push_back(' ');
      texts[k].spelled += model.word_spelling(t);
    }
  use(model, texts);
}

// Every feature of pair k: the model's content-term ones, the word n-gram
// ones and the surface ones.
PairFeatures pair_features(const SimilarityModel& model, const std::vector<PairText>& texts, std::uint32_t k) {
  PairFeatures f = model.features(2 * k, 2 * k + 1);
  const PairText& a = texts[2 * k];
  const PairText& b = texts[2 * k + 1];
  const NgramOverlap o = word_ngram_overlap(a.words, b.words);
  for (std::size_t n = 0; n < kNgramSizes; ++n) {
    f[kNgramDice2 + 3 * n] = o.dice[n];
    f[kNgramMinPrecision2 + 3 * n] = o.min_precision[n];
    f[kNgramMaxPrecision2 + 3 * n] = o.max_precision[n];
  }
  const CharNgramOverlap c = char_ngram_overlap(a.spelled, b.spelled);
  for (std::size_t n = 0; n < kCharNgramSizes; ++n) {
    f[kCharDice3 + 3 * n] = c.dice[n];
    f[kCharMinPrecision3 + 3 * n] = c.min_precision[n];
    f[kCharMaxPrecision3 + 3 * n] = c.max_precision[n];
  }
  const double na = static_cast<double>(std::min(a.words.size(), kMaxSubsequenceWords));
  const double nb = static_cast<double>(std::min(b.words.size(), kMaxSubsequenceWords));
  const CommonSubsequence common = common_subsequence(a.words, b.words);
  const double length = static_cast<double>(common.length);
  f[kSubsequenceDice] = na + nb > 0 ? 2 * length / (na + nb) : 1;
  f[kSubsequenceShare] = na + nb > 0 ? length / std::max(na, nb) : 1;
  const double gap_a = na > 0 ? static_cast<double>(common.longest_gap_a) / na : 0;
  const double gap_b = nb > 0 ? static_cast<double>(common.longest_gap_b) / nb : 0;
  f[kGapShareMax] = std::max(gap_a, gap_b);
  f[kGapShareMin] = std::min(gap_a, gap_b);
  const auto share = [](std::size_t words, double of) { return of > 0 ? static_cast<double>(words) / of : 0; };
  f[kLeadShareMax] = std::max(share(common.lead_a, na), share(common.lead_b, nb));
  f[kTrailShareMax] = std::max(share(common.trail_a, na), share(common.trail_b, nb));
  f[kMeanWords] = (static_cast<double>(a.words.size()) + static_cast<double>(b.words.size())) / 2;
  return f;
}

}  // namespace

std::vector<double> score_sentence_pairs(const std::vector<std::pair<std::string, std::string>>& pairs,
                                         PairScore kind) {
  std::vector<double> scores;
  scores.reserve(pairs.size());
  with_pair_model(pairs, [&](const SimilarityModel& model, const auto& texts) {
    for (std::uint32_t k = 0; k < pairs.size(); ++k)
      scores.push_back(kind == PairScore::kFact ? model.fact_similarity(2 * k, 2 * k + 1)
                                                : paraphrase_score(pair_features(model, texts, k)));
  });
  return scores;
}

std::vector<PairFeatures> sentence_pair_features(const std::vector<std::pair<std::string, std::string>>& pairs) {
  std::vector<PairFeatures> features;
  features.reserve(pairs.size());
  with_pair_model(pairs, [&](const SimilarityModel& model, const auto& texts) {
    for (std::uint32_t k = 0; k < pairs.size(); ++k) features.push_back(pair_features(model, texts, k));
  });
  return features;
}

}  // namespace parallax
