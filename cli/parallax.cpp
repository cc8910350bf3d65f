// parallax: the command-line face of the core, for scripts and benchmarks.
//
// It reads files, hands their bytes to the same analyze() the page uses (so
// reports are identical to the WASM build's), and prints JSON on stdout.
// Errors go to stderr with a non-zero exit: 2 for a wrong command line, 1 for
// input that could not be analysed.
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "analyze.h"
#include "similarity_command.h"
#include "diff_json.h"
#include "diff_unified.h"
#include "report_json.h"

namespace {

constexpr const char* kHelp = R"(parallax - compare news articles: what they share, word for word

Usage:
  parallax compare [options] FILE...   analyse the files together; print the JSON report
  parallax passages [options] FILE...  the same analysis, printing only documents and passages
  parallax diff [options] A B          word diff of two versions of one article
  parallax tokens FILE                 print the tokens the diff compares, one per line
  parallax similarity --batch          score sentence pairs: JSON lines {"a","b"} on stdin,
                                       one similarity in [0, 1] per line on stdout
  parallax --help                      show this help
  parallax --version                   show the version

Options of compare and passages:
  --min-words K          shortest shared passage, in words (default 6, 2..1000)
  --offsets UNIT         unit of every offset in the report: codepoint (default),
                         utf16 (JavaScript string indices) or utf8 (bytes)
  --near-min-words N     matched words a near (edited) passage needs (default 8)
  --imperfections N      words between matches that a near passage survives (default 10)
  --exact-only           report exact passages only (no near passages)
  --fact-threshold T     sentence similarity (0..1] that makes two sentences one fact (default 0.4)
  --no-facts             do not align sentences into facts
  --no-values            do not find dates, times and numbers (entities)
  --date YYYY-MM-DD      the articles' publication date: resolves "on Sunday"
  --include-text         include each document's decoded text in the report
  --pretty               indent the JSON for reading
  --max-documents N      refuse files beyond the first N documents (default 200)
  --max-bytes N          refuse files once the total exceeds N bytes (default 50000000)
  --timing               print the analysis time (in-process) on stderr

Options of diff (JSON: docs/report-format.md, "The word diff"; method: docs/diff.md):
  --format F             json (default) or unified: the new text with [-deleted-],
                         {+inserted+}, and moves as [>N: old place<] {>N: new place<}
  --context N            unified: lines of context around each change (default 1)
  --raw                  the raw minimal script, without the readable cleanup
  --no-moves             do not detect moved blocks (they stay delete + insert)
  --minimal              exact minimal script at any size (default: exact up to
                         120000 tokens, unique-word anchors beyond)
  --max-work N           edit-graph steps before the diff is approximated
                         ("approximate": true; default 400000000)
  --offsets, --include-text, --pretty, --max-bytes, --timing   as for compare
An empty file is an empty version; a binary or unreadable file is an error
(exit 1).

Files are read as bytes: UTF-8, UTF-16 with a byte-order mark, or Windows-1252
(with a notice). Documents are named by their file name. A file that cannot be
analysed (empty, binary, over a limit) is listed under "rejected" in the report
and named on stderr; the others are still compared. Exit status: 0 when at least
one file was analysed, 1 when none could be (or a file could not be read), 2 for
a wrong command line. The report format is documented in docs/report-format.md.
)";

int usage_error(const std::string& message) {
  std::cerr << "parallax: " << message << "\nTry 'parallax --help'.\n";
  return 2;
}

bool parse_count(const char* text, std::uint64_t& value) {
  if (!text || !*text) return false;
  char* end = nullptr;
  errno = 0;
  const unsigned long long v = std::strtoull(text, &end, 10);
  if (errno || *end || text[0] == '-') return false;
  value = v;
  return true;
}

std::string base_name(const std::string& path) {
  const std::size_t slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  // A regular file is read in one call into a string of its size: streaming
  // through an ostringstream cost ~45 ms for a 5 MB file (word diff benchmark).
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  if (size >= 0) {
    out.resize(static_cast<std::size_t>(size));
    in.seekg(0, std::ios::beg);
    in.read(out.data(), size);
    if (in.gcount() == size) return true;
    in.clear();
    in.seekg(0, std::ios::beg);
  }
  in.clear();
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return false;
  out = buffer.str();
  return true;
}

