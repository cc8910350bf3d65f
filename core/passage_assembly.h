// Passage assembly: turns the exact passages (passages.h) and the near
// passages (near_passages.h) into the report's one list, and measures coverage.
//
// Rules, so that a reader sees each reuse once and maximal:
// - a near passage whose words all match exactly is the exact passage itself,
//   already reported by the exact stage, and is dropped;
// - an exact passage between exactly two documents that lies inside a near
//   passage of the same two documents is a fragment of it and is dropped (the
//   near passage shows it, with the small differences around it marked);
// - exact passages shared by three or more documents are always kept.
// Passages are sorted by their first span and numbered from 0.
// Coverage: overlap (all reuse), overlap_exact and overlap_near, and per
// document shared, exact and near word counts.
#pragma once

#include <vector>

#include "analysed_document.h"
#include "near_passages.h"
#include "passages.h"
#include "report.h"

namespace parallax {

void assemble_passages(const std::vector<AnalysedDocument>& docs, const PassageResult& exact,
                       const NearResult& near, Report& report);

}  // namespace parallax
