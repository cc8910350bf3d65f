#include "similarity_batch.h"

#include "sentence_similarity.h"
#include "tokenize.h"
#include "vocabulary.h"

namespace parallax {

namespace {

// Calls use(model) with a model holding every text of `pairs`, pair k as
// sentences 2k and 2k + 1.
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
  use(model);
}

}  // namespace

std::vector<double> score_sentence_pairs(const std::vector<std::pair<std::string, std::string>>& pairs,
                                         PairScore kind) {
  std::vector<double> scores;
  scores.reserve(pairs.size());
  with_pair_model(pairs, [&](const SimilarityModel& model) {
    for (std::uint32_t k = 0; k < pairs.size(); ++k)
      scores.push_back(kind == PairScore::kFact ? model.fact_similarity(2 * k, 2 * k + 1)
                                                : model.similarity(2 * k, 2 * k + 1));
  });
  return scores;
}

std::vector<PairFeatures> sentence_pair_features(const std::vector<std::pair<std::string, std::string>>& pairs) {
  std::vector<PairFeatures> features;
  features.reserve(pairs.size());
  with_pair_model(pairs, [&](const SimilarityModel& model) {
    for (std::uint32_t k = 0; k < pairs.size(); ++k) features.push_back(model.features(2 * k, 2 * k + 1));
  });
  return features;
}

}  // namespace parallax
