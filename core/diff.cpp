#include "diff.h"

#include <algorithm>
#include <cstring>
#include <exception>
#include <new>
#if !defined(__EMSCRIPTEN__)
#include <thread>
#endif

#include "diff_cleanup.h"
#include "document.h"

namespace parallax {

namespace {

// borrow: the text may stay in the input (DiffOptions::borrow_input).
[[gnu::noinline]] bool load(const InputDocument& input, DiffDocument& doc, DiffError& error, bool borrow) {
  doc.name = input.name;
  if (input.bytes.empty()) {  // an empty version is a valid side of a diff
    doc.encoding = "utf-8";
    return true;
  }
  std::string_view in_place;
  DecodeResult decoded = decode_document(input.name, input.bytes, borrow ? &in_place : nullptr);
  if (!decoded.ok) {
    error = {decoded.error.code, decoded.error.message, decoded.error.byte};
    return false;
  }
  if (in_place.data()) {
    doc.text = in_place;
  } else {
    doc.owned_text = std::make_shared<const std::string>(std::move(decoded.decoded.text));
    doc.text = *doc.owned_text;
  }
  doc.encoding = std::move(decoded.decoded.encoding);
  doc.notices = std::move(decoded.decoded.notices);
  return true;
}

// Ids of exact surface forms, in order of first appearance. Unlike
// Vocabulary (normalized forms, stored as strings) it keeps views into the two
// texts. Two parts: a sparse open-addressing table of 8-byte slots (32 bits of
// the hash and the id), and a dense record per form (its first sixteen bytes,
// length and view), so almost every word is found without touching the text
// again (a cache miss per token) and without a memcmp call. The records come in
// blocks that never move, so growing copies only the slots: 2 x 5 MB's 104,100
// forms took 262,144 slots of 24 bytes (6.3 MB) plus the tables grown through
// (6.2 MB) and two per-form vectors with theirs (3.3 MB); now 2 MB of slots,
// 2 MB grown through and 2.5 MB of records (WASM; 3.3 MB natively).
class SurfaceIds {
 public:
  // What id() compares and hashes, computed ahead of time (so the slot can be
  // prefetched) and once per token. text_end: the end of the text the form
  // lies in, so short forms are read with one 8-byte load when it fits.
  struct Key {
    std::uint64_t head = 0;   // the form's first 8 bytes, zero-padded
    std::uint64_t head2 = 0;  // the next 8
    std::uint32_t check = 0;  // 32 bits of the hash, never 0 (an empty slot's)
  };
  static Key key_of(std::string_view form, const char* text_end) {
    Key k;
    k.head = head_of(form, text_end);
    k.head2 = form.size() > 8 ? head_of(form.substr(8), text_end) : 0;
    const auto h = static_cast<std::uint32_t>(hash(form, k.head));
    k.check = h != 0 ? h : 1;
    return k;
  }
  void prefetch(const Key& key) const {
#if defined(__GNUC__) && !defined(__EMSCRIPTEN__)
    __builtin_prefetch(&slots_[key.check & mask_]);
#else
    (void)key;
#endif
  }

  // Loads the slots of `keys` and the records they name into cache (where
  // there is no prefetch instruction): independent loads, whose misses the
  // processor overlaps. The sum is kept so the loads are not optimised away.
  [[gnu::noinline]] void warm(const Key* keys, std::size_t n) {
    std::uint32_t sum = 0;
    for (std::size_t k = 0; k < n; ++k) sum += slots_[keys[k].check & mask_].id;
    for (std::size_t k = 0; k < n; ++k) {
      const Slot& slot = slots_[keys[k].check & mask_];
      if (slot.check != 0) sum += record(slot.id).length;
    }
    warm_sum_ += sum;
  }

  SurfaceIds() { grow(); }

