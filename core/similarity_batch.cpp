#include "similarity_batch.h"

#include "sentence_similarity.h"
#include "tokenize.h"
#include "word_ngrams.h"
#include "vocabulary.h"

namespace parallax {

namespace {

// Calls use(model, words) with a model holding every text of `pairs`, pair k
// as sentences 2k and 2k + 1, and each text's words (SimilarityModel::word_key).
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
  std::vector<std::vector<std::uint32_t>> words(tokens.size());
  for (std::size_t k = 0; k < tokens.size(); ++k)
    for (const Token& t : tokens[k])
      if (t.is_word_like()) words[k].push_back(model.word_key(t));
  use(model, words);
}

// Every feature of pair k: the model's content-term ones and the word n-gram ones.
PairFeatures pair_features(const SimilarityModel& model, const std::vector<std::vector<std::uint32_t>>& words,
                           std::uint32_t k) {
  PairFeatures f = model.features(2 * k, 2 * k + 1);
  const NgramOverlap o = word_ngram_overlap(words[2 * k], words[2 * k + 1]);
  for (std::size_t n = 0; n < kNgramSizes; ++n) {
    f[kNgramDice2 + 3 * n] = o.dice[n];
    f[kNgramMinPrecision2 + 3 * n] = o.min_precision[n];
    f[kNgramMaxPrecision2 + 3 * n] = o.max_precision[n];
  }
  return f;
}

}  // namespace

std::vector<double> score_sentence_pairs(const std::vector<std::pair<std::string, std::string>>& pairs,
                                         PairScore kind) {
  std::vector<double> scores;
  scores.reserve(pairs.size());
  with_pair_model(pairs, [&](const SimilarityModel& model, const auto& words) {
    for (std::uint32_t k = 0; k < pairs.size(); ++k)
      scores.push_back(kind == PairScore::kFact ? model.fact_similarity(2 * k, 2 * k + 1)
                                                : paraphrase_score(pair_features(model, words, k)));
  });
  return scores;
}

std::vector<PairFeatures> sentence_pair_features(const std::vector<std::pair<std::string, std::string>>& pairs) {
  std::vector<PairFeatures> features;
  features.reserve(pairs.size());
  with_pair_model(pairs, [&](const SimilarityModel& model, const auto& words) {
    for (std::uint32_t k = 0; k < pairs.size(); ++k) features.push_back(pair_features(model, words, k));
  });
  return features;
}

}  // namespace parallax
