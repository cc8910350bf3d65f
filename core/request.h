// A whole analysis request as one JSON string plus one byte buffer, for
// callers that cannot pass C++ structures (the WASM bindings, scripts).
//
// request_json: {"documents": [{"name": "a.txt", "size": 1234}, ...],
//                "options": {"min_words": 6, "offset_unit": "utf16",
//                            "include_text": true, "max_documents": 200,
//                            "max_total_bytes": 50000000}}
// data: every document's bytes, concatenated in the order listed.
// options.test_allocate_bytes (for tests only): allocate that many bytes
// before analysing, so a test can force running out of memory (in WASM, past
// the module's maximum of 2 GB, the module aborts: web/README.md, "Out of
// memory").
//
// A document may also carry "date" (YYYY-MM-DD: resolves relative dates),
// "title", "byline", "site" (metadata, echoed in the report) and "format":
// "html" to have the core extract the article text (html_text.h).
//
// Contract: never throws; returns the report JSON (report_json.h), or
// {"version": 1, "error": {"code": "bad-request", "message": ...}} when the
// request itself is malformed (unknown option values, sizes that do not add
// up to the data's length).
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "stage_timings.h"

namespace parallax {

// release_data: called once `data` is no longer read (AnalysisOptions::release_input).
// timings: when not null, the entity and passage stages' and the JSON's times are added
// to it (stage_timings.h); the report is the same either way.
std::string analyze_request(std::string_view request_json, std::string_view data,
                            const std::function<void()>& release_data = {},
                            StageTimings* timings = nullptr);

}  // namespace parallax
