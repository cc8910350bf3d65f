// Shared passages: word sequences of at least K words that occur in two or
// more documents, found exactly (after normalization) in one pass for any
// number of documents.
//
// The idea: concatenate every document's word ids (punctuation and symbols are
// left out, so "but, in fact, they" matches "but in fact they"), with a
// separator unique to each document, and build one suffix array over it. A
// word sequence that occurs several times is a block of adjacent suffixes
// sharing at least its length (an LCP interval). Walking the intervals bottom
// up with a stack visits every right-maximal repeat once; a repeat is reported
// when it is at least K words long, occurs in at least two documents, and is
// left-maximal (its occurrences are not all preceded by the same word, which
// would make it part of a longer repeat). Both checks are O(1) with prefix
// sums, so the stage costs the suffix array plus the size of its output.
//
// The result is maximal and grouped: one passage per distinct shared word
// sequence, with every occurrence in every document. A 20-word passage shared
// by A and B of which C shares 8 words is two passages: 20 words in {A, B} and
// 8 words in {A, B, C}, nested.
//
// Contract: spans are sorted by (doc, start); passages by their first span.
// The number of spans reported is capped by `max_spans` (a count, so results
// stay deterministic); `truncated` says when the cap was reached.
#pragma once

#include <cstdint>
#include <vector>

namespace parallax {

// A document as the passage finder sees it: its word ids in order.
struct WordSequence {
  std::vector<std::uint32_t> ids;
};

struct WordSpan {
  std::uint32_t doc;
  std::uint32_t first_word;  // index into that document's WordSequence
  std::uint32_t end_word;    // one past the last word
};

struct SharedPassage {
  std::uint32_t words = 0;
  std::uint32_t documents = 0;  // distinct documents among spans
  std::vector<WordSpan> spans;
};

struct PassageResult {
  std::vector<SharedPassage> passages;
  bool truncated = false;
};

PassageResult find_shared_passages(const std::vector<WordSequence>& docs,
                                   std::uint32_t vocabulary_size, std::uint32_t min_words,
                                   std::uint64_t max_spans);

}  // namespace parallax
