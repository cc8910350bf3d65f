// The pipeline: files in, one Report out. The only entry point callers need
// (the command-line tool and the WASM bindings both call it), so native and
// WASM reports are the same by construction.
//
// documents -> decode (document.h) -> tokenize -> vocabulary ids -> sentences
//           -> shared passages -> coverage -> Report
//
// Contract: never throws. Files that cannot be analysed (empty, binary, over a
// limit) are listed in report.rejected with a reason and the rest is analysed;
// a request that cannot be served at all (bad option, out of memory) sets
// report.has_error. Limits are counts, never clocks, so results are
// deterministic.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "document_metadata.h"
#include "offsets.h"
#include "passages.h"
#include "report.h"
#include "stage_timings.h"

namespace parallax {

struct AnalysisOptions {
  std::uint32_t min_words = 6;                        // K: passage length in words
  std::uint32_t max_documents = 200;                  // DECISIONS.md default
  std::uint64_t max_total_bytes = 50ull * 1000 * 1000;  // 50 MB of text
  std::uint64_t max_passage_spans = 2'000'000;        // output cap for pathological input
  std::uint64_t max_passage_occurrences = kMaxPassageOccurrences;  // work cap (passages.h)
  bool near = true;                                   // also find near-verbatim passages
  std::uint32_t near_min_words = 8;                   // matched words a near passage needs
  std::uint32_t max_gap = 10;                         // imperfections: words between matches
  double near_min_similarity = 0.5;
  bool facts = true;                                  // align sentences by meaning
  bool include_furniture = false;                     // analyse page furniture lines too
  double fact_threshold = 0.4;                        // similarity that makes one fact
  bool values = true;                                 // dates, times, numbers as entities
  bool discrepancies = true;                          // compare values and quotes (needs values)
  // Sentence spans in the report. Facts and names need sentences and turn
  // this on; `parallax passages` prints none and spares the segmentation.
  bool sentences = true;
  // Called once, as soon as the inputs' bytes are no longer read (every
  // document decoded or refused), so that their owner may free them: the WASM
  // door does, and the analysis then reuses that memory instead of growing the
  // module's (2 x 5 MB: the input's 10 MB).
  std::function<void()> release_input;
  // Where the entity and passage stages' times go (stage_timings.h), when a caller asks;
  // null: not timed.
  StageTimings* timings = nullptr;
};

// Limits a caller may not exceed when setting options.
constexpr std::uint32_t kMinWordsLowest = 2;
constexpr std::uint32_t kMinWordsHighest = 1000;

struct InputDocument {
  std::string name;
  std::string_view bytes;
  std::string date = {};  // publication date "YYYY-MM-DD" if known: resolves relative dates
  // An HTML page whose article text (html_text.h) is what is analysed and
  // what every span points into; its metadata fills the fields not given.
  bool html = false;
  DocumentMetadata metadata = {};  // title, byline, site as the caller knows them
};

Report analyze(const std::vector<InputDocument>& inputs, const AnalysisOptions& options);

}  // namespace parallax
