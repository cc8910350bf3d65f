// `parallax diff A B` (the word diff of two versions, JSON or unified) and
// `parallax tokens FILE` (the tokens the diff compares, one per line).
#include "commands.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "cli_support.h"
#include "process_memory.h"
#include "diff_json.h"
#include "diff_unified.h"

namespace parallax::cli {

int diff(int argc, char** argv) {
  reuse_freed_memory();
  parallax::DiffOptions options;
  parallax::DiffJsonOptions output;
  bool unified = false;
  std::uint64_t context = 1;
  CommonOptions common;
  for (int i = 0; i < argc; ++i) {
    const Taken taken = take_common_option(i, argc, argv, common);
    if (taken == Taken::kBad) return 2;
    if (taken == Taken::kTaken) continue;
    const std::string arg = argv[i];
    const char* value = i + 1 < argc ? argv[i + 1] : nullptr;
    std::uint64_t n = 0;
    if (arg == "--format") {
      if (!value || (std::string(value) != "json" && std::string(value) != "unified"))
        return usage_error("--format needs json or unified");
      unified = std::string(value) == "unified";
      ++i;
    } else if (arg == "--context") {
      if (!parse_count(value, context) || context > 1000) return usage_error("--context needs a number from 0 to 1000");
      ++i;
    } else if (arg == "--max-work") {
      if (!parse_count(value, n) || n == 0) return usage_error("--max-work needs a positive number");
      options.script.max_work = n;
      ++i;
    } else if (arg == "--raw") {
      options.cleanup = false;
    } else if (arg == "--no-moves") {
      options.moves = false;
    } else if (arg == "--minimal") {
      options.script.exact_max_tokens = 0;
    } else {
      return usage_error("unknown option " + arg);
    }
  }
  apply_common_options(common, options, output);
  const bool timing = common.timing;
  const std::vector<std::string>& paths = common.paths;
  if (paths.size() != 2) return usage_error("diff needs exactly two files, A and B");
  std::vector<std::string> contents;
  if (!read_files(paths, contents)) return 1;
  prepare_heap(12 * (contents[0].size() + contents[1].size()));
  const auto started = std::chrono::steady_clock::now();
  const double cpu_started = process_cpu_ms();
  // A file that is valid UTF-8 is diffed where it lies (contents outlive the
  // output); otherwise the files' bytes are freed once decoded, and the diff
  // reuses their memory.
  options.borrow_input = true;
  options.release_input = [&contents] { std::vector<std::string>().swap(contents); };
  const parallax::DiffResult result = parallax::diff_documents(
      {base_name(paths[0]), contents[0]}, {base_name(paths[1]), contents[1]}, options);
  const std::string out = unified ? parallax::diff_to_unified(result, static_cast<std::uint32_t>(context))
                                  : parallax::diff_to_json(result, output) + "\n";
  const auto elapsed = std::chrono::steady_clock::now() - started;
  const double cpu = process_cpu_ms() - cpu_started;
  if (result.has_error) {
    std::cerr << "parallax: " << result.error.message << "\n";
    return 1;
  }
  for (const auto* doc : {&result.a, &result.b})
    for (const auto& notice : doc->notices) std::cerr << "parallax: note: " << notice << "\n";
  if (result.approximate)
    std::cerr << "parallax: note: the work limit was reached; the diff is approximate (--max-work)\n";
  std::fwrite(out.data(), 1, out.size(), stdout);
  if (timing) {
    print_timing("diff", elapsed);
    if (cpu_started >= 0) std::cerr << "parallax: diff cpu " << cpu << " ms (all threads)\n";
  }
  return 0;
}

// parallax tokens FILE: the tokens the diff compares, one per line (for
// comparing with line-based tools such as `diff --minimal`).
int tokens(int argc, char** argv) {
  if (argc != 1) return usage_error("tokens needs exactly one FILE");
  std::string content;
  if (!read_file(argv[0], content)) {
    std::cerr << "parallax: cannot read " << argv[0] << ": " << std::strerror(errno) << "\n";
    return 1;
  }
  const parallax::DiffResult r = parallax::diff_documents({base_name(argv[0]), content}, {"", ""}, {});
  if (r.has_error) {
    std::cerr << "parallax: " << r.error.message << "\n";
    return 1;
  }
  std::string out;
  out.reserve(r.a.text.size() + r.a.tokens.size());
  for (std::size_t i = 0; i < r.a.tokens.size(); ++i) {
    const parallax::DiffToken t = r.a.tokens[i];
    out.append(r.a.text, t.start, t.end - t.start).push_back('\n');
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

}  // namespace parallax::cli
