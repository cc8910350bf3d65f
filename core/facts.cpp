#include "facts.h"

#include <algorithm>
#include <cmath>
#include <tuple>
#include <unordered_map>

#include "sentence_similarity.h"

namespace parallax {

namespace {

struct Edge {
  std::uint32_t a, b;  // model sentence ids, a < b
  double score;
};

std::uint64_t pair_key(std::uint32_t a, std::uint32_t b) {
  return static_cast<std::uint64_t>(std::min(a, b)) << 32 | std::max(a, b);
}

}  // namespace

FactResult find_facts(const std::vector<AnalysedDocument>& docs,
                      const std::vector<std::vector<SentenceRange>>& sentences,
                      const Vocabulary& vocabulary, const FactOptions& options,
                      const std::vector<std::pair<SentenceRef, SentenceRef>>& linked,
                      const std::vector<std::vector<bool>>& excluded) {
  FactResult result;
  SimilarityModel model(vocabulary, /*light_weekdays=*/true);
  struct Where {
    std::uint32_t doc, sentence;
  };
  std::vector<Where> where;
  std::vector<std::uint32_t> first_of_doc(docs.size() + 1, 0);
  result.eligible.resize(docs.size());
  for (std::uint32_t d = 0; d < docs.size(); ++d) {
    result.eligible[d].assign(sentences[d].size(), false);
    first_of_doc[d] = static_cast<std::uint32_t>(where.size());
    for (std::uint32_t s = 0; s < sentences[d].size(); ++s) {
      model.add(docs[d].tokens, sentences[d][s].first_token, sentences[d][s].end_token);
      where.push_back({d, s});
    }
  }
  model.finish();
  const auto n = static_cast<std::uint32_t>(model.size());
  std::vector<bool> eligible(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    const bool left_out = where[i].doc < excluded.size() && where[i].sentence < excluded[where[i].doc].size() &&
                          excluded[where[i].doc][where[i].sentence];
    eligible[i] = !left_out && model.content_terms(i) >= options.min_content_words;
    result.eligible[where[i].doc][where[i].sentence] = eligible[i];
  }

  // Candidate pairs: an inverted index of the keys (terms and synonym
  // groups) that are not too common, and per sentence a sparse accumulation of
  // the weights of the keys it shares with each later sentence. A pair is
  // scored only when the shared weight is a fair part of the lighter
  // sentence's (its terms' weight: a word in many synonym groups makes a
  // sentence no heavier), and at most kMaxCandidatesPerSentence per sentence: this keeps
  // the cost near linear when many articles tell one story in the same words.
  constexpr std::uint32_t kCommonKey = 64;
  constexpr std::size_t kMaxCandidatesPerSentence = 48;
  constexpr double kMinSharedShare = 0.4;
  const double total_sentences = static_cast<double>(n);
  const auto key_weight = [&](std::uint32_t key) {
    return std::log(1.0 + total_sentences / std::max<std::uint32_t>(1, model.key_frequency(key)));
  };
  struct Posting {
    double weight = 0;
    std::vector<std::uint32_t> sentences;
  };
  std::unordered_map<std::uint32_t, Posting> postings;
  std::vector<double> key_total(n, 0.0);
  for (std::uint32_t i = 0; i < n; ++i) {
    if (!eligible[i]) continue;
    for (std::uint32_t key : model.index_keys(i)) {
      auto [it, fresh] = postings.try_emplace(key);
      if (fresh) it->second.weight = key_weight(key);
      if (model.is_term_key(key)) key_total[i] += it->second.weight;
      if (model.key_frequency(key) <= kCommonKey) it->second.sentences.push_back(i);
    }
  }
  std::vector<std::uint64_t> candidates;
  std::vector<double> shared(n, 0.0);
  std::vector<std::uint32_t> touched;
  std::vector<std::pair<double, std::uint32_t>> ranked;
  for (std::uint32_t i = 0; i < n && !result.truncated; ++i) {
    if (!eligible[i]) continue;
    touched.clear();
    for (std::uint32_t key : model.index_keys(i)) {
      const auto found = postings.find(key);
      if (found == postings.end()) continue;
      const double w = found->second.weight;
      for (std::uint32_t j : found->second.sentences) {
        if (j <= i || where[j].doc == where[i].doc) continue;
        if (shared[j] == 0.0) touched.push_back(j);
        shared[j] += w;
      }
    }
    ranked.clear();
    for (std::uint32_t j : touched) {
      if (shared[j] >= kMinSharedShare * std::min(key_total[i], key_total[j])) ranked.push_back({-shared[j], j});
      shared[j] = 0.0;
    }
    std::sort(ranked.begin(), ranked.end());
    if (ranked.size() > kMaxCandidatesPerSentence) ranked.resize(kMaxCandidatesPerSentence);
    for (const auto& [neg, j] : ranked) {
      if (candidates.size() >= options.max_pairs) {
        result.truncated = true;
        break;
      }
      candidates.push_back(pair_key(i, j));
    }
  }
  // Sentences sharing a reused passage are candidates whatever their terms.
  std::vector<std::uint64_t> passage_pairs;
  for (const auto& [x, y] : linked) {
    if (x.doc == y.doc || x.doc >= docs.size() || y.doc >= docs.size()) continue;
    const std::uint32_t a = first_of_doc[x.doc] + x.sentence, b = first_of_doc[y.doc] + y.sentence;
    passage_pairs.push_back(pair_key(a, b));
    candidates.push_back(pair_key(a, b));
  }
  std::sort(passage_pairs.begin(), passage_pairs.end());
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

  std::unordered_map<std::uint64_t, double> scores;
  std::vector<Edge> edges;
  for (std::uint64_t c : candidates) {
    const auto a = static_cast<std::uint32_t>(c >> 32), b = static_cast<std::uint32_t>(c);
    double s = model.fact_similarity(a, b);
    // Shared reused text is evidence of the same fact: at least the threshold.
    if (std::binary_search(passage_pairs.begin(), passage_pairs.end(), c)) s = std::max(s, options.threshold);
    scores.emplace(c, s);
    if (s >= options.threshold) edges.push_back({a, b, s});
  }
  std::sort(edges.begin(), edges.end(), [](const Edge& x, const Edge& y) {
    return std::tie(y.score, x.a, x.b) < std::tie(x.score, y.a, y.b);
  });
  // Pairs that were no candidates are scored when a fact asks for them (a
  // sentence joining a fact is compared with every member).
  const auto score_of = [&](std::uint32_t a, std::uint32_t b) {
    const auto [found, fresh] = scores.try_emplace(pair_key(a, b), 0.0);
    if (fresh) found->second = model.fact_similarity(a, b);
    return found->second;
  };

  const double min_member = options.min_member_similarity;
  const double join_average =
      std::max(options.min_join_average, options.join_average_share * options.threshold);
  // Link strongest first, without chaining.
  std::vector<std::vector<std::uint32_t>> members;         // fact -> model sentences
  std::vector<std::vector<std::uint32_t>> facts_of(n);     // sentence -> facts
  // At most kMaxSentencesPerDoc sentences of one article in a fact: a fact is
  // told once or twice per article, and repetitive text would otherwise grow
  // facts (and this check) without bound.
  constexpr std::uint32_t kMaxSentencesPerDoc = 3;
  const auto fits = [&](std::uint32_t fact, std::uint32_t s) {
    double sum = 0;
    std::uint32_t count = 0, same_doc = 0;
    for (std::uint32_t m : members[fact]) {
      if (where[m].doc == where[s].doc) {  // same article: not evidence either way
        if (++same_doc >= kMaxSentencesPerDoc) return false;
        continue;
      }
      const double x = score_of(m, s);
      if (x < min_member) return false;
      sum += x;
      ++count;
    }
    return count > 0 && sum / count >= join_average;
  };
  const auto join = [&](std::uint32_t fact, std::uint32_t s) {
    members[fact].push_back(s);
    facts_of[s].push_back(fact);
  };
  // Per sentence, the tokens it matched in the facts it is in (sorted), in
  // all of them and per fact. A sentence links a newcomer into one of its
  // facts only through the words it matched in that fact (else the link is
  // about another thing the sentence reports), and starts another fact only
  // through words it has not used yet: a long sentence may report a second
  // fact, but a short one that matched "flood social media with images" in
  // one article is not also a second fact with "images shared on social
  // media" in another.
  std::vector<std::vector<std::uint32_t>> used(n);
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> used_in;  // (sentence, fact) -> tokens
  MatchedTokens matched;
  std::vector<std::uint32_t> side_a, side_b;
  const auto mostly_in = [](const std::vector<std::uint32_t>& tokens, const std::vector<std::uint32_t>& within) {
    std::size_t again = 0;
    for (std::uint32_t t : tokens) again += std::binary_search(within.begin(), within.end(), t);
    return again * 2 >= tokens.size();
  };
  const auto remember = [](std::vector<std::uint32_t>& list, const std::vector<std::uint32_t>& tokens) {
    list.insert(list.end(), tokens.begin(), tokens.end());
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
  };
  const auto join_with = [&](std::uint32_t fact, std::uint32_t s, const std::vector<std::uint32_t>& tokens) {
    join(fact, s);
    remember(used[s], tokens);
    remember(used_in[static_cast<std::uint64_t>(s) << 32 | fact], tokens);
  };
  // Places `s` into a fact of `via` that it fits, linked by the words `via_tokens` of `via`.
  const auto place = [&](std::uint32_t via, const std::vector<std::uint32_t>& via_tokens, std::uint32_t s,
                         const std::vector<std::uint32_t>& tokens) {
    for (std::uint32_t f : facts_of[via]) {
      if (!mostly_in(via_tokens, used_in[static_cast<std::uint64_t>(via) << 32 | f]) || !fits(f, s)) continue;
      join_with(f, s, tokens);
      remember(used_in[static_cast<std::uint64_t>(via) << 32 | f], via_tokens);
      return true;
    }
    return false;
  };
  for (const Edge& e : edges) {
    bool together = false;
    for (std::uint32_t f : facts_of[e.a])
      together = together || std::find(facts_of[e.b].begin(), facts_of[e.b].end(), f) != facts_of[e.b].end();
    if (together) continue;
    matched.pairs.clear();
    model.fact_similarity(e.a, e.b, &matched);
    side_a.clear(), side_b.clear();
    for (const auto& [ta, tb] : matched.pairs) side_a.push_back(ta), side_b.push_back(tb);
    std::sort(side_a.begin(), side_a.end()), std::sort(side_b.begin(), side_b.end());
    if (place(e.a, side_a, e.b, side_b) || place(e.b, side_b, e.a, side_a)) continue;
    if ((!facts_of[e.a].empty() && mostly_in(side_a, used[e.a])) ||
        (!facts_of[e.b].empty() && mostly_in(side_b, used[e.b])))
      continue;
    members.push_back({});
    join_with(static_cast<std::uint32_t>(members.size() - 1), e.a, side_a);
    join_with(static_cast<std::uint32_t>(members.size() - 1), e.b, side_b);
  }

  // Two facts that share a sentence are one when one holds the other, or when
  // their other members fit together as a joining sentence must (every pair at least
  // min_member_similarity, on average at least the threshold): a fact told in
  // five articles is often linked from two ends before the middle arrives.
  const auto mergeable = [&](const std::vector<std::uint32_t>& f, const std::vector<std::uint32_t>& g) {
    bool shared = false;
    double sum = 0;
    std::uint32_t count = 0;
    bool f_in_g = true, g_in_f = true;
    for (std::uint32_t x : f) {
      const bool in_g = std::find(g.begin(), g.end(), x) != g.end();
      shared = shared || in_g;
      f_in_g = f_in_g && in_g;
    }
    if (!shared) return false;
    for (std::uint32_t y : g) g_in_f = g_in_f && std::find(f.begin(), f.end(), y) != f.end();
    if (f_in_g || g_in_f) return true;  // one holds the other: they are one fact
    for (std::uint32_t x : f) {
      if (std::find(g.begin(), g.end(), x) != g.end()) continue;
      for (std::uint32_t y : g) {
        if (where[x].doc == where[y].doc || std::find(f.begin(), f.end(), y) != f.end()) continue;
        const double score = score_of(x, y);
        if (score < min_member) return false;
        sum += score, ++count;
      }
    }
    return count > 0 && sum / count >= join_average;
  };
  // Only facts that share a sentence are compared (through facts_of).
  for (bool merged = true; merged;) {
    merged = false;
    for (std::uint32_t s = 0; s < n; ++s)
      for (std::size_t x = 0; x < facts_of[s].size(); ++x)
        for (std::size_t y = x + 1; y < facts_of[s].size(); ++y) {
          const std::uint32_t f = facts_of[s][x], g = facts_of[s][y];
          if (f == g || !mergeable(members[f], members[g])) continue;
          for (std::uint32_t m : members[g]) {
            auto& list = facts_of[m];
            std::replace(list.begin(), list.end(), g, f);
            std::sort(list.begin(), list.end());
            list.erase(std::unique(list.begin(), list.end()), list.end());
            if (std::find(members[f].begin(), members[f].end(), m) == members[f].end()) members[f].push_back(m);
          }
          members[g].clear();
          merged = true;
          y = facts_of[s].size();  // facts_of[s] changed
          x = facts_of[s].size();
        }
  }
  members.erase(std::remove_if(members.begin(), members.end(), [](const auto& m) { return m.empty(); }), members.end());

  // Facts as the report wants them, with the words that matched.
  std::vector<bool> in_fact(n, false);
  for (const auto& list : members) {
    Fact fact;
    double sum = 0;
    std::uint32_t pairs = 0;
    std::vector<std::uint32_t> sorted = list;
    std::sort(sorted.begin(), sorted.end());
    for (std::uint32_t m : sorted) {
      in_fact[m] = true;
      fact.sentences.push_back({where[m].doc, where[m].sentence, {}});
    }
    for (std::size_t x = 0; x < sorted.size(); ++x)
      for (std::size_t y = x + 1; y < sorted.size(); ++y) {
        if (where[sorted[x]].doc == where[sorted[y]].doc) continue;
        MatchedTokens matched;
        sum += model.fact_similarity(sorted[x], sorted[y], &matched);
        ++pairs;
        for (const auto& [ta, tb] : matched.pairs) {
          fact.sentences[x].matched_tokens.push_back(ta);
          fact.sentences[y].matched_tokens.push_back(tb);
        }
      }
    for (FactSentence& s : fact.sentences) {
      std::sort(s.matched_tokens.begin(), s.matched_tokens.end());
      s.matched_tokens.erase(std::unique(s.matched_tokens.begin(), s.matched_tokens.end()), s.matched_tokens.end());
    }
    fact.score = pairs ? sum / pairs : 0;
    result.facts.push_back(std::move(fact));
  }
  // A total order (facts may share their first sentence), so that native and
  // WASM, whose sort implementations differ, agree.
  std::sort(result.facts.begin(), result.facts.end(), [](const Fact& x, const Fact& y) {
    return std::lexicographical_compare(
        x.sentences.begin(), x.sentences.end(), y.sentences.begin(), y.sentences.end(),
        [](const FactSentence& p, const FactSentence& q) {
          return std::tie(p.doc, p.sentence) < std::tie(q.doc, q.sentence);
        });
  });
  result.only_in.resize(docs.size());
  for (std::uint32_t i = 0; i < n; ++i)
    if (eligible[i] && !in_fact[i]) result.only_in[where[i].doc].push_back(where[i].sentence);
  return result;
}

}  // namespace parallax
