#include "passage_assembly.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>
#include <tuple>

#include "coverage.h"
#include "sort_by_key.h"

namespace parallax {

namespace {

bool inside(const WordSpan& s, std::uint32_t doc, std::uint32_t first, std::uint32_t end) {
  return s.doc == doc && s.first_word >= first && s.end_word <= end;
}

std::uint64_t pair_key(std::uint32_t a, std::uint32_t b) { return static_cast<std::uint64_t>(a) << 32 | b; }

// Near passages by document pair, so each check looks only at its own pair.
using NearIndex = std::unordered_map<std::uint64_t, std::vector<const NearPassage*>>;

NearIndex index_near(const std::vector<NearPassage>& near) {
  NearIndex index;
  for (const NearPassage& n : near) index[pair_key(n.doc_a, n.doc_b)].push_back(&n);
  return index;
}

// A two-document exact passage inside a near passage of the same two
// documents is a fragment of it: the spans that lie inside the near
// passage's span in their document, while one of its spans in the other
// document lies inside the near passage's other side, go (the near passage
// shows that reuse). What is left is reported only while it still joins two
// documents; a phrase that recurs elsewhere in one of them is not a reuse of
// its own. (A near passage to another copy of the text does not show this
// pairing: an article with a paragraph twice keeps both.)
std::vector<WordSpan> spans_outside_near(const SharedPassage& p, const NearIndex& near) {
  if (p.documents != 2) return p.spans;
  const auto found = near.find(pair_key(p.spans.front().doc, p.spans.back().doc));
  if (found == near.end()) return p.spans;
  const auto any_span_inside = [&](std::uint32_t doc, std::uint32_t first, std::uint32_t end) {
    return std::any_of(p.spans.begin(), p.spans.end(), [&](const WordSpan& t) { return inside(t, doc, first, end); });
  };
  std::vector<WordSpan> kept;
  for (const WordSpan& s : p.spans) {
    const bool covered = std::any_of(found->second.begin(), found->second.end(), [&](const NearPassage* n) {
      return (inside(s, n->doc_a, n->first_a, n->end_a) && any_span_inside(n->doc_b, n->first_b, n->end_b)) ||
             (inside(s, n->doc_b, n->first_b, n->end_b) && any_span_inside(n->doc_a, n->first_a, n->end_a));
    });
    if (!covered) kept.push_back(s);
  }
  return kept;
}

// Runs of words in [first, end) that are not in `matched` (sorted), as byte spans.
std::vector<ByteSpan> unmatched_runs(const AnalysedDocument& doc, std::uint32_t first,
                                     std::uint32_t end, const std::vector<std::uint32_t>& matched) {
  std::vector<ByteSpan> runs;
  std::size_t k = 0;
  for (std::uint32_t w = first; w < end; ++w) {
    while (k < matched.size() && matched[k] < w) ++k;
    if (k < matched.size() && matched[k] == w) continue;
    if (!runs.empty() && runs.back().end == doc.word_end(w - 1) && w > first &&
        !(k > 0 && matched[k - 1] == w - 1))
      runs.back().end = doc.word_end(w);
    else
      runs.push_back({doc.word_start(w), doc.word_end(w)});
  }
  return runs;
}

std::vector<std::uint32_t> docs_of(const std::vector<WordSpan>& spans) {
  std::vector<std::uint32_t> docs;
  for (const WordSpan& s : spans)
    if (docs.empty() || docs.back() != s.doc) docs.push_back(s.doc);
  return docs;
}

// Drops the spans of a short exact passage that lie inside a longer passage
// shared by (at least) the same documents: "of any planet in the solar system"
// inside a copied paragraph is part of that paragraph, not a second reuse. A
// passage left with spans in fewer than two documents is dropped.
constexpr std::size_t kNestedLookBack = 64;

// Page furniture shared by articles (share buttons, an outlet's link list)
// is not reuse worth showing; but copied text that carries a few furniture
// lines along is. A passage goes when in every span most words are furniture.
bool mostly_furniture(const AnalysedDocument& doc, std::uint32_t first, std::uint32_t end) {
  return 2 * doc.counted_words(first, end) < end - first;
}

std::vector<SharedPassage> without_furniture(const std::vector<SharedPassage>& passages,
                                             const std::vector<AnalysedDocument>& docs) {
  std::vector<SharedPassage> kept;
  kept.reserve(passages.size());
  for (const SharedPassage& p : passages)
    if (!std::all_of(p.spans.begin(), p.spans.end(), [&](const WordSpan& s) {
          return mostly_furniture(docs[s.doc], s.first_word, s.end_word);
        }))
      kept.push_back(p);
  return kept;
}

std::vector<NearPassage> without_furniture(const std::vector<NearPassage>& passages,
                                           const std::vector<AnalysedDocument>& docs) {
  std::vector<NearPassage> kept;
  kept.reserve(passages.size());
  for (const NearPassage& n : passages)
    if (!mostly_furniture(docs[n.doc_a], n.first_a, n.end_a) || !mostly_furniture(docs[n.doc_b], n.first_b, n.end_b))
      kept.push_back(n);
  return kept;
}

std::vector<SharedPassage> without_nested(const std::vector<SharedPassage>& passages,
                                          std::size_t doc_count) {
  struct Placed {
    std::uint32_t first, end, passage;
  };
  std::vector<std::vector<Placed>> by_doc(doc_count);
  std::vector<std::vector<std::uint32_t>> doc_sets;
  for (std::uint32_t k = 0; k < passages.size(); ++k) {
    doc_sets.push_back(docs_of(passages[k].spans));
    for (const WordSpan& s : passages[k].spans) by_doc[s.doc].push_back({s.first_word, s.end_word, k});
  }
  // By start, then by end: among spans starting at one word, the look-back
  // below meets the longest first. Periodic text has thousands of passages
  // starting at the same word; ordered by start alone, the container could lie
  // beyond the look-back and every one of them stayed.
  for (auto& list : by_doc) sort_by_key(list, [](const Placed& x) { return key_of(x.first, x.end); });
  // Per document, the span reaching furthest among those up to each place:
  // the one container worth checking beyond the look-back (in periodic text
  // the whole shared text contains every shorter repeat, far back).
  std::vector<std::vector<std::uint32_t>> furthest(doc_count);
  for (std::size_t d = 0; d < doc_count; ++d)
    for (std::uint32_t i = 0; i < by_doc[d].size(); ++i)
      furthest[d].push_back(i > 0 && by_doc[d][furthest[d][i - 1]].end >= by_doc[d][i].end ? furthest[d][i - 1] : i);
  const auto contains = [&](const Placed& q, const WordSpan& s, std::uint32_t k) {
    if (q.passage == k || q.end < s.end_word || passages[q.passage].words <= passages[k].words) return false;
    return std::includes(doc_sets[q.passage].begin(), doc_sets[q.passage].end(), doc_sets[k].begin(),
                         doc_sets[k].end());
  };
  std::vector<SharedPassage> out;
  for (std::uint32_t k = 0; k < passages.size(); ++k) {
    const SharedPassage& p = passages[k];
    SharedPassage kept = p;
    kept.spans.clear();
    for (const WordSpan& s : p.spans) {
      // Containers start at or before the span: look back from the last such
      // span, at most kNestedLookBack of them, so that very repetitive text
      // (thousands of overlapping passages) stays linear. A container further
      // back only leaves a nested passage reported, never drops a real one.
      const auto& list = by_doc[s.doc];
      auto it = std::upper_bound(list.begin(), list.end(), s.first_word,
                                 [](std::uint32_t x, const Placed& q) { return x < q.first; });
      bool covered = it != list.begin() && contains(list[furthest[s.doc][(it - list.begin()) - 1]], s, k);
      for (std::size_t looked = 0; it != list.begin() && looked < kNestedLookBack && !covered; ++looked) {
        covered = contains(*--it, s, k);
      }
      if (!covered) kept.spans.push_back(s);
    }
    kept.documents = static_cast<std::uint32_t>(docs_of(kept.spans).size());
    if (kept.documents >= 2) out.push_back(std::move(kept));
  }
  return out;
}

std::uint32_t overlap_words(std::uint32_t f1, std::uint32_t e1, std::uint32_t f2, std::uint32_t e2) {
  const std::uint32_t f = std::max(f1, f2), e = std::min(e1, e2);
  return e > f ? e - f : 0;
}

// A second counterpart is kept for a region when it is as much a copy as
// the first: an article that carries a paragraph twice reuses it twice.
constexpr double kSecondCopySimilarity = 0.8;
constexpr double kSecondCopyShare = 0.8;  // of the better passage's matched words

// One-to-one reuse: a near passage is dropped when half of it, in either
// document, is already taken by a better passage between the same two
// documents (an exact one, or a near one with more matched words), unless it
// is taken in one document only and the passage is a second full copy there.
// What remains is each region's best counterpart, not every place a phrase
// recurs.
std::vector<NearPassage> without_conflicts(const std::vector<NearPassage>& near,
                                           const std::vector<SharedPassage>& exact) {
  // Most matched words first (ties in list order).
  std::vector<std::size_t> order;
  for (const auto& place : places_by_key(near, [](const NearPassage& n) { return ~std::uint64_t{n.matched}; }))
    order.push_back(place.second);
  // Exact passages as (span in a, span in b) per document pair.
  struct ExactPair {
    WordSpan a, b;
    std::uint32_t words;
  };
  std::unordered_map<std::uint64_t, std::vector<ExactPair>> exact_by_pair;
  for (const SharedPassage& e : exact)
    for (const WordSpan& sa : e.spans)
      for (const WordSpan& sb : e.spans)
        if (sa.doc < sb.doc) exact_by_pair[pair_key(sa.doc, sb.doc)].push_back({sa, sb, e.words});
  std::unordered_map<std::uint64_t, std::vector<const NearPassage*>> accepted_by_pair;
  std::vector<NearPassage> accepted;
  const auto clashes = [](const NearPassage& n, std::uint32_t fa, std::uint32_t ea, std::uint32_t fb,
                          std::uint32_t eb, std::uint32_t better_matched) {
    const bool in_a = 2 * overlap_words(n.first_a, n.end_a, fa, ea) >= n.end_a - n.first_a;
    const bool in_b = 2 * overlap_words(n.first_b, n.end_b, fb, eb) >= n.end_b - n.first_b;
    const bool second_copy = in_a != in_b && n.similarity >= kSecondCopySimilarity &&
                             n.matched >= kSecondCopyShare * better_matched;
    return (in_a || in_b) && !second_copy;
  };
  for (std::size_t k : order) {
    const NearPassage& n = near[k];
    bool clash = false;
    std::vector<const NearPassage*>& same_pair = accepted_by_pair[pair_key(n.doc_a, n.doc_b)];
    for (const NearPassage* better : same_pair)
      if (clashes(n, better->first_a, better->end_a, better->first_b, better->end_b, better->matched)) {
        clash = true;
        break;
      }
    const auto pair_spans = exact_by_pair.find(pair_key(n.doc_a, n.doc_b));
    if (!clash && pair_spans != exact_by_pair.end())
      for (const ExactPair& e : pair_spans->second)
        if (e.words >= n.matched && clashes(n, e.a.first_word, e.a.end_word, e.b.first_word, e.b.end_word, e.words)) {
          clash = true;
          break;
        }
    if (!clash) {
      accepted.push_back(n);
      same_pair.push_back(&near[k]);
    }
  }
  sort_by_keys(
      accepted, [](const NearPassage& x) { return key_of(x.doc_a, x.first_a); },
      [](const NearPassage& x) { return key_of(x.doc_b, x.first_b); });
  return accepted;
}

}  // namespace

void assemble_passages(const std::vector<AnalysedDocument>& docs, const PassageResult& exact_found,
                       const NearResult& near_found, const std::vector<NearDocument>& near_docs,
                       const NearOptions& near_options, Report& report) {
  PassageResult exact;
  exact.passages = without_nested(without_furniture(exact_found.passages, docs), docs.size());
  NearResult near;
  if (!near_docs.empty()) {
    // Two-document exact passages join the merge as near passages that match
    // word for word; one that merges with nothing stays exact (dropped below
    // as identical).
    std::vector<NearPassage> candidates = without_furniture(near_found.passages, docs);
    for (const SharedPassage& p : exact.passages) {
      if (p.documents != 2 || p.spans.size() != 2) continue;
      NearPassage n;
      n.doc_a = p.spans[0].doc, n.doc_b = p.spans[1].doc;
      n.first_a = p.spans[0].first_word, n.end_a = p.spans[0].end_word;
      n.first_b = p.spans[1].first_word, n.end_b = p.spans[1].end_word;
      for (std::uint32_t k = 0; k < p.words; ++k) n.matches.push_back({n.first_a + k, n.first_b + k});
      n.matched = p.words;
      n.similarity = 1.0;
      candidates.push_back(std::move(n));
    }
    near.passages = without_conflicts(merge_near_passages(near_docs, std::move(candidates), near_options),
                                      exact.passages);
  }
  std::vector<std::vector<WordSpan>> all_spans, exact_spans, near_spans;
  std::vector<std::pair<WordSpan, PassageReport>> ordered;  // sorted by first span later

  std::vector<NearPassage> kept_near;
  for (const NearPassage& n : near.passages) {
    const std::uint32_t len_a = n.end_a - n.first_a, len_b = n.end_b - n.first_b;
    if (n.matched == len_a && n.matched == len_b) {
      bool identical = true;  // same vocabulary ids, not just the same match keys
      for (const auto& [i, j] : n.matches)
        identical = identical && docs[n.doc_a].tokens[docs[n.doc_a].word_tokens[i]].id ==
                                     docs[n.doc_b].tokens[docs[n.doc_b].word_tokens[j]].id;
      if (identical) continue;  // the exact stage reports it
    }
    kept_near.push_back(n);
    const std::vector<WordSpan> spans = {{n.doc_a, n.first_a, n.end_a}, {n.doc_b, n.first_b, n.end_b}};
    near_spans.push_back(spans);
    all_spans.push_back(spans);
    PassageReport out;
    out.kind = "near";
    out.words = n.matched;
    out.documents = 2;
    out.similarity = n.similarity;
    const AnalysedDocument& a = docs[n.doc_a];
    const AnalysedDocument& b = docs[n.doc_b];
    out.spans.push_back({n.doc_a, a.word_start(n.first_a), a.word_end(n.end_a - 1)});
    out.spans.push_back({n.doc_b, b.word_start(n.first_b), b.word_end(n.end_b - 1)});
    std::vector<std::uint32_t> matched_a, matched_b;
    for (const auto& [i, j] : n.matches) matched_a.push_back(i), matched_b.push_back(j);
    // Merged fragments may cross in b (and a fragment moved backwards in a);
    // mostly the matches are in order already.
    for (auto* matched : {&matched_a, &matched_b})
      if (!std::is_sorted(matched->begin(), matched->end())) std::sort(matched->begin(), matched->end());
    out.differ.push_back(unmatched_runs(a, n.first_a, n.end_a, matched_a));
    out.differ.push_back(unmatched_runs(b, n.first_b, n.end_b, matched_b));
    ordered.push_back({spans.front(), std::move(out)});
  }
  const NearIndex kept_index = index_near(kept_near);
  for (const SharedPassage& p : exact.passages) {
    const std::vector<WordSpan> spans = spans_outside_near(p, kept_index);
    exact_spans.push_back(p.spans);  // exact reuse, also where a near passage shows it
    if (docs_of(spans).size() < 2) continue;
    PassageReport out;
    out.kind = "exact";
    out.words = p.words;
    out.documents = p.documents;
    for (const WordSpan& s : spans)
      out.spans.push_back({s.doc, docs[s.doc].word_start(s.first_word), docs[s.doc].word_end(s.end_word - 1)});
    all_spans.push_back(spans);
    ordered.push_back({spans.front(), std::move(out)});
  }
  // Sorted by where they start, through indexes: a PassageReport is heavy to move.
  const auto order = places_by_key(ordered, [](const std::pair<WordSpan, PassageReport>& x) {
    return key_of(x.first.doc, x.first.first_word);
  });
  report.passages.reserve(report.passages.size() + ordered.size());
  for (const auto& place : order) {
    PassageReport& passage = ordered[place.second].second;
    passage.id = static_cast<std::uint32_t>(report.passages.size());
    report.passages.push_back(std::move(passage));
  }

  std::vector<std::uint32_t> words(docs.size());
  std::vector<const std::vector<std::uint32_t>*> counted(docs.size());
  for (std::size_t d = 0; d < docs.size(); ++d) words[d] = docs[d].counted_words(), counted[d] = &docs[d].counted_before;
  Coverage all = compute_coverage(all_spans, words, counted);
  Coverage exact_cov = compute_coverage(exact_spans, words, counted);
  Coverage near_cov = compute_coverage(near_spans, words, counted);
  report.overlap = std::move(all.overlap);
  report.overlap_exact = std::move(exact_cov.overlap);
  report.overlap_near = std::move(near_cov.overlap);
  for (std::size_t d = 0; d < docs.size(); ++d) {
    report.documents[d].shared_words = all.shared_words[d];
    report.documents[d].exact_words = exact_cov.shared_words[d];
    report.documents[d].near_words = near_cov.shared_words[d];
  }
}

}  // namespace parallax
