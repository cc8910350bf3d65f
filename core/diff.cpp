#include "diff.h"

#include <exception>
#include <new>

#include "diff_cleanup.h"
#include "document.h"
#include "tokenize.h"
#include "vocabulary.h"

namespace parallax {

namespace {

bool load(const InputDocument& input, DiffDocument& doc, DiffError& error) {
  doc.name = input.name;
  if (input.bytes.empty()) {  // an empty version is a valid side of a diff
    doc.encoding = "utf-8";
    return true;
  }
  DecodeResult decoded = decode_document(input.name, input.bytes);
  if (!decoded.ok) {
    error = {decoded.error.code, decoded.error.message, decoded.error.byte};
    return false;
  }
  doc.text = std::move(decoded.decoded.text);
  doc.encoding = std::move(decoded.decoded.encoding);
  doc.notices = std::move(decoded.decoded.notices);
  return true;
}

void assign_surface_ids(DiffDocument& doc, Vocabulary& vocabulary) {
  doc.tokens = tokenize(doc.text);
  doc.ids.resize(doc.tokens.size());
  const std::string_view text = doc.text;
  for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    doc.ids[i] = vocabulary.intern(text.substr(t.start, t.end - t.start));
    doc.words += t.is_word_like() ? 1 : 0;
  }
}

DiffCounts count(const std::vector<DiffEdit>& edits, const Tokens& a, const Tokens& b) {
  DiffCounts c;
  for (const DiffEdit& e : edits) {
    switch (e.op) {
      case DiffOp::kDelete:
        c.tokens_deleted += e.a_end - e.a_begin;
        c.words_deleted += count_words(a, e.a_begin, e.a_end);
        break;
      case DiffOp::kInsert:
        c.tokens_inserted += e.b_end - e.b_begin;
        c.words_inserted += count_words(b, e.b_begin, e.b_end);
        break;
      case DiffOp::kMove:
        c.tokens_moved += e.b_end - e.b_begin;
        c.words_moved += count_words(b, e.b_begin, e.b_end);
        break;
      case DiffOp::kEqual:
        break;
    }
  }
  return c;
}

DiffResult run(const InputDocument& a, const InputDocument& b, const DiffOptions& options) {
  DiffResult r;
  for (const InputDocument* input : {&a, &b}) {
    if (a.bytes.size() + b.bytes.size() > options.max_total_bytes || input->bytes.size() > 0xFFFFFFF0u) {
      r.has_error = true;
      r.error = {"too-large",
                 input->name + ": too large (the limit for both files together is " +
                     std::to_string(options.max_total_bytes) + " bytes)",
                 0};
      return r;
    }
  }
  if (!load(a, r.a, r.error) || !load(b, r.b, r.error)) {
    r.has_error = true;
    return r;
  }
  Vocabulary vocabulary;
  assign_surface_ids(r.a, vocabulary);
  assign_surface_ids(r.b, vocabulary);

  TokenScript script = diff_token_ids(r.a.ids, r.b.ids,
                                      static_cast<std::uint32_t>(vocabulary.size()), options.script);
  r.approximate = script.approximate;
  r.minimal = script.minimal;
  r.work = script.work;
  const DiffSide side_a = r.a.side(), side_b = r.b.side();
  if (options.cleanup) make_readable(script.runs, side_a, side_b);
  r.edits = edits_from_runs(script.runs, side_a.size(), side_b.size());
  if (options.moves) find_moves(r.edits, side_a, side_b, options.move);
  r.counts = count(r.edits, r.a.tokens, r.b.tokens);
  return r;
}

}  // namespace

DiffResult diff_documents(const InputDocument& a, const InputDocument& b,
                          const DiffOptions& options) {
  try {
    return run(a, b, options);
  } catch (const std::bad_alloc&) {
    DiffResult r;
    r.has_error = true;
    r.error = {"out-of-memory", "Not enough memory for this diff; try smaller files.", 0};
    return r;
  } catch (const std::exception& e) {
    DiffResult r;
    r.has_error = true;
    r.error = {"internal", std::string("Internal error: ") + e.what(), 0};
    return r;
  }
}

}  // namespace parallax
