// Coverage: how much of each document its shared passages cover.
//
// overlap[i][j] is the share of document i's words that lie inside passages
// it shares with document j (overlap[i][i] is 1 by definition); shared[i] is
// the number of document i's words inside any shared passage. Overlapping and
// nested passages are counted once (interval union).
//
// Cost: O(S log S) for S spans times the documents each passage touches.
#pragma once

#include <cstdint>
#include <vector>

#include "passages.h"

namespace parallax {

struct Coverage {
  std::vector<std::vector<double>> overlap;
  std::vector<std::uint32_t> shared_words;
};

// Each entry of `passages` is one passage's spans (sorted by document).
// `counted_before` (per document, may be empty): how many of words [0, w) are
// counted (article text, not page furniture); empty counts every word.
Coverage compute_coverage(const std::vector<std::vector<WordSpan>>& passages,
                          const std::vector<std::uint32_t>& words_per_doc,
                          const std::vector<const std::vector<std::uint32_t>*>& counted_before = {});

}  // namespace parallax
