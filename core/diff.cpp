#include "diff.h"

#include <cstring>
#include <exception>
#include <new>

#include "diff_cleanup.h"
#include "document.h"
#include "tokenize.h"

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

// Ids of exact surface forms, in order of first appearance. Unlike
// Vocabulary (normalized forms, stored as strings) it keeps views into the two
// texts and hashes eight bytes at a time: giving every token of two 5 MB
// texts its id was the largest single cost of a large diff.
class SurfaceIds {
 public:
  std::uint32_t id(std::string_view form) {
    if ((forms_.size() + 1) * 2 > slots_.size()) grow();
    const std::uint64_t h = hash(form);
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      Slot& slot = slots_[i];
      if (slot.id_plus_one == 0) {
        slot = {tag, static_cast<std::uint32_t>(forms_.size() + 1)};
        forms_.push_back(form);
        return slot.id_plus_one - 1;
      }
      if (slot.tag == tag && forms_[slot.id_plus_one - 1] == form) return slot.id_plus_one - 1;
    }
  }
  std::uint32_t size() const { return static_cast<std::uint32_t>(forms_.size()); }

 private:
  struct Slot {
    std::uint32_t tag = 0;          // high half of the hash
    std::uint32_t id_plus_one = 0;  // 0: empty
  };

  static std::uint64_t hash(std::string_view s) {
    std::uint64_t h = (s.size() + 1) * 0x9E3779B97F4A7C15ull;
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      h = (h ^ w) * 0xFF51AFD7ED558CCDull;
      h ^= h >> 32;
    }
    if (i < s.size()) {
      std::uint64_t w = 0;
      std::memcpy(&w, s.data() + i, s.size() - i);
      h = (h ^ w) * 0xC4CEB9FE1A85EC53ull;
    }
    return h ^ (h >> 29);
  }

  void grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 4096 : old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.id_plus_one == 0) continue;
      const std::uint64_t h = hash(forms_[s.id_plus_one - 1]);
      std::size_t i = h & mask_;
      while (slots_[i].id_plus_one != 0) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  std::vector<std::string_view> forms_;
  std::size_t mask_ = 0;
};

void assign_surface_ids(DiffDocument& doc, SurfaceIds& surface_ids) {
  doc.tokens = tokenize(doc.text);
  doc.ids.resize(doc.tokens.size());
  const std::string_view text = doc.text;
  for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    doc.ids[i] = surface_ids.id(text.substr(t.start, t.end - t.start));
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
  SurfaceIds surface_ids;
  assign_surface_ids(r.a, surface_ids);
  assign_surface_ids(r.b, surface_ids);

  TokenScript script = diff_token_ids(r.a.ids, r.b.ids, surface_ids.size(), options.script);
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
