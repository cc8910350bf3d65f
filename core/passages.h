// Shared passages: word sequences of at least K words that occur in two or
// more documents, found exactly (after normalization) in one pass for any
// number of documents.
//
// The idea: concatenate every document's word ids (punctuation and symbols are
// left out, so "but, in fact, they" matches "but in fact they"), with a
// unique separator after each piece, and build one suffix array over it. Only
// the pieces of text whose K-word grams occur more than once go in (found by
// hashing the grams; see passages.cpp for why no passage is lost), so in news
// the array covers a small part of the input. A
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
// The number of spans reported is capped by `max_spans`, and the work by
// `max_occurrences`, the occurrences looked at before overlapping ones are
// merged (periodic text such as one sentence repeated for a megabyte has
// about words² / period of them, though it reports few spans). Both are
// counts, so results stay deterministic; `truncated` says when either was
// reached, and passages found until then are kept.
#pragma once

#include <cstdint>
#include <vector>

namespace parallax {

// A document as the passage finder sees it: its word ids in order.
struct WordSequence {
  std::vector<std::uint32_t> ids;
};

// Default work limit of find_shared_passages, far above what articles need:
// 200 synthetic articles of 5 KB look at 399 occurrences, two 1 MB files of
// one article repeated at 1,546; one 25-byte sentence repeated for 1 MB, in
// two files, reaches it (about 0.5 s of work where it took 19 GB unbounded).
constexpr std::uint64_t kMaxPassageOccurrences = 4'000'000;

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
                                   std::uint64_t max_spans,
                                   std::uint64_t max_occurrences = kMaxPassageOccurrences);

}  // namespace parallax
