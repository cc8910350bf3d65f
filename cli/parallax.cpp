// parallax: the command-line face of the core, for scripts and benchmarks.
//
// It reads files, hands their bytes to the same core the page uses (so
// reports are identical to the WASM build's), and prints JSON on stdout.
// Errors go to stderr with a non-zero exit: 2 for a wrong command line, 1 for
// input that could not be analysed. One file per command (commands.h).
#include <iostream>
#include <string>

#include "cli_support.h"
#include "commands.h"
#include "report_json.h"
#include "similarity_command.h"

namespace {

constexpr const char* kHelp = R"(parallax - compare news articles: what they share, word for word

Usage:
  parallax compare [options] FILE...   analyse the files together; print the JSON report
  parallax passages [options] FILE...  the same analysis, printing only documents and passages
  parallax diff [options] A B          word diff of two versions of one article
  parallax tokens FILE                 print the tokens the diff compares, one per line
  parallax similarity --batch [--fact] score sentence pairs: JSON lines {"a","b"} on stdin,
                                       one similarity in [0, 1] per line on stdout
                                       (--fact: the containment-blended score facts use;
                                       --features: the paraphrase score's inputs, tab-separated)
  parallax --help                      show this help
  parallax --version                   show the version

.html and .htm files are analysed as their article text (the page's one
<article>, else <main>; menus, scripts and footers left out): every offset
points into that text, which --include-text shows.

Options of compare and passages:
  --min-words K          shortest shared passage, in words (default 6, 2..1000)
  --offsets UNIT         unit of every offset in the report: codepoint (default),
                         utf16 (JavaScript string indices) or utf8 (bytes)
  --near-min-words N     matched words a near (edited) passage needs (default 8)
  --imperfections N      words between matches that a near passage survives (default 10)
  --exact-only           report exact passages only (no near passages)
  --include-furniture    analyse page furniture (share buttons, link lists, ...) too;
                         by default it is listed per document and left out
  --fact-threshold T     sentence similarity (0..1] that makes two sentences one fact (default 0.4)
  --no-facts             do not align sentences into facts
  --no-values            do not find dates, times and numbers (entities)
  --date YYYY-MM-DD      the articles' publication date: resolves "on Sunday"
                         (an HTML page's own article:published_time is used without it)
  --include-text         include each document's decoded text in the report
  --pretty               indent the JSON for reading
  --max-documents N      refuse files beyond the first N documents (default 200)
  --max-bytes N          refuse files once the total exceeds N bytes (default 50000000)
  --timing               print the analysis time (in-process) and the entity
                         and passage stages' parts of every analysis on stderr
  --repeat N             analyse N times, print the last (for --timing of a warm process)

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

}  // namespace

int main(int argc, char** argv) {
  using namespace parallax::cli;
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
  if (command == "similarity") return similarity_command(argc - 2, argv + 2);
  return usage_error("unknown command '" + command + "'");
}
