#include "similarity_batch.h"

#include "sentence_similarity.h"
#include "tokenize.h"
#include "vocabulary.h"

namespace parallax {

std::vector<double> score_sentence_pairs(const std::vector<std::pair<std::string, std::string>>& pairs,
                                         PairScore kind) {
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
  std::vector<double> scores;
  scores.reserve(pairs.size());
  for (std::uint32_t k = 0; k < pairs.size(); ++k) scores.push_back(kind == PairScore::kFact ? model.fact_similarity(2 * k, 2 * k + 1)
                                              : model.similarity(2 * k, 2 * k + 1));
  return scores;
}

}  // namespace parallax
