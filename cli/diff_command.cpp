// `parallax diff A B` (the word diff of two versions, JSON or unified) and
// `parallax tokens FILE` (the tokens the diff compares, one per line).
#include "commands.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <iostream>
#if defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#endif
#include <string>
#include <vector>

#include "cli_support.h"
#include "diff_json.h"
#include "diff_unified.h"

namespace parallax::cli {

namespace {

// Large blocks from the heap instead of their own mappings: a diff allocates
// and frees several vectors of megabytes in turn, and with glibc's defaults
// each is a fresh mmap (page faults, zeroing) and a munmap. Reusing the heap
// took a sixth off the CPU time of a 1 MB diff (48 -> 40 ms, perf stat).
// One arena for both threads, so that the second document's memory comes
// from the same heap (made ready for huge pages below) and is reused there.
void reuse_freed_memory() {
#if defined(__GLIBC__)
  mallopt(M_MMAP_THRESHOLD, 256 << 20);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  mallopt(M_ARENA_MAX, 1);
#endif
}

// The heap the diff is about to use, grown at once and marked for
// transparent huge pages (where the kernel offers them on request, as
// Debian's default "madvise" does): one fault per 2 MB instead of one per
// 4 KB. A diff's heap peaks at about 7-10 times its input. At 2 x 1 MB: 5,440
// -> 630-930 page faults, task-clock 29-39 -> 22-29 ms (diff -H 28-34 ms,
// interleaved rounds of 10 at load 11); 2 x 5 MB: 17,500 -> 2,800-3,000,
// 150-174 -> 108-129 ms; peak RSS 74 -> 82 MB (whole huge pages).
void prepare_heap(std::size_t input_bytes) {
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
  constexpr std::uintptr_t kHuge = std::uintptr_t{2} << 20;
  const std::size_t bytes = std::min<std::size_t>(12 * input_bytes, 200u << 20);  // under M_MMAP_THRESHOLD
  if (bytes < 2 * kHuge) return;
  void* block = std::malloc(bytes);
  if (!block) return;
  const auto at = reinterpret_cast<std::uintptr_t>(block);
  const std::uintptr_t start = (at + kHuge - 1) & ~(kHuge - 1), end = (at + bytes) & ~(kHuge - 1);
  if (end > start) madvise(reinterpret_cast<void*>(start), end - start, MADV_HUGEPAGE);
  std::free(block);  // back to the heap's top, untouched; the diff's blocks come from it
#else
  (void)input_bytes;
#endif
}

// CPU time of the whole process so far (all threads), in ms; -1 where the
// clock is missing. --timing prints it beside the wall time, because on a
// loaded machine the CPU time is the comparable figure.
double process_cpu_ms() {
#if defined(CLOCK_PROCESS_CPUTIME_ID)
  timespec t{};
  if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t) == 0) return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
#endif
  return -1;
}

}  // namespace

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
  prepare_heap(contents[0].size() + contents[1].size());
  const auto started = std::chrono::steady_clock::now();
  const double cpu_started = process_cpu_ms();
  // The files' bytes are freed once decoded: the diff reuses their memory.
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
  for (const auto& t : r.a.tokens) out.append(r.a.text, t.start, t.end - t.start).push_back('\n');
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

}  // namespace parallax::cli
