// Facts: sentences of different documents that report the same thing in
// other words, grouped across all documents.
//
// The idea: every sentence is a bag of weighted content terms
// (sentence_similarity.h). Candidate pairs come from an inverted index of
// terms and synonym groups (sentences of different documents sharing at least
// one key that is not too common), and are scored. Pairs at or above
// `threshold` are linked strongest first into facts, without chaining: a
// sentence joins a fact only if it is similar enough to the fact's members on
// average (at least `threshold`) and to every member (at least
// `min_member_similarity`), so A~B and B~C do not glue A to C when A and C
// report different things. A sentence that reports two facts (a long sentence
// often does) may belong to both, but each through its own words: a sentence
// links a newcomer into one of its facts only through words it matched in
// that fact, and starts a second fact only through words it has not used yet.
// Facts that share a sentence are merged when their other members fit
// together by the same rule (a fact told in five articles is often linked
// from two ends). Pairs that were no candidates are scored when a fact needs
// them. Sentences in no fact are "only in" their document.
//
// Contract: deterministic; facts sorted by their first sentence; cost is the
// candidate pairs scored (bounded by `max_pairs`, a count).
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "analysed_document.h"
#include "sentences.h"
#include "vocabulary.h"

namespace parallax {

struct FactOptions {
  double threshold = 0.4;               // similarity that makes two sentences one fact
  double min_member_similarity = 0.2;   // every member of a fact at least this similar
  // A sentence joins a fact through a link at `threshold`, and when its mean
  // similarity to the members (and a merge's, across the two facts) is at
  // least this share of the threshold, but never below min_join_average: a
  // fact told in four articles is told in four wordings, and the farthest two
  // of them share fewer words than the link that brought them together; below
  // 0.3 are unrelated sentences that share a name and a common word or two.
  double join_average_share = 0.85;
  double min_join_average = 0.3;
  std::uint32_t min_content_words = 3;  // shorter sentences (datelines, bylines) take no part
  std::uint64_t max_pairs = 20'000'000;
};

struct FactSentence {
  std::uint32_t doc = 0;
  std::uint32_t sentence = 0;  // index into that document's sentences
  // Tokens of this sentence matched in another member (for highlighting).
  std::vector<std::uint32_t> matched_tokens;
};

struct Fact {
  double score = 0;  // mean similarity over member pairs of different documents
  std::vector<FactSentence> sentences;
};

struct FactResult {
  std::vector<Fact> facts;
  // Per document: sentences (indices) that no other document reports.
  std::vector<std::vector<std::uint32_t>> only_in;
  // Per document: sentences that take part (enough content words).
  std::vector<std::vector<bool>> eligible;
  bool truncated = false;
};

// A sentence of a document: (doc, index into its sentences).
struct SentenceRef {
  std::uint32_t doc = 0;
  std::uint32_t sentence = 0;
};

// `linked`: sentence pairs already known to report the same thing because
// they share a reused passage; they are linked whatever their wording scores.
// `excluded` (per document, per sentence; may be empty): sentences that take
// no part, such as page furniture.
FactResult find_facts(const std::vector<AnalysedDocument>& docs,
                      const std::vector<std::vector<SentenceRange>>& sentences,
                      const Vocabulary& vocabulary, const FactOptions& options,
                      const std::vector<std::pair<SentenceRef, SentenceRef>>& linked = {},
                      const std::vector<std::vector<bool>>& excluded = {});

}  // namespace parallax
