#include "diff_moves.h"

#include <algorithm>
#include <string>
#include <utility>

#include "normalize.h"
#include "vocabulary.h"

namespace parallax {

namespace {

constexpr std::uint32_t kNone = UINT32_MAX;

bool starts_sentence(const DiffSide& s, std::uint32_t i) {
  return i == 0 || s.tokens->line_breaks_before(i) > 0 || s.ends_sentence(i - 1);
}

bool ends_sentence_at(const DiffSide& s, std::uint32_t end) {
  return end >= s.size() || s.tokens->line_breaks_before(end) > 0 || s.ends_sentence(end - 1);
}

// The steps of both classes below are functions of their own
// ([[gnu::noinline]]): inlined into find_moves they made one 8.4 KB WASM
// function, which V8's optimising compiler took 3.5 MB of memory and tens of
// ms of a background thread to compile (docs/diff.md, "Memory and start-up").
class MoveFinder {
 public:
  MoveFinder(const DiffSide& a, const DiffSide& b, const MoveOptions& options)
      : a_(a), b_(b), options_(options) {}

  // Only the changed tokens take part, so their normalized ids and marks are
  // kept for those alone, in reading order ("changed order"): the deleted
  // tokens of a, delete edit after delete edit, and the inserted tokens of b.
  // Arrays over every token (13 bytes a token of a, 4 of b) were 8.5 MB at
  // 2 x 5 MB, written whole, and set the WASM module's peak memory.
  [[gnu::noinline]] void run(std::vector<DiffEdit>& edits) {
    for (const DiffEdit& e : edits) {
      if (e.op == DiffOp::kDelete) {
        const auto first = static_cast<std::uint32_t>(norm_a_.size()), end = first + (e.a_end - e.a_begin);
        for (std::uint32_t i = e.a_begin; i < e.a_end; ++i) {
          norm_a_.push_back(normalized_id(a_, i));
          position_a_.push_back(i);
          source_end_.push_back(end);
        }
        for (std::uint32_t c = first; c + kMoveSeedTokens <= end; ++c) index_.emplace_back(seed_hash(norm_a_, c), c);
      } else if (e.op == DiffOp::kInsert) {
        for (std::uint32_t j = e.b_begin; j < e.b_end; ++j) norm_b_.push_back(normalized_id(b_, j));
      }
    }
    used_.assign(norm_a_.size(), 0);
    if (index_.empty() || norm_b_.empty()) return;
    std::sort(index_.begin(), index_.end());
    std::uint32_t inserted = 0;  // changed order of the insert edit's first token
    for (const DiffEdit& e : edits) {
      if (e.op != DiffOp::kInsert) continue;
      scan(e.b_begin, e.b_end, inserted);
      inserted += e.b_end - e.b_begin;
    }
    if (moves_.empty()) return;
    rebuild(edits);
  }

 private:
  std::uint32_t normalized_id(const DiffSide& side, std::uint32_t i) {
    scratch_.clear();
    normalize_token(side.surface(i), scratch_);
    return vocabulary_.intern(scratch_);
  }

  static std::uint64_t seed_hash(const std::vector<std::uint32_t>& norm, std::uint32_t i) {
    std::uint64_t h = 14695981039346656037ull;
    for (std::uint32_t t = 0; t < kMoveSeedTokens; ++t) h = (h ^ norm[i + t]) * 1099511628211ull;
    return h;
  }

  bool qualifies(std::uint32_t i, std::uint32_t j, std::uint32_t length) const {
    const std::uint32_t words = count_words(*b_.tokens, j, j + length);
    if (words >= options_.min_words) return true;
    return words >= options_.min_sentence_words && starts_sentence(a_, i) &&
           starts_sentence(b_, j) && ends_sentence_at(a_, i + length) &&
           ends_sentence_at(b_, j + length);
  }

