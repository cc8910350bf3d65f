// `parallax compare` and `parallax passages`: the analysis of N files, the
// same analyze() the page runs (so reports equal the WASM build's), printed
// as JSON (docs/report-format.md).
#include "commands.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "analyze.h"
#include "cli_support.h"
#include "process_memory.h"
#include "report_json.h"

namespace parallax::cli {

int compare(int argc, char** argv, bool passages_only) {
  parallax::AnalysisOptions options;
  parallax::JsonOptions output;
  output.passages_only = passages_only;
  options.facts = !passages_only;  // `passages` prints no facts: do not compute them
  options.values = !passages_only;
  options.sentences = !passages_only;  // nor sentences
  std::string date;  // publication date given to every file
  std::uint32_t repeat = 1;  // analyses run; --timing times the last (one-time tables already built)
  CommonOptions common;
  for (int i = 0; i < argc; ++i) {
    const Taken taken = take_common_option(i, argc, argv, common);
    if (taken == Taken::kBad) return 2;
    if (taken == Taken::kTaken) continue;
    const std::string arg = argv[i];
    const char* value = i + 1 < argc ? argv[i + 1] : nullptr;
    std::uint64_t n = 0;
    if (arg == "--min-words") {
      if (!parse_count(value, n) || n < parallax::kMinWordsLowest || n > parallax::kMinWordsHighest)
        return usage_error("--min-words needs a number from 2 to 1000");
      options.min_words = static_cast<std::uint32_t>(n);
      ++i;
    } else if (arg == "--max-documents") {
      if (!parse_count(value, n) || n == 0 || n > 1000000)
        return usage_error("--max-documents needs a positive number");
      options.max_documents = static_cast<std::uint32_t>(n);
      ++i;
    } else if (arg == "--near-min-words") {
      if (!parse_count(value, n) || n < 2 || n > 1000)
        return usage_error("--near-min-words needs a number from 2 to 1000");
      options.near_min_words = static_cast<std::uint32_t>(n);
      ++i;
    } else if (arg == "--imperfections") {
      if (!parse_count(value, n) || n > 50) return usage_error("--imperfections needs a number from 0 to 50");
      options.max_gap = static_cast<std::uint32_t>(n);
      ++i;
    } else if (arg == "--fact-threshold") {
      char* end = nullptr;
      const double t = value ? std::strtod(value, &end) : 0;
      if (!value || *end || !(t > 0 && t <= 1)) return usage_error("--fact-threshold needs a number in (0, 1]");
      options.fact_threshold = t;
      ++i;
    } else if (arg == "--no-facts") {
      options.facts = false;
    } else if (arg == "--no-values") {
      options.values = false;
    } else if (arg == "--no-discrepancies") {
      options.discrepancies = false;
    } else if (arg == "--date") {
      if (!value || std::strlen(value) != 10) return usage_error("--date needs a date YYYY-MM-DD");
      date = value;
      ++i;
    } else if (arg == "--repeat") {
      if (!parse_count(value, n) || n == 0 || n > 1000) return usage_error("--repeat needs a number from 1 to 1000");
      repeat = static_cast<std::uint32_t>(n);
      ++i;
    } else if (arg == "--include-furniture") {
      options.include_furniture = true;
    } else if (arg == "--exact-only") {
      options.near = false;
    } else {
      return usage_error("unknown option " + arg);
    }
  }
  apply_common_options(common, options, output);
  const bool timing = common.timing;
  const std::vector<std::string>& paths = common.paths;
  if (paths.empty()) return usage_error("compare needs at least one FILE");

  reuse_freed_memory();
  std::vector<std::string> contents;
  if (!read_files(paths, contents)) return 1;
  std::size_t input_bytes = 0;
  for (const std::string& c : contents) input_bytes += c.size();
  prepare_heap(16 * input_bytes);
  std::vector<parallax::InputDocument> inputs;
  for (std::size_t i = 0; i < paths.size(); ++i)
    inputs.push_back({base_name(paths[i]), contents[i], date, is_html_path(paths[i])});

  // With --timing, every analysis's entity and passage stages are printed
  // (the first, cold one too), so that one process gives several warm samples.
  // CPU time where there is a CPU clock: a loaded machine inflates it less.
  double (*const stage_clock)() = process_cpu_ms() >= 0 ? process_cpu_ms : nullptr;
  parallax::StageTimings stages;
  stages.clock = stage_clock;
  if (timing) options.timings = &stages;
  const auto print_stages = [&] {
    if (timing && options.values)
      std::cerr << "parallax: entity stage took " << stages.entities_ms() << " ms"
                << (stages.clock ? " of CPU" : "") << " (uses of words "
                << stages.uses_ms << ", values " << stages.values_ms << ", names " << stages.names_ms
                << ", alignment " << stages.align_ms << ")\n";
    if (timing)
      std::cerr << "parallax: passage stages took" << (stages.clock ? " of CPU" : "") << ": words "
                << stages.words_ms << " ms, exact " << stages.exact_ms << " ms, near " << stages.near_ms
                << " ms, assembly " << stages.assembly_ms << " ms\n";
    stages = {};
    stages.clock = stage_clock;
  };
  for (std::uint32_t r = 1; r < repeat; ++r) {
    parallax::report_to_json(parallax::analyze(inputs, options), output);
    print_stages();
  }
  const auto started = std::chrono::steady_clock::now();
  const double cpu_started = process_cpu_ms();
  const parallax::Report report = parallax::analyze(inputs, options);
  const double cpu_before_json = process_cpu_ms();
  const std::string json = parallax::report_to_json(report, output);
  const auto elapsed = std::chrono::steady_clock::now() - started;
  const double cpu_ms = cpu_started < 0 ? -1 : process_cpu_ms() - cpu_started;
  const double json_cpu_ms = cpu_started < 0 ? -1 : process_cpu_ms() - cpu_before_json;
  if (report.has_error) {
    std::cerr << "parallax: " << report.error.message << "\n";
    return 1;
  }
  for (const auto& r : report.rejected) std::cerr << "parallax: " << r.message << "\n";
  for (const auto& d : report.documents)
    for (const auto& notice : d.notices) std::cerr << "parallax: note: " << notice << "\n";
  for (const auto& notice : report.notices) std::cerr << "parallax: note: " << notice << "\n";
  std::fwrite(json.data(), 1, json.size(), stdout);
  std::fputc('\n', stdout);
  if (timing) {
    print_timing("analysis", elapsed, cpu_ms);
    // The report's JSON on its own: with the passage stages, the passage
    // engine's whole cost ("output included") without the other stages.
    if (json_cpu_ms >= 0) std::cerr << "parallax: report JSON took " << json_cpu_ms << " ms of CPU\n";
  }
  print_stages();
  return report.documents.empty() ? 1 : 0;
}

}  // namespace parallax::cli