  std::uint32_t id(std::string_view form) { return id(form, key_of(form, form.data() + form.size())); }
  // Most tokens are a form already seen, found in the first slot probed: that
  // test is inline; everything else (collisions, new forms, forms of more
  // than 16 bytes) goes to add_or_find. An empty slot never matches (check 0).
  [[gnu::always_inline]] std::uint32_t id(std::string_view form, const Key& key) {
    const Slot slot = slots_[key.check & mask_];
    if (slot.check == key.check && form.size() <= 16) {
      const Form& f = record(slot.id);
      if (f.head == key.head && f.head2 == key.head2 && f.length == form.size()) return slot.id;
    }
    return add_or_find(form, key);
  }
  [[gnu::noinline]] std::uint32_t add_or_find(std::string_view form, const Key& key) {
    // At most two thirds full: 2 x 1 MB's 35,729 forms fit in 65,536 slots.
    if ((count_ + 1) * 3 > slots_.size() * 2) grow();
    const auto length = static_cast<std::uint32_t>(form.size());
    for (std::size_t i = key.check & mask_;; i = (i + 1) & mask_) {
      Slot& slot = slots_[i];
      if (slot.check == 0) {
        slot = {key.check, count_};
        add_record({key.head, key.head2, form.data(), length});
        return count_++;
      }
      if (slot.check != key.check) continue;
      const Form& f = record(slot.id);
      if (f.head == key.head && f.head2 == key.head2 && f.length == length &&
          (length <= 16 || tail_equal(f.data, form.data(), length)))
        return slot.id;
    }
  }
  std::uint32_t size() const { return count_; }
  std::string_view form(std::uint32_t id) const {
    const Form& f = record(id);
    return {f.data, f.length};
  }

 private:
  struct Slot {
    std::uint32_t check = 0;  // 0: empty
    std::uint32_t id = 0;
  };
  struct Form {
    std::uint64_t head, head2;  // as in Key
    const char* data;
    std::uint32_t length;
  };
  static constexpr std::uint32_t kBlockShift = 12, kBlockForms = 1u << kBlockShift;

  const Form& record(std::uint32_t id) const { return blocks_[id >> kBlockShift][id & (kBlockForms - 1)]; }
  void add_record(const Form& f) {
    if ((count_ & (kBlockForms - 1)) == 0) blocks_.push_back(std::make_unique<Form[]>(kBlockForms));
    blocks_.back()[count_ & (kBlockForms - 1)] = f;
  }

  static std::uint64_t load8(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
  }
  static std::uint64_t head_of(std::string_view s, const char* text_end) {
    if (s.size() >= 8) return load8(s.data());
    if (s.data() + 8 <= text_end)  // a short form inside the text: one load, masked
      return load8(s.data()) & ((std::uint64_t{1} << (8 * s.size())) - 1);
    std::uint64_t w = 0;
    for (std::size_t i = 0; i < s.size(); ++i) w |= std::uint64_t{static_cast<unsigned char>(s[i])} << (8 * i);
    return w;
  }
  static bool tail_equal(const char* x, const char* y, std::size_t size) {  // size > 16
    std::size_t i = 16;
    for (; i + 8 <= size; i += 8)
      if (load8(x + i) != load8(y + i)) return false;
    return i == size || load8(x + size - 8) == load8(y + size - 8);
  }
  static std::uint64_t hash(std::string_view s, std::uint64_t head) {
    std::uint64_t h = (head ^ (std::uint64_t{s.size()} << 59)) * 0x9E3779B97F4A7C15ull;
    for (std::size_t i = 8; i < s.size(); i += 8) {
      h ^= h >> 32;
      h = (h ^ (i + 8 <= s.size() ? load8(s.data() + i) : load8(s.data() + s.size() - 8))) *
          0xD6E8FEB86659FD93ull;
    }
    h ^= h >> 32;
    h *= 0xD6E8FEB86659FD93ull;
    return h ^ (h >> 32);
  }