  // Claims moves inside the inserted stretch b[begin, end), in reading order;
  // `first` is the changed order of b[begin].
  [[gnu::noinline]] void scan(std::uint32_t begin, std::uint32_t end, std::uint32_t first) {
    const std::uint32_t size = end - begin;
    const std::uint32_t* norm_b = norm_b_.data() + first;
    std::uint32_t j = 0;
    while (j + kMoveSeedTokens <= size) {
      const std::uint64_t h = seed_hash(norm_b_, first + j);
      auto it = std::lower_bound(index_.begin(), index_.end(), std::make_pair(h, std::uint32_t{0}));
      std::uint32_t best_c = 0, best_length = 0;
      for (std::uint32_t seen = 0; it != index_.end() && it->first == h && seen < kMaxMoveCandidates;
           ++it, ++seen) {
        const std::uint32_t c = it->second;
        std::uint32_t length = 0;
        while (j + length < size && c + length < source_end_[c] && !used_[c + length] &&
               norm_a_[c + length] == norm_b[j + length])
          ++length;
        if (length >= kMoveSeedTokens && length > best_length) best_c = c, best_length = length;
      }
      const std::uint32_t i = position_a_[best_c];
      if (best_length > 0 && qualifies(i, begin + j, best_length)) {
        std::fill(used_.begin() + best_c, used_.begin() + best_c + best_length, 1);
        moves_.push_back({DiffOp::kMove, i, i + best_length, begin + j, begin + j + best_length});
        j += best_length;
      } else {
        ++j;
      }
    }
  }

  // Cuts the moves out of their delete and insert edits.
  [[gnu::noinline]] void rebuild(std::vector<DiffEdit>& edits) const {
    std::vector<DiffEdit> out;
    out.reserve(edits.size() + moves_.size() * 3);
    std::size_t next_move = 0;
    std::uint32_t deleted = 0;  // changed order of the delete edit's first token
    for (const DiffEdit& e : edits) {
      if (e.op == DiffOp::kDelete) {
        const std::uint8_t* used = used_.data() + deleted - e.a_begin;  // by a position
        std::uint32_t i = e.a_begin;
        while (i < e.a_end) {
          std::uint32_t k = i;
          while (k < e.a_end && used[k] == used[i]) ++k;
          if (!used[i]) out.push_back({DiffOp::kDelete, i, k, e.b_begin, e.b_end});
          i = k;
        }
        deleted += e.a_end - e.a_begin;
      } else if (e.op == DiffOp::kInsert) {
        std::uint32_t j = e.b_begin;
        while (next_move < moves_.size() && moves_[next_move].b_begin < e.b_end) {
          const DiffEdit& m = moves_[next_move++];
          if (j < m.b_begin) out.push_back({DiffOp::kInsert, e.a_begin, e.a_end, j, m.b_begin});
          out.push_back(m);
          j = m.b_end;
        }
        if (j < e.b_end) out.push_back({DiffOp::kInsert, e.a_begin, e.a_end, j, e.b_end});
      } else {
        out.push_back(e);
      }
    }
    edits.swap(out);
  }

  const DiffSide& a_;
  const DiffSide& b_;
  const MoveOptions& options_;
  Vocabulary vocabulary_;
  std::string scratch_;
  // Per changed token, in changed order (above).
  std::vector<std::uint32_t> norm_a_, norm_b_;  // normalized ids
  std::vector<std::uint32_t> position_a_;       // a deleted token's position in a
  std::vector<std::uint32_t> source_end_;       // a deleted token's delete edit's end
  std::vector<std::uint8_t> used_;              // already the source of a move
  std::vector<std::pair<std::uint64_t, std::uint32_t>> index_;  // (seed hash, changed order in a)
  std::vector<DiffEdit> moves_;                                  // in b order
};

// A move's first word can slide off it: when the word before the moved text
// at its destination also starts the moved text, a minimal script may pair
// that word with an earlier copy ("The" of the next paragraph), so the move
// starts at its second word and the first shows as a stray deletion at the
// source. Gives the word back to the move whenever that keeps the script's
// size: the destination's word was inserted, or it was paired and the same
// word inserted right after the move can take over the pairing.
class LeadingWords {
 public:
  LeadingWords(std::vector<DiffEdit>& edits, const DiffSide& a, const DiffSide& b)
      : edits_(edits), a_(a), b_(b) {}

