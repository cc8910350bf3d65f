// The word diff as JSON (docs/report-format.md, "The word diff") and as a
// request for callers that cannot pass C++ structures (the WASM bindings).
//
// Offsets are converted from the core's UTF-8 bytes to the unit asked for and
// the unit is named in "offset_unit". Each edit's span runs from its first
// token's start to its last token's end: the whitespace between spans belongs
// to no edit, and text.slice(start, end) is exactly the edit's tokens with the
// whitespace between them.
//
// diff_request(request_json, data):
//   request_json: {"documents": [{"name": "a.txt", "size": 1234},
//                                {"name": "b.txt", "size": 1300}],
//                  "options": {"offset_unit": "utf16", "include_text": false,
//                              "cleanup": true, "moves": true, "minimal": false,
//                              "max_work": 400000000, "max_total_bytes": 50000000}}
//   data: both documents' bytes, concatenated in the order listed.
// Contract: never throws; returns the diff JSON, or {"version": 1, "error":
// {"code", "message"}} ("bad-request" for a malformed request, or the
// diff's own error code such as "binary").
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "diff.h"
#include "offsets.h"

namespace parallax {

struct DiffJsonOptions {
  OffsetUnit offset_unit = OffsetUnit::kCodePoint;
  bool include_text = false;
  int indent = -1;
};

std::string diff_to_json(const DiffResult& result, const DiffJsonOptions& options);

// release_data: called once `data` is no longer read (DiffOptions::release_input).
std::string diff_request(std::string_view request_json, std::string_view data,
                         const std::function<void()>& release_data = {});

}  // namespace parallax
