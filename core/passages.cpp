#include "passages.h"

#include <algorithm>
#include <tuple>

#include "repeat_filter.h"
#include "suffix_array.h"

namespace parallax {

namespace {

struct Interval {
  std::uint32_t lcp;
  std::uint32_t lb;
};

// Word ranges of the documents whose min_words-grams may occur more than
// once in the whole input, in (doc, first_word) order.
struct KeptRegions {
  std::vector<WordSpan> spans;
  std::size_t words = 0;
};

KeptRegions repeating_regions(const std::vector<WordSequence>& docs, std::uint32_t k) {
  // Polynomial hash of each gram, rolled along the document.
  constexpr std::uint64_t kBase = 0x9E3779B97F4A7C15ull;
  std::uint64_t base_power = 1;  // kBase^(k - 1)
  for (std::uint32_t j = 1; j < k; ++j) base_power *= kBase;
  std::size_t grams = 0;
  for (const WordSequence& d : docs) grams += d.ids.size() >= k ? d.ids.size() - k + 1 : 0;
  RepeatFilter filter(grams, 4);
  const auto for_each_gram = [&](const WordSequence& d, auto&& visit) {
    if (d.ids.size() < k) return;
    std::uint64_t h = 0;
    for (std::uint32_t j = 0; j < k; ++j) h = h * kBase + d.ids[j];
    for (std::uint32_t p = 0;; ++p) {
      visit(p, h);
      if (p + k >= d.ids.size()) break;
      h = (h - d.ids[p] * base_power) * kBase + d.ids[p + k];
    }
  };
  for (const WordSequence& d : docs) for_each_gram(d, [&](std::uint32_t, std::uint64_t gram) { filter.add(gram); });
  KeptRegions regions;
  for (std::uint32_t d = 0; d < docs.size(); ++d) {
    const auto open = [&] { return !regions.spans.empty() && regions.spans.back().doc == d; };
    for_each_gram(docs[d], [&](std::uint32_t p, std::uint64_t gram) {
      if (!filter.may_repeat(gram)) return;
      if (open() && regions.spans.back().end_word >= p + k - 1) {  // extends (or touches) the last region
        regions.spans.back().end_word = p + k;
      } else {
        regions.spans.push_back({d, p, p + k});
      }
    });
  }
  for (const WordSpan& r : regions.spans) regions.words += r.end_word - r.first_word;
  return regions;
}

}  // namespace

[[gnu::noinline]] PassageResult find_shared_passages(const std::vector<WordSequence>& docs,
                                   std::uint32_t vocabulary_size, std::uint32_t min_words,
                                   std::uint64_t max_spans, std::uint64_t max_occurrences) {
  PassageResult result;
  if (docs.size() < 2 || min_words == 0) return result;

  // Only text whose min_words-grams repeat can hold a passage: every
  // min_words-gram inside an occurrence of a passage also occurs in the other
  // occurrences. So the suffix array is built over those regions only (each a
  // maximal run of positions whose gram repeats, plus the gram's last words),
  // which in news is a small part of the text. The regions keep every
  // passage whole with its neighbours: a word that extends a passage on either
  // side in all its occurrences starts or ends a repeating gram too, so it
  // lies in the region. Grams are matched by a 64-bit hash in two bit sets
  // (seen once, seen again): a collision only adds text, never removes it.
  const KeptRegions regions = repeating_regions(docs, min_words);

  // One sequence: region0 words, sep0, region1 words, sep1, ... (each
  // separator unique, so no repeat crosses one); every position knows its
  // document and its word index there.
  std::vector<std::uint32_t> seq;
  std::vector<std::uint32_t> doc_of;   // position -> document
  std::vector<std::uint32_t> word_of;  // position -> word index in its document
  seq.reserve(regions.words + regions.spans.size());
  doc_of.reserve(seq.capacity());
  word_of.reserve(seq.capacity());
  for (std::uint32_t r = 0; r < regions.spans.size(); ++r) {
    const WordSpan& region = regions.spans[r];
    const std::vector<std::uint32_t>& ids = docs[region.doc].ids;
    for (std::uint32_t w = region.first_word; w < region.end_word; ++w) {
      seq.push_back(ids[w]);
      doc_of.push_back(region.doc);
      word_of.push_back(w);
    }
    seq.push_back(vocabulary_size + r);
    doc_of.push_back(region.doc);
    word_of.push_back(region.end_word);
  }
  if (seq.empty()) return result;
  const auto n = static_cast<std::uint32_t>(seq.size());
  const SuffixArray index =
      build_suffix_array(seq, vocabulary_size + static_cast<std::uint32_t>(regions.spans.size()));

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
      passage.spans.push_back({d, word_of[p], word_of[p] + length});
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
