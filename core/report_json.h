// The report as JSON (written by json_writer.h), the format documented in
// docs/report-format.md. Offsets are converted from the core's UTF-8 bytes to
// the unit asked for, and the unit is named in "offset_unit". Floats are
// rounded to 4 decimals so native and WASM output are byte-identical.
#pragma once

#include <string>

#include "offsets.h"
#include "report.h"

namespace parallax {

struct JsonOptions {
  OffsetUnit offset_unit = OffsetUnit::kCodePoint;
  bool include_text = false;  // put each document's decoded text in the report
  int indent = -1;            // -1: compact; >= 0: pretty-printed
  bool passages_only = false; // only documents (without sentences) and passages
};

constexpr int kReportVersion = 1;

std::string report_to_json(const Report& report, const JsonOptions& options);

// {"version": 1, "error": {"code", "message"}} for a request that failed whole.
std::string error_to_json(const std::string& code, const std::string& message);

}  // namespace parallax