  void grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 4096 : old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& s : old) {  // by the stored hash bits: no trip back into the text
      if (s.check == 0) continue;
      std::size_t i = s.check & mask_;
      while (slots_[i].check != 0) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  std::vector<std::unique_ptr<Form[]>> blocks_;  // records, kBlockForms a block
  std::uint32_t count_ = 0;
  std::size_t mask_ = 0;
  std::uint32_t warm_sum_ = 0;  // see warm()
};

// Decodes, tokenizes and gives ids from `ids`: the document's own table, or
// one shared with the other document.
struct Prepared {
  bool ok = false;
  bool out_of_memory = false;
  DiffError error;
};

// The stages of a diff are functions of their own ([[gnu::noinline]] here and
// in diff_*.cpp; the diff-only WASM module is linked so that binaryen keeps
// them too, wasm/CMakeLists.txt). V8 runs WASM first as baseline code and
// swaps in optimised code function by function, from a function's next call
// on: small stages called again and again (here once per block of text) are
// optimised early in a first large diff, where one big function would run as
// baseline code throughout.

// Ids of one block's tokens (spans relative to the block, which starts
// `offset` bytes into text) into out; returns how many are word-like.
[[gnu::noinline]] std::uint32_t give_ids(std::string_view text, const Tokens& block,
                                         std::uint32_t offset, SurfaceIds& ids, std::uint32_t* out) {
  const Token* tokens = block.data();
  const std::size_t n = block.size();
  std::uint32_t words = 0;
  const char* base = text.data() + offset;
  auto form = [&](std::size_t i) {
    return std::string_view(base + tokens[i].start, tokens[i].end - tokens[i].start);
  };
  const char* text_end = text.data() + text.size();
#if defined(__EMSCRIPTEN__)
  // WASM has no prefetch instruction. The lookups go in batches: every key of
  // the batch first, then a load of each key's slot and of the record it
  // names that nothing waits for (the processor has many such misses in
  // flight at once, where a lookup's own loads come one after another),
  // then the lookups, which find both in cache.
  constexpr std::size_t kBatch = 256;
  SurfaceIds::Key keys[kBatch];
  for (std::size_t first = 0; first < n; first += kBatch) {
    const std::size_t m = std::min(kBatch, n - first);
    for (std::size_t k = 0; k < m; ++k) keys[k] = SurfaceIds::key_of(form(first + k), text_end);
    ids.warm(keys, m);
    for (std::size_t k = 0; k < m; ++k) {
      out[first + k] = ids.id(form(first + k), keys[k]);
      words += tokens[first + k].is_word_like() ? 1 : 0;
    }
  }
#else
  // Keys run kAhead tokens ahead of the lookups, whose table slots are
  // prefetched meanwhile: the lookups are bound by memory latency.
  constexpr std::size_t kAhead = 16;
  SurfaceIds::Key ahead[kAhead];
  for (std::size_t i = 0; i < kAhead && i < n; ++i) ahead[i] = SurfaceIds::key_of(form(i), text_end);
  for (std::size_t i = 0; i < n; ++i) {
    const SurfaceIds::Key key = ahead[i % kAhead];
    if (i + kAhead < n) {
      ahead[i % kAhead] = SurfaceIds::key_of(form(i + kAhead), text_end);
      ids.prefetch(ahead[i % kAhead]);
    }
    out[i] = ids.id(form(i), key);
    words += tokens[i].is_word_like() ? 1 : 0;
  }
#endif
  return words;
}

// Preparing is two steps, decoding then tokens and ids, so that the WASM
// build can free the input between them (prepare_both).
void decode_step(const InputDocument& input, DiffDocument& doc, Prepared& p, bool borrow) {
  try {
    p.ok = load(input, doc, p.error, borrow);
  } catch (const std::bad_alloc&) {
    p.out_of_memory = true;
  }
}

// Tokens and ids a block of text at a time (tokenize_for_diff): only the
// compact DiffTokens of the whole text are kept, never its full Tokens.
void index_step(DiffDocument& doc, SurfaceIds& ids, Prepared& p) {
  try {
    // News text has a token per 5 to 8 bytes (valentines articles 5.5-5.7,
    // the benchmark's texts 7.7): reserved once, the vectors are not copied
    // while they grow, and the module's memory does not grow far past what
    // is used (one per 3 bytes left 2 x 5 MB with a heap of 72 MB for 39.8 MB
    // resident; now 56 MB for 38.7).
    const std::size_t estimate = doc.text.size() / 5 + 16;
    doc.tokens.reserve(estimate);
    doc.ids.reserve(estimate);
    constexpr std::size_t kBlockBytes = 32 * 1024;
    tokenize_for_diff(doc.text, kBlockBytes, [&](const Tokens& block, std::uint32_t offset) {
      const std::size_t first = doc.ids.size();
      doc.ids.resize(first + block.size());
      doc.words += give_ids(doc.text, block, offset, ids, doc.ids.data() + first);
      doc.tokens.append(block, offset);
    });
  } catch (const std::bad_alloc&) {
    p.ok = false;
    p.out_of_memory = true;
  }
}

// Natively both documents are prepared on two threads, each with its own
// table, then b's ids are renumbered into a's table in b's order of first
// appearance: the same ids one shared table gives. The WASM build has no
// threads: there b simply continues a's table (no second table in memory).
// options.release_input is called once the input is no longer read: after
// decoding, unless a text still lies in it (borrow_input).
bool prepare_both(const InputDocument& a, const InputDocument& b, DiffResult& r,
                  std::uint32_t& id_count, const DiffOptions& options) {
  Prepared pa, pb;
  SurfaceIds ids_a;
  const bool borrow = options.borrow_input;
  auto release = [&] {
    auto in_input = [](const DiffDocument& d) { return d.text.data() != nullptr && !d.owned_text; };
    if (options.release_input && !in_input(r.a) && !in_input(r.b)) options.release_input();
  };
#if defined(__EMSCRIPTEN__)
  // Both texts first, then the input's memory (when no text lies in it) back
  // to the heap, where the tokens, ids and id table find it instead of fresh
  // pages.
  decode_step(a, r.a, pa, borrow);
  if (pa.ok) decode_step(b, r.b, pb, borrow);
  release();
  if (pa.ok && pb.ok) index_step(r.a, ids_a, pa);
  if (pa.ok && pb.ok) index_step(r.b, ids_a, pb);
#else
  SurfaceIds ids_b;
  auto prepare = [borrow](const InputDocument& input, DiffDocument& doc, SurfaceIds& ids, Prepared& p) {
    decode_step(input, doc, p, borrow);
    if (p.ok) index_step(doc, ids, p);
  };
  std::thread other([&] { prepare(b, r.b, ids_b, pb); });
  prepare(a, r.a, ids_a, pa);
  other.join();
  release();
#endif
  if (pa.out_of_memory || pb.out_of_memory) throw std::bad_alloc();
  if (!pa.ok || !pb.ok) {
    r.error = pa.ok ? pb.error : pa.error;
    return false;
  }
#if !defined(__EMSCRIPTEN__)
  std::vector<std::uint32_t> renumber(ids_b.size());
  for (std::uint32_t k = 0; k < ids_b.size(); ++k) renumber[k] = ids_a.id(ids_b.form(k));
  for (std::uint32_t& id : r.b.ids) id = renumber[id];
#endif
  id_count = ids_a.size();
  return true;
}

[[gnu::noinline]] DiffCounts count(const std::vector<DiffEdit>& edits, const DiffTokens& a,
                                   const DiffTokens& b) {
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
      if (options.release_input) options.release_input();
      r.has_error = true;
      r.error = {"too-large",
                 input->name + ": too large (the limit for both files together is " +
                     std::to_string(options.max_total_bytes) + " bytes)",
                 0};
      return r;
    }
  }
  std::uint32_t id_count = 0;
  if (!prepare_both(a, b, r, id_count, options)) {
    r.has_error = true;
    return r;
  }
  TokenScript script = diff_token_ids(r.a.ids, r.b.ids, id_count, options.script);
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