int compare(int argc, char** argv, bool passages_only) {
  parallax::AnalysisOptions options;
  parallax::JsonOptions output;
  output.passages_only = passages_only;
  options.facts = !passages_only;  // `passages` prints no facts: do not compute them
  options.values = !passages_only;
  bool timing = false;
  std::string date;  // publication date given to every file
  std::vector<std::string> paths;
  for (int i = 0; i < argc; ++i) {
    const std::string arg = argv[i];
    const char* value = i + 1 < argc ? argv[i + 1] : nullptr;
    std::uint64_t n = 0;
    if (arg == "--min-words") {
      if (!parse_count(value, n) || n < parallax::kMinWordsLowest || n > parallax::kMinWordsHighest)
        return usage_error("--min-words needs a number from 2 to 1000");
      options.min_words = static_cast<std::uint32_t>(n);
      ++i;
    } else if (arg == "--offsets") {
      if (!value || !parallax::parse_offset_unit(value, output.offset_unit))
        return usage_error("--offsets needs codepoint, utf16 or utf8");
      ++i;
    } else if (arg == "--max-documents") {
      if (!parse_count(value, n) || n == 0 || n > 1000000)
        return usage_error("--max-documents needs a positive number");
      options.max_documents = static_cast<std::uint32_t>(n);
      ++i;
    } else if (arg == "--max-bytes") {
      if (!parse_count(value, n) || n == 0) return usage_error("--max-bytes needs a positive number");
      options.max_total_bytes = n;
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
    } else if (arg == "--date") {
      if (!value || std::strlen(value) != 10) return usage_error("--date needs a date YYYY-MM-DD");
      date = value;
      ++i;
    } else if (arg == "--exact-only") {
      options.near = false;
    } else if (arg == "--include-text") {
      output.include_text = true;
    } else if (arg == "--pretty") {
      output.indent = 2;
    } else if (arg == "--timing") {
      timing = true;
    } else if (arg == "--") {
      for (++i; i < argc; ++i) paths.emplace_back(argv[i]);
    } else if (arg.size() > 1 && arg[0] == '-') {
      return usage_error("unknown option " + arg);
    } else {
      paths.push_back(arg);
    }
  }
  if (paths.empty()) return usage_error("compare needs at least one FILE");

  std::vector<std::string> contents(paths.size());
  std::vector<parallax::InputDocument> inputs;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    if (!read_file(paths[i], contents[i])) {
      std::cerr << "parallax: cannot read " << paths[i] << ": " << std::strerror(errno) << "\n";
      return 1;
    }
  }
  for (std::size_t i = 0; i < paths.size(); ++i)
    inputs.push_back({base_name(paths[i]), contents[i], date});

  const auto started = std::chrono::steady_clock::now();
  const parallax::Report report = parallax::analyze(inputs, options);
  const std::string json = parallax::report_to_json(report, output);
  const auto elapsed = std::chrono::steady_clock::now() - started;
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
  if (timing)
    std::cerr << "parallax: analysis took "
              << std::chrono::duration<double, std::milli>(elapsed).count() << " ms\n";
  return report.documents.empty() ? 1 : 0;
}

// parallax diff [options] A B: the word diff (core/diff.h) as JSON or unified text.
int diff(int argc, char** argv) {
  parallax::DiffOptions options;
  parallax::DiffJsonOptions output;
  bool unified = false, timing = false;
  std::uint64_t context = 1;
  std::vector<std::string> paths;
  for (int i = 0; i < argc; ++i) {
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
    } else if (arg == "--offsets") {
      if (!value || !parallax::parse_offset_unit(value, output.offset_unit))
        return usage_error("--offsets needs codepoint, utf16 or utf8");
      ++i;
    } else if (arg == "--max-work") {
      if (!parse_count(value, n) || n == 0) return usage_error("--max-work needs a positive number");
      options.script.max_work = n;
      ++i;
    } else if (arg == "--max-bytes") {
      if (!parse_count(value, n) || n == 0) return usage_error("--max-bytes needs a positive number");
      options.max_total_bytes = n;
      ++i;
    } else if (arg == "--raw") {
      options.cleanup = false;
    } else if (arg == "--no-moves") {
      options.moves = false;
    } else if (arg == "--minimal") {
      options.script.exact_max_tokens = 0;
    } else if (arg == "--include-text") {
      output.include_text = true;
    } else if (arg == "--pretty") {
      output.indent = 2;
    } else if (arg == "--timing") {
      timing = true;
    } else if (arg == "--") {
      for (++i; i < argc; ++i) paths.emplace_back(argv[i]);
    } else if (arg.size() > 1 && arg[0] == '-') {
      return usage_error("unknown option " + arg);
    } else {
      paths.push_back(arg);
    }
  }
  if (paths.size() != 2) return usage_error("diff needs exactly two files, A and B");
  std::string contents[2];
  for (int k = 0; k < 2; ++k) {
    if (!read_file(paths[k], contents[k])) {
      std::cerr << "parallax: cannot read " << paths[k] << ": " << std::strerror(errno) << "\n";
      return 1;
    }
  }
  const auto started = std::chrono::steady_clock::now();
  const parallax::DiffResult result = parallax::diff_documents(
      {base_name(paths[0]), contents[0]}, {base_name(paths[1]), contents[1]}, options);
  const std::string out = unified ? parallax::diff_to_unified(result, static_cast<std::uint32_t>(context))
                                  : parallax::diff_to_json(result, output) + "\n";
  const auto elapsed = std::chrono::steady_clock::now() - started;
  if (result.has_error) {
    std::cerr << "parallax: " << result.error.message << "\n";
    return 1;
  }
  for (const auto* doc : {&result.a, &result.b})
    for (const auto& notice : doc->notices) std::cerr << "parallax: note: " << notice << "\n";
  if (result.approximate)
    std::cerr << "parallax: note: the work limit was reached; the diff is approximate (--max-work)\n";
  std::fwrite(out.data(), 1, out.size(), stdout);
  if (timing)
    std::cerr << "parallax: diff took " << std::chrono::duration<double, std::milli>(elapsed).count()
              << " ms\n";
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
  for (const auto& t : r.a.tokens) out.append(r.a.text, t.start, t.end - t.start).push_back('\n');
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  if (argc < 2) return usage_error("no command given");
  const std::string command = argv[1];
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kHelp;
    return 0;
  }
  if (command == "--version") {
    std::cout << "parallax 0.1.0 (report version " << parallax::kReportVersion << ")\n";
    return 0;
  }
  if (command == "compare") return compare(argc - 2, argv + 2, false);
  if (command == "passages") return compare(argc - 2, argv + 2, true);
  if (command == "diff") return diff(argc - 2, argv + 2);
  if (command == "tokens") return tokens(argc - 2, argv + 2);
  if (command == "similarity") return parallax::cli::similarity_command(argc - 2, argv + 2);
  return usage_error("unknown command '" + command + "'");
}
