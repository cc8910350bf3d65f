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
  return i == 0 || (*s.tokens)[i].newlines_before > 0 || s.ends_sentence(i - 1);
}

bool ends_sentence_at(const DiffSide& s, std::uint32_t end) {
  return end >= s.size() || (*s.tokens)[end].newlines_before > 0 || s.ends_sentence(end - 1);
}

class MoveFinder {
 public:
  MoveFinder(const DiffSide& a, const DiffSide& b, const MoveOptions& options)
      : a_(a), b_(b), options_(options) {}

  void run(std::vector<DiffEdit>& edits) {
    norm_a_.assign(a_.size(), kNone);
    norm_b_.assign(b_.size(), kNone);
    source_end_.assign(a_.size(), 0);
    used_.assign(a_.size(), 0);
    bool any_insert = false;
    for (const DiffEdit& e : edits) {
      if (e.op == DiffOp::kDelete) {
        for (std::uint32_t i = e.a_begin; i < e.a_end; ++i) {
          norm_a_[i] = normalized_id(a_, i);
          source_end_[i] = e.a_end;
        }
        for (std::uint32_t i = e.a_begin; i + kMoveSeedTokens <= e.a_end; ++i)
          index_.emplace_back(seed_hash(norm_a_, i), i);
      } else if (e.op == DiffOp::kInsert) {
        for (std::uint32_t j = e.b_begin; j < e.b_end; ++j) norm_b_[j] = normalized_id(b_, j);
        any_insert = true;
      }
    }
    if (index_.empty() || !any_insert) return;
    std::sort(index_.begin(), index_.end());
    for (const DiffEdit& e : edits)
      if (e.op == DiffOp::kInsert) scan(e.b_begin, e.b_end);
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

  // Claims moves inside the inserted stretch b[begin, end), in reading order.
  void scan(std::uint32_t begin, std::uint32_t end) {
    std::uint32_t j = begin;
    while (j + kMoveSeedTokens <= end) {
      const std::uint64_t h = seed_hash(norm_b_, j);
      auto it = std::lower_bound(index_.begin(), index_.end(), std::make_pair(h, std::uint32_t{0}));
      std::uint32_t best_i = 0, best_length = 0;
      for (std::uint32_t seen = 0; it != index_.end() && it->first == h && seen < kMaxMoveCandidates;
           ++it, ++seen) {
        const std::uint32_t i = it->second;
        std::uint32_t length = 0;
        while (j + length < end && i + length < source_end_[i] && !used_[i + length] &&
               norm_a_[i + length] == norm_b_[j + length])
          ++length;
        if (length >= kMoveSeedTokens && length > best_length) best_i = i, best_length = length;
      }
      if (best_length > 0 && qualifies(best_i, j, best_length)) {
        std::fill(used_.begin() + best_i, used_.begin() + best_i + best_length, 1);
        moves_.push_back({DiffOp::kMove, best_i, best_i + best_length, j, j + best_length});
        j += best_length;
      } else {
        ++j;
      }
    }
  }

  // Cuts the moves out of their delete and insert edits.
  void rebuild(std::vector<DiffEdit>& edits) const {
    std::vector<DiffEdit> out;
    out.reserve(edits.size() + moves_.size() * 3);
    std::size_t next_move = 0;
    for (const DiffEdit& e : edits) {
      if (e.op == DiffOp::kDelete) {
        std::uint32_t i = e.a_begin;
        while (i < e.a_end) {
          std::uint32_t k = i;
          while (k < e.a_end && used_[k] == used_[i]) ++k;
          if (!used_[i]) out.push_back({DiffOp::kDelete, i, k, e.b_begin, e.b_end});
          i = k;
        }
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
  std::vector<std::uint32_t> norm_a_, norm_b_;
  std::vector<std::uint32_t> source_end_;  // per deleted token: end of its delete edit
  std::vector<std::uint8_t> used_;         // per deleted token: already the source of a move
  std::vector<std::pair<std::uint64_t, std::uint32_t>> index_;  // (seed hash, a position)
  std::vector<DiffEdit> moves_;                                  // in b order
};

}  // namespace

void find_moves(std::vector<DiffEdit>& edits, const DiffSide& a, const DiffSide& b,
                const MoveOptions& options) {
  MoveFinder(a, b, options).run(edits);
}

}  // namespace parallax
