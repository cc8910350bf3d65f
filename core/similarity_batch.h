// Sentence similarity for a batch of pairs, as benchmarks ask for it: every
// text is one sentence; term weights come from all the texts of the batch
// (a batch of thousands of pairs gives a fair inverse sentence frequency).
//
// Contract: one score in [0, 1] per pair, in order; deterministic.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace parallax {

std::vector<double> score_sentence_pairs(const std::vector<std::pair<std::string, std::string>>& pairs);

}  // namespace parallax