  [[gnu::noinline]] void run() {
    for (std::size_t p = 0; p < edits_.size(); ++p)
      if (edits_[p].op == DiffOp::kMove)
        while (claim(p)) {
        }
    tidy();
  }

 private:
  [[gnu::noinline]] bool claim(std::size_t p) {
    DiffEdit& move = edits_[p];
    const std::uint32_t i = move.a_begin, j = move.b_begin;
    if (i == 0 || j == 0) return false;
    std::size_t source = edits_.size();  // the deletion ending right before the move's source
    for (std::size_t k = 0; k < edits_.size(); ++k)
      if (edits_[k].op == DiffOp::kDelete && edits_[k].a_end == i && edits_[k].a_begin < i) source = k;
    if (source == edits_.size() || !same_word(a_.surface(i - 1), b_.surface(j - 1))) return false;
    std::size_t q = p;  // the edit holding b[j - 1]: the last before the move with b tokens
    while (q > 0 && (edits_[q - 1].op == DiffOp::kDelete || edits_[q - 1].b_begin == edits_[q - 1].b_end)) --q;
    if (q == 0 || edits_[q - 1].b_end != j) return false;
    DiffEdit& before = edits_[q - 1];
    if (before.op == DiffOp::kInsert) {
      --before.b_end;
    } else if (before.op == DiffOp::kEqual && q == p && p + 1 < edits_.size()) {
      // The pairing moves to the same word inserted right after the move.
      DiffEdit& after = edits_[p + 1];
      if (after.op != DiffOp::kInsert || after.b_begin != move.b_end || after.b_begin == after.b_end ||
          (*b_.ids)[after.b_begin] != (*b_.ids)[j - 1])
        return false;
      const std::uint32_t k = --before.a_end;
      --before.b_end;
      ++after.b_begin;
      const DiffEdit paired{DiffOp::kEqual, k, k + 1, move.b_end, move.b_end + 1};
      edits_.insert(edits_.begin() + static_cast<std::ptrdiff_t>(p + 1), paired);
      if (source > p) ++source;
    } else {
      return false;
    }
    --edits_[source].a_end;
    --edits_[p].a_begin;
    --edits_[p].b_begin;
    return true;
  }

  bool same_word(std::string_view x, std::string_view y) {
    x_.clear();
    y_.clear();
    normalize_token(x, x_);
    normalize_token(y, y_);
    return x_ == y_;
  }

  // Drops edits left empty and joins equal edits that now touch.
  [[gnu::noinline]] void tidy() {
    std::vector<DiffEdit> out;
    out.reserve(edits_.size());
    for (const DiffEdit& e : edits_) {
      if (e.a_begin == e.a_end && e.b_begin == e.b_end) continue;
      if (e.op == DiffOp::kEqual && !out.empty() && out.back().op == DiffOp::kEqual &&
          out.back().a_end == e.a_begin && out.back().b_end == e.b_begin) {
        out.back().a_end = e.a_end;
        out.back().b_end = e.b_end;
        continue;
      }
      out.push_back(e);
    }
    edits_.swap(out);
  }

  std::vector<DiffEdit>& edits_;
  const DiffSide& a_;
  const DiffSide& b_;
  std::string x_, y_;
};

}  // namespace

[[gnu::noinline]] void find_moves(std::vector<DiffEdit>& edits, const DiffSide& a,
                                  const DiffSide& b, const MoveOptions& options) {
  MoveFinder(a, b, options).run(edits);
  LeadingWords(edits, a, b).run();
}

}  // namespace parallax
