#include "passages.h"

#include <algorithm>
#include <tuple>

#include "suffix_array.h"

namespace parallax {

namespace {

struct Interval {
  std::uint32_t lcp;
  std::uint32_t lb;
};

}  // namespace

PassageResult find_shared_passages(const std::vector<WordSequence>& docs,
                                   std::uint32_t vocabulary_size, std::uint32_t min_words,
                                   std::uint64_t max_spans, std::uint64_t max_occurrences) {
  PassageResult result;
  if (docs.size() < 2 || min_words == 0) return result;

  // One sequence: doc0 words, sep0, doc1 words, sep1, ...
  std::vector<std::uint32_t> seq;
  std::vector<std::uint32_t> doc_of;   // position -> document
  std::vector<std::uint32_t> doc_start(docs.size());
  std::size_t total = 0;
  for (const auto& d : docs) total += d.ids.size() + 1;
  seq.reserve(total);
  doc_of.reserve(total);
  for (std::uint32_t d = 0; d < docs.size(); ++d) {
    doc_start[d] = static_cast<std::uint32_t>(seq.size());
    seq.insert(seq.end(), docs[d].ids.begin(), docs[d].ids.end());
    seq.push_back(vocabulary_size + d);
    doc_of.insert(doc_of.end(), docs[d].ids.size() + 1, d);
  }
  const auto n = static_cast<std::uint32_t>(seq.size());
  const SuffixArray index =
      build_suffix_array(seq, vocabulary_size + static_cast<std::uint32_t>(docs.size()));

  // Prefix sums: how often the document, and the preceding word, changes
  // between neighbouring suffixes. An interval [lb, rb] spans two documents
  // iff doc_changes[rb] > doc_changes[lb]; likewise for left-diversity.
  constexpr std::uint32_t kNoLeft = 0xFFFFFFFFu;
  const auto left_of = [&](std::uint32_t p) { return p == 0 ? kNoLeft : seq[p - 1]; };
  std::vector<std::uint32_t> doc_changes(n, 0), left_changes(n, 0);
  for (std::uint32_t k = 1; k < n; ++k) {
    const std::uint32_t a = index.sa[k - 1], b = index.sa[k];
    doc_changes[k] = doc_changes[k - 1] + (doc_of[a] != doc_of[b]);
    // A document start has a separator (unique) or nothing to its left, so it
    // always differs: a passage at the start of a document is left-maximal.
    const bool differs = left_of(a) != left_of(b) || left_of(b) >= vocabulary_size;
    left_changes[k] = left_changes[k - 1] + differs;
  }

  std::uint64_t spans_out = 0;
  std::uint64_t occurrences_seen = 0;
  std::vector<std::uint32_t> seen_doc(docs.size(), 0xFFFFFFFFu);
  std::uint32_t stamp = 0;
  const auto report = [&](std::uint32_t length, std::uint32_t lb, std::uint32_t rb) {
    if (length < min_words || result.truncated) return;
    if (doc_changes[rb] == doc_changes[lb]) return;    // one document only
    if (left_changes[rb] == left_changes[lb]) return;  // extends to the left
    // Work limit: periodic text has an interval per period length, each
    // holding nearly every position, so occurrences grow with the square of
    // the text while the spans kept below do not.
    occurrences_seen += rb - lb + 1;
    if (occurrences_seen > max_occurrences) {
      result.truncated = true;
      return;
    }
    SharedPassage passage;
    passage.words = length;
    passage.spans.reserve(rb - lb + 1);
    ++stamp;
    for (std::uint32_t k = lb; k <= rb; ++k) {
      const std::uint32_t p = index.sa[k];
      const std::uint32_t d = doc_of[p];
      if (seen_doc[d] != stamp) {
        seen_doc[d] = stamp;
        ++passage.documents;
      }
      passage.spans.push_back({d, p - doc_start[d], p - doc_start[d] + length});
    }
    std::sort(passage.spans.begin(), passage.spans.end(), [](const WordSpan& a, const WordSpan& b) {
      return std::tie(a.doc, a.first_word) < std::tie(b.doc, b.first_word);
    });
    // Periodic text ("ha ha ha ...") repeats a sequence overlapping itself;
    // one span per overlapping run is what a reader sees.
    // Copied out, not filtered in place, so that a passage keeps memory for
    // its kept spans only, not for every occurrence.
    std::vector<WordSpan> kept;
    for (const WordSpan& s : passage.spans) {
      if (!kept.empty() && kept.back().doc == s.doc && s.first_word < kept.back().end_word) continue;
      kept.push_back(s);
    }
    kept.shrink_to_fit();
    passage.spans.swap(kept);
    if (spans_out + passage.spans.size() > max_spans) {
      result.truncated = true;
      return;
    }
    spans_out += passage.spans.size();
    result.passages.push_back(std::move(passage));
  };

  // Bottom-up traversal of the LCP intervals (Abouelhoda et al.).
  std::vector<Interval> stack;
  stack.push_back({0, 0});
  for (std::uint32_t i = 1; i <= n; ++i) {
    const std::uint32_t current = i < n ? index.lcp[i] : 0;
    std::uint32_t lb = i - 1;
    while (current < stack.back().lcp) {
      const Interval top = stack.back();
      stack.pop_back();
      report(top.lcp, top.lb, i - 1);
      lb = top.lb;
    }
    if (current > stack.back().lcp) stack.push_back({current, lb});
  }

  std::sort(result.passages.begin(), result.passages.end(),
            [](const SharedPassage& a, const SharedPassage& b) {
              const WordSpan& x = a.spans.front();
              const WordSpan& y = b.spans.front();
              return std::make_tuple(x.doc, x.first_word, b.words, b.documents) <
                     std::make_tuple(y.doc, y.first_word, a.words, a.documents);
            });
  return result;
}

}  // namespace parallax
