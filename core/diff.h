// Word diff of two documents: what changed between two versions of an article.
//
// bytes -> decode (document.h; an empty file is an empty text here) ->
// tokenize (words, numbers, punctuation; whitespace is not a token) -> ids of
// the exact surface text (so "The" -> "the" and a changed quote style are
// changes) -> edit script (diff_script.h: minimal for ordinary sizes) ->
// optional readable cleanup (diff_cleanup.h) -> moved blocks (diff_moves.h)
// -> edits in the order a reader of a unified diff meets them.
//
// The raw script (cleanup off) is minimal: inserted plus deleted tokens,
// with a moved token counted once each way, equals what `diff --minimal`
// reports on one-token-per-line files, unless `minimal` is false (inputs
// beyond exact_max_tokens, or the work limit was reached: `approximate`).
//
// Contract: never throws. A file that cannot be read as text (binary,
// not-text, over the byte limit) makes the whole diff an error value with a
// stable code and a message naming the file. Deterministic: counts, never
// clocks.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analyze.h"
#include "diff_edit.h"
#include "diff_moves.h"
#include "diff_script.h"
#include "diff_tokens.h"

namespace parallax {

struct DiffOptions {
  ScriptOptions script;
  bool cleanup = true;  // false: the raw minimal script (`--raw`)
  bool moves = true;
  MoveOptions move;
  std::uint64_t max_total_bytes = 50ull * 1000 * 1000;  // both files together
  // Called once during the diff, as soon as the input bytes are no longer
  // read (both documents decoded, or refused), so that their owner may free
  // them. The command line and the WASM door do: the rest of the diff then
  // reuses that memory.
  std::function<void()> release_input;
  // The input's bytes outlive the result (the command line and diff_request
  // keep them until the output is written): a document that is valid UTF-8
  // is then used where it lies instead of being copied (2 x 5 MB: 10 MB less
  // at the WASM module's peak), and release_input is called only when
  // neither text lies in the input.
  bool borrow_input = false;
};

struct DiffDocument {
  std::string name;
  std::string_view text;  // decoded: every span points into it; owned_text or the input
  std::shared_ptr<const std::string> owned_text;  // unless borrowed (borrow_input)
  std::string encoding;
  std::vector<std::string> notices;
  DiffTokens tokens;
  std::vector<std::uint32_t> ids;  // exact surface ids, shared by both documents
  std::uint32_t words = 0;

  DiffSide side() const { return {text, &tokens, &ids}; }
};

struct DiffCounts {
  std::uint32_t words_inserted = 0, words_deleted = 0, words_moved = 0;
  std::uint32_t tokens_inserted = 0, tokens_deleted = 0, tokens_moved = 0;
};

struct DiffError {
  std::string code;  // stable: "binary", "not-text", "too-large", "out-of-memory", "internal"
  std::string message;
  std::uint64_t byte = 0;
};

struct DiffResult {
  bool has_error = false;
  DiffError error;
  DiffDocument a, b;
  std::vector<DiffEdit> edits;  // token ranges; see diff_edit.h
  DiffCounts counts;
  bool approximate = false;
  bool minimal = true;
  std::uint64_t work = 0;
};

DiffResult diff_documents(const InputDocument& a, const InputDocument& b,
                          const DiffOptions& options);

}  // namespace parallax
