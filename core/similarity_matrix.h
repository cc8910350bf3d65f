// The article-by-article similarity matrix (DECISIONS.md): similarity[i][j]
// is the share of document i's sentences (those with enough content words to
// take part in facts) that share a fact or a passage with document j.
// similarity[i][i] is 1. Unlike `overlap`, which counts reused words, this
// counts reported content, so paraphrase counts as much as copy.
#pragma once

#include <vector>

#include "facts.h"
#include "report.h"

namespace parallax {

std::vector<std::vector<double>> similarity_matrix(const Report& report, const FactResult& facts);

}  // namespace parallax
