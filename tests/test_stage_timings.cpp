#include <doctest/doctest.h>

#include <string>

#include "analyze.h"
#include "report_json.h"
#include "request.h"
#include "stage_timings.h"

using parallax::StageClock;
using parallax::StageTimings;

namespace {

const std::string kA =
    "MOSCOW (Reuters) - Supporters of Kremlin critic Alexei Navalny gathered in 88 cities on "
    "Sunday, and police detained more than 1,000 people, a monitoring group said.\n";
const std::string kB =
    "Police in Moscow detained more than 1,000 supporters of Aleksei Navalny on Sunday, "
    "OVD-Info said; protests were held in 88 cities across Russia.\n";

}  // namespace

double fake_ms = 0;
double fake_clock() { return fake_ms; }

TEST_CASE("StageClock adds the time on the caller's clock to one part, and does nothing without timings") {
  StageTimings t;
  t.clock = fake_clock;
  fake_ms = 100;
  {
    const StageClock clock(&t, &StageTimings::names_ms);
    fake_ms = 107.5;
  }
  CHECK(t.names_ms == doctest::Approx(7.5));
  {
    const StageClock clock(&t, &StageTimings::names_ms);
    fake_ms = 110;
  }
  CHECK(t.names_ms == doctest::Approx(10));  // added to, not overwritten
  CHECK(t.values_ms == 0);
  CHECK(t.entities_ms() == doctest::Approx(10));
  { const StageClock clock(nullptr, &StageTimings::names_ms); }  // no timings: nothing to do
  StageTimings wall;  // no clock given: wall time, which never runs backwards
  { const StageClock clock(&wall, &StageTimings::align_ms); }
  CHECK(wall.align_ms >= 0);
}

TEST_CASE("Timing the entity stage leaves the report unchanged and fills the stage's parts") {
  const std::string request = R"({"documents": [{"name": "a.txt", "size": )" + std::to_string(kA.size()) +
                              R"(}, {"name": "b.txt", "size": )" + std::to_string(kB.size()) + "}]}";
  StageTimings timed;
  const std::string with_timing = parallax::analyze_request(request, kA + kB, {}, &timed);
  CHECK(with_timing == parallax::analyze_request(request, kA + kB));
  CHECK(with_timing.find("\"entities\"") != std::string::npos);
  CHECK(timed.values_ms >= 0);
  CHECK(timed.names_ms >= 0);
  CHECK(timed.entities_ms() == doctest::Approx(timed.uses_ms + timed.values_ms + timed.names_ms + timed.align_ms));
  CHECK(timed.entities_ms() > 0);
  CHECK(timed.json_ms > 0);
  // The passage stages are timed too.
  CHECK(timed.words_ms > 0);
  CHECK(timed.exact_ms > 0);
  CHECK(timed.near_ms > 0);
  CHECK(timed.assembly_ms > 0);
}

TEST_CASE("The stage times as JSON, for the WASM module's analyze_timed") {
  StageTimings t;
  t.uses_ms = 1.25;
  t.values_ms = 2;
  t.names_ms = 3.5;
  t.align_ms = 4;
  t.json_ms = 0.123456;
  t.words_ms = 5;
  t.exact_ms = 6.5;
  t.near_ms = 7;
  t.assembly_ms = 8.25;
  CHECK(parallax::stage_timings_json(t, 1234) ==
        R"({"bytes":1234,"uses_ms":1.25,"values_ms":2.0,"names_ms":3.5,"align_ms":4.0,"entities_ms":10.75,"json_ms":0.1235,)"
        R"("words_ms":5.0,"exact_ms":6.5,"near_ms":7.0,"assembly_ms":8.25})");
}

TEST_CASE("Without values there is no entity stage to time") {
  parallax::AnalysisOptions options;
  options.values = false;
  options.discrepancies = false;
  StageTimings timed;
  options.timings = &timed;
  const auto report = parallax::analyze({{"a.txt", kA}, {"b.txt", kB}}, options);
  CHECK(report.entities.empty());
  CHECK(timed.entities_ms() == 0);
}
