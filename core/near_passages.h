// Near passages: reused text that survived editing (substituted, inserted,
// deleted or swapped words, other spelling, other punctuation), between any
// two of N documents, in any order in either.
//
// The idea, in three steps (seed, chain, verify), as in the best PAN text
// alignment systems but on words rather than sentences:
// 1. Seed. Every pair of neighbouring content words (function words skipped,
//    words compared by match key, match_key.h) is a seed. Seeds are indexed
//    for all documents at once in a hash table of their key pairs, which
//    links the seeds of each key in document order; a pair that
//    occurs in two documents is a hit (document a, word i; document b, word j).
//    Pairs that occur more than `max_seed_occurrences` times are common
//    phrases, not evidence, and are skipped.
// 2. Chain. Per pair of documents, hits that lie within `max_gap` words of
//    each other in both documents join one cluster (union-find over a sliding
//    window), so fragments separated by small edits become one passage and
//    local reordering is tolerated.
// 3. Verify. Each cluster's two ranges are aligned word by word
//    (word_alignment.h); the passage is trimmed to its first and last matched
//    words and kept when at least `min_words` words match and the similarity
//    2 * matched / (words in a + words in b) reaches `min_similarity`.
//
// Contract: deterministic; cost is linear in the seeds plus the clusters'
// alignments; the number of hits is bounded by `max_hits` (a count; beyond it
// the result says `truncated`).
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace parallax {

struct NearDocument {
  std::vector<std::uint32_t> keys;  // match key per word
  std::vector<std::uint8_t> content;  // 0 for function words (a byte each: read in hot loops)
};

struct NearOptions {
  std::uint32_t min_words = 8;        // matched words a near passage needs
  std::uint32_t max_gap = 10;         // words between hits that still chain ("imperfections")
  double min_similarity = 0.5;        // 2 * matched / (len a + len b)
  std::uint32_t max_seed_occurrences = 40;
  std::uint64_t max_hits = 5'000'000;
};

struct NearPassage {
  std::uint32_t doc_a = 0, doc_b = 0;        // doc_a < doc_b
  std::uint32_t first_a = 0, end_a = 0;      // word range in doc_a
  std::uint32_t first_b = 0, end_b = 0;      // word range in doc_b
  std::uint32_t matched = 0;
  double similarity = 0;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> matches;  // word index pairs (absolute)
};

struct NearResult {
  std::vector<NearPassage> passages;
  bool truncated = false;
};

NearResult find_near_passages(const std::vector<NearDocument>& docs, const NearOptions& options);

// Merges passages of one document pair that follow each other in both
// documents within 4 * max_gap words (fragments of one reused passage, for
// instance exact runs between edits); recomputes matched words and similarity.
// Returns them sorted by (doc_a, doc_b, first_a).
std::vector<NearPassage> merge_near_passages(const std::vector<NearDocument>& docs,
                                             std::vector<NearPassage> passages,
                                             const NearOptions& options);

// Dice coefficient of the content words of ranges [fa, ea) of a and [fb, eb)
// of b, as multisets (order-insensitive, so shuffled reuse still scores as
// what it is). Counted in `counts`, indexed by match key and all zero between
// calls: a pass over each range where sorting both was a tenth of the stage.
double content_dice(const NearDocument& a, std::uint32_t fa, std::uint32_t ea, const NearDocument& b,
                    std::uint32_t fb, std::uint32_t eb, std::vector<std::uint32_t>& counts);

// Whether the words [first, end) of x are reused text: short (at most
// max_gap words), or with enough of their content words in y's range
// [y_first, y_end). `marks` is indexed by match key and all zero between
// calls: a pass over each range where sorting y's words cost an allocation
// and a sort per gap.
bool gap_is_reused(const NearDocument& x, std::uint32_t first, std::uint32_t end, const NearDocument& y,
                   std::uint32_t y_first, std::uint32_t y_end, std::uint32_t max_gap,
                   std::vector<std::uint32_t>& marks);

// gap_is_reused in parts, for many gaps tested against one range: mark the
// range's content words once (mark_content), test each gap (gap_is_marked:
// whether enough of its content words are marked), then unmark_content the
// same range, which leaves `marks` all zero again.
void mark_content(const NearDocument& y, std::uint32_t first, std::uint32_t end, std::vector<std::uint32_t>& marks);
bool gap_is_marked(const NearDocument& x, std::uint32_t first, std::uint32_t end,
                   const std::vector<std::uint32_t>& marks);
void unmark_content(const NearDocument& y, std::uint32_t first, std::uint32_t end, std::vector<std::uint32_t>& marks);

}  // namespace parallax
