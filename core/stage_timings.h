// Time of the analysis's entity and passage stages, part by part, for callers that ask
// (parallax compare --timing, the WASM module's analyze_timed, and through
// them scripts/bench_entities.mjs). Timed inside the core, so the native and
// WASM figures cover exactly the same code, with no subtraction of two
// whole-analysis timings (which a shared machine makes noisy) and no
// JavaScript-side work (decoding the report) mixed in. Never part of the
// report, which stays byte-identical between builds (DECISIONS.md).
//
// The caller may give the clock: CPU time where it has one (the command
// line: the process's CPU clock; the WASM module in Node: process.cpuUsage()),
// which a loaded machine inflates far less than wall time; without one, wall
// time (steady_clock).
//
// Contract: a StageClock with no StageTimings does nothing (no clock read),
// so an analysis nobody times costs nothing extra.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace parallax {

struct StageTimings {
  double uses_ms = 0;    // how the articles write their words (NameLexicon::note_uses)
  double values_ms = 0;  // dates, times, numbers (find_values)
  double names_ms = 0;   // people, organisations, places (find_names)
  double align_ms = 0;   // entities across articles (value and name alignment)
  double json_ms = 0;    // the whole report's JSON (not part of the entity stage)
  // The passage stages (scripts/bench_passages.mjs compares them natively
  // and in WASM, part by part).
  double words_ms = 0;     // tokens and word ids (tokenize, Vocabulary::assign_ids)
  double exact_ms = 0;     // exact passages (find_shared_passages)
  double near_ms = 0;      // near passages (find_near_passages)
  double assembly_ms = 0;  // passages merged, filtered and reported (assemble_passages)
  double (*clock)() = nullptr;  // milliseconds on the caller's clock; null: wall time
  double entities_ms() const { return uses_ms + values_ms + names_ms + align_ms; }
  double now() const {
    if (clock) return clock();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
  }
};

// Adds the time from its construction to its destruction to one part of
// *timings (when not null).
class StageClock {
 public:
  StageClock(StageTimings* timings, double StageTimings::*part) : timings_(timings), part_(part) {
    if (timings_) started_ = timings_->now();
  }
  ~StageClock() {
    if (timings_) timings_->*part_ += timings_->now() - started_;
  }
  StageClock(const StageClock&) = delete;
  StageClock& operator=(const StageClock&) = delete;

 private:
  StageTimings* timings_;
  double StageTimings::*part_;
  double started_ = 0;
};

// {"bytes": report_bytes, "uses_ms", "values_ms", "names_ms", "align_ms",
// "entities_ms", "json_ms", "words_ms", "exact_ms", "near_ms",
// "assembly_ms"} (4 decimals): what the WASM module's analyze_timed returns.
std::string stage_timings_json(const StageTimings& timings, std::uint64_t report_bytes);

}  // namespace parallax
