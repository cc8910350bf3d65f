// Passage assembly: turns the exact passages (passages.h) and the near
// passages (near_passages.h) into the report's one list, and measures coverage.
//
// Rules, so that a reader sees each reuse once and maximal:
// - near passages and two-document exact passages that follow each other
//   closely in both documents are merged into one near passage;
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

// near_docs and near_options are those the near passages were found with;
// near_docs is empty when near passages are off.
void assemble_passages(const std::vector<AnalysedDocument>& docs, const PassageResult& exact,
                       const NearResult& near, const std::vector<NearDocument>& near_docs,
                       const NearOptions& near_options, Report& report);

}  // namespace parallax
