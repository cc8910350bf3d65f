// Helpers every command of the command-line tool shares: usage errors,
// number options, file names and reading files as bytes.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "offsets.h"

namespace parallax::cli {

// Prints "parallax: MESSAGE" and a hint on stderr; returns exit status 2.
int usage_error(const std::string& message);

// A whole non-negative decimal number; false for anything else.
bool parse_count(const char* text, std::uint64_t& value);

// The file name without its directories (documents are named by it).
std::string base_name(const std::string& path);

// Whether a path names an HTML page (.html or .htm, any case): the core then
// analyses its article text (core/html_text.h), as the page does.
bool is_html_path(const std::string& path);

// Reads a file's bytes; false (errno set) when it cannot be read.
bool read_file(const std::string& path, std::string& out);

// Reads every file; on the first that cannot be read, names it on stderr and
// returns false (the command then exits 1).
bool read_files(const std::vector<std::string>& paths, std::vector<std::string>& contents);

// Options several commands share.
struct CommonOptions {
  OffsetUnit offset_unit = OffsetUnit::kCodePoint;  // --offsets
  std::optional<std::uint64_t> max_bytes;           // --max-bytes
  bool include_text = false;
  bool pretty = false;
  bool timing = false;
  std::vector<std::string> paths;
};

// take_common_option() consumes argv[i] (and its value) when it is one of the
// common options, a "--" (and the paths after it) or a file path: kTaken. Any
// other option is the command's to take or reject: kOther. A common option
// with a bad value has been reported (exit status 2): kBad.
enum class Taken { kTaken, kOther, kBad };
Taken take_common_option(int& i, int argc, char** argv, CommonOptions& common);

// Puts the common options into a command's core options and JSON output
// options (every command's have max_total_bytes, offset_unit, include_text
// and indent).
template <typename CoreOptions, typename OutputOptions>
void apply_common_options(const CommonOptions& common, CoreOptions& options, OutputOptions& output) {
  if (common.max_bytes) options.max_total_bytes = *common.max_bytes;
  output.offset_unit = common.offset_unit;
  output.include_text = common.include_text;
  if (common.pretty) output.indent = 2;
}

// CPU time of the whole process so far (all threads), in ms; -1 where the
// clock is missing. --timing prints it beside the wall time, because on a
// loaded machine the CPU time is the comparable figure.
double process_cpu_ms();

// "--timing": how long `what` took, on stderr.
// "parallax: <what> took N ms" on stderr, then " (CPU N ms)" when cpu_ms is
// given: the process's CPU time, which a loaded machine inflates far less.
void print_timing(const char* what, std::chrono::steady_clock::duration elapsed, double cpu_ms = -1);

}  // namespace parallax::cli
