// Sentence similarity for a batch of pairs, as benchmarks ask for it: every
// text is one sentence; term weights come from all the texts of the batch
// (a batch of thousands of pairs gives a fair inverse sentence frequency).
//
// Contract: one score in [0, 1] per pair, in order; deterministic.
#pragma once

#include <string>

#include "sentence_similarity.h"
#include <utility>
#include <vector>

namespace parallax {

enum class PairScore { kParaphrase, kFact };

// kParaphrase: SimilarityModel::similarity (both say the same); kFact:
// SimilarityModel::fact_similarity (one's content is largely in the other), the
// score facts are linked by.
std::vector<double> score_sentence_pairs(const std::vector<std::pair<std::string, std::string>>& pairs,
                                         PairScore kind = PairScore::kParaphrase);
// The features the paraphrase score combines, per pair (for fitting its weights).
std::vector<PairFeatures> sentence_pair_features(const std::vector<std::pair<std::string, std::string>>& pairs);

}  // namespace parallax
