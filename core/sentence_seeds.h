// Sentence seeds: near passages found sentence by sentence, for reuse edited
// too heavily for word seeds (near_passages.h) to chain: random rewording,
// machine-translated paraphrase, summaries.
//
// The method of Sanchez-Perez, Sidorov and Gelbukh ("A Winning Approach to
// Text Alignment for Text Reuse Detection at PAN 2014"), with its published
// parameters:
// 1. Units. Each sentence is a bag of content words (match keys, which fold
//    inflection and spelling); a sentence of fewer than 3 content words joins
//    the next one. Terms are weighted tf-isf, isf = log(units / units with
//    the term), over every unit of the input.
// 2. Seeds. Two units of different documents are a seed when their tf-isf
//    cosine and the Dice coefficient of their content words both exceed 0.33.
//    Candidates come from an inverted index of rare terms (in at most
//    `max_postings` units), never all pairs of units: a pair is compared when
//    it shares at least two such terms.
// 3. Extension. Per document pair, seeds are clustered: sorted by their unit
//    in one document and cut where two follow more than `max_gap` units
//    apart, then the same in the other document, alternately until no cut
//    is left. A cluster's two ranges of units are kept when the cosine of
//    their joined words exceeds 0.34; otherwise it is clustered again with a
//    smaller gap. Ours, against independent reports of one event: seeds are
//    taken one to one, weak seeds at a cluster's ends go, and a detection's
//    seeds must add up to one sentence of cosine (sentence_seeds.cpp says why).
// 4. Filter. Of two detections that overlap in either document the less
//    similar goes; one shorter than `min_chars` characters (code points, as
//    the published 150 counts them) in either document goes.
// Each detection is aligned word by word (word_alignment.h) for the page.
//
// Contract: deterministic; cost is linear in the units plus the candidate
// pairs the index yields (each term's postings at most `max_postings`).
#pragma once

#include <cstdint>
#include <vector>

#include "near_passages.h"

namespace parallax {

// One sentence of a document: its words and its length in characters (code
// points: a limit in bytes would let text in other scripts through at half
// the length or less, two or three bytes a letter).
struct SentenceSpan {
  std::uint32_t first_word = 0, end_word = 0;
  std::uint32_t chars = 0;
};

struct SentenceSeedOptions {
  double min_cosine = 0.33;      // a seed's tf-isf cosine
  double min_dice = 0.33;        // a seed's Dice of content words
  double min_validation = 0.34;  // a cluster's cosine of joined units
  std::uint32_t max_gap = 4;     // units between seeds of one cluster
  std::uint32_t min_unit_words = 3;  // content words of a unit
  std::uint32_t min_chars = 150;     // a detection's shortest side
  std::uint32_t max_postings = 8;    // units a term may be in and still seed candidates
};

// Near passages between documents of `docs` (one list of sentences per
// document), grouped by document pair. A detection that
// lies inside one of `word_passages` in both documents adds nothing and is
// left out.
std::vector<NearPassage> find_sentence_passages(const std::vector<NearDocument>& docs,
                                                const std::vector<std::vector<SentenceSpan>>& sentences,
                                                const std::vector<NearPassage>& word_passages,
                                                const SentenceSeedOptions& options);

// The documents the sentence seeds look at: those with a word-seed passage
// (near_passages.h) below kRewordedSimilarity, where word seeds saw reuse
// reworded enough to be found only in part. Near-verbatim copies are found
// whole by word seeds; splitting every document into sentences cost 20% of
// the passage stage on 100 news-sized articles. Reuse that word seeds miss
// entirely is not looked for (on the PAN 2013 selection: 0.928 -> 0.926).
constexpr double kRewordedSimilarity = 0.9;

std::vector<bool> reworded_documents(const std::vector<NearPassage>& word_passages, std::size_t documents);

// Joins sentence-level passages into the word-seed ones: a word-seed passage
// that overlaps a sentence-level one in both documents becomes part of it
// (one passage over both ranges), keeping its own word matches; the
// alignment of the sentence-level passage fills the rest. The result is in
// no set order (the assembly sorts).
std::vector<NearPassage> combine_near_passages(const std::vector<NearDocument>& docs,
                                               std::vector<NearPassage> word_passages,
                                               std::vector<NearPassage> sentence_passages);

}  // namespace parallax
