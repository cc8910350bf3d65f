#include "sentence_similarity.h"

#include <algorithm>
#include <cmath>

#include "match_key.h"
#include "synonyms.h"

namespace parallax {

namespace {

// Index keys: term ids, and synonym groups offset past every possible term id.
constexpr std::uint32_t kGroupKeyBase = 1u << 30;

bool intersects(const std::vector<std::uint32_t>& x, const std::vector<std::uint32_t>& y) {
  std::size_t i = 0, j = 0;
  while (i < x.size() && j < y.size()) {
    if (x[i] == y[j]) return true;
    if (x[i] < y[j]) ++i;
    else ++j;
  }
  return false;
}

bool is_negation(std::string_view form) {
  return form == "not" || form == "no" || form == "never" || form == "n't" || form == "nor" || form == "cannot" ||
         (form.size() > 3 && form.substr(form.size() - 3) == "n't");
}

bool is_word_start(std::string_view form) {
  return !form.empty() && ((form[0] >= 'a' && form[0] <= 'z') || static_cast<unsigned char>(form[0]) >= 0x80);
}

}  // namespace

std::uint32_t SimilarityModel::term_of(std::uint32_t id) {
  if (id >= term_of_vocab_.size()) {
    const std::size_t size = std::max<std::size_t>(vocabulary_.size(), term_of_vocab_.size() * 2);
    term_of_vocab_.resize(size, 0);
    term_known_.resize(size, false);
  }
  if (!term_known_[id]) {
    term_known_[id] = true;
    const std::string& form = vocabulary_.form(id);
    if (!is_function_word(form) && (is_word_start(form) || (form[0] >= '0' && form[0] <= '9'))) {
      const std::string stem = is_word_start(form) ? comparison_stem(form) : match_key(form);
      const std::uint32_t term = terms_.intern(stem);
      if (term >= term_groups_.size()) term_groups_.resize(term + 1), term_is_number_.resize(term + 1);
      term_is_number_[term] = !is_word_start(form);
      if (term_groups_[term].empty()) term_groups_[term] = SynonymTable::get().groups(stem);
      term_of_vocab_[id] = term + 1;
    }
  }
  return term_of_vocab_[id];  // term id + 1, or 0
}

const std::vector<std::uint32_t>& SimilarityModel::groups_of(std::uint32_t term) const {
  return term_groups_[term];
}

std::uint32_t SimilarityModel::add(const Tokens& tokens, std::uint32_t first, std::uint32_t end) {
  Sentence s;
  bool first_word = true;
  for (std::uint32_t t = first; t < end; ++t) {
    if (!tokens[t].is_word_like()) continue;
    const bool was_first = first_word;
    first_word = false;
    if (is_negation(vocabulary_.form(tokens[t].id))) s.negated = !s.negated;
    const std::uint32_t term = term_of(tokens[t].id);
    if (term == 0) continue;
    s.terms.push_back({term - 1, t, 0, tokens[t].capitalized && !was_first});
  }
  for (std::size_t k = 0; k + 1 < s.terms.size(); ++k)
    s.bigrams.push_back(static_cast<std::uint64_t>(s.terms[k].id) << 32 | s.terms[k + 1].id);
  std::sort(s.bigrams.begin(), s.bigrams.end());
  // Two-word phrases that are synonyms of one word ("cell phone").
  for (std::uint32_t k = 0; k + 1 < s.terms.size(); ++k) {
    const std::string key = terms_.form(s.terms[k].id) + " " + terms_.form(s.terms[k + 1].id);
    auto found = phrase_groups_.find(key);
    if (found == phrase_groups_.end()) {
      const auto& groups = SynonymTable::get().groups(key);
      found = phrase_groups_.emplace(key, groups.empty() ? nullptr : &groups).first;
    }
    if (found->second) s.phrases.push_back({k, found->second});
  }
  for (const Term& term : s.terms) {
    s.keys.push_back(term.id);
    for (std::uint32_t g : groups_of(term.id)) s.keys.push_back(kGroupKeyBase + g);
  }
  for (const Phrase& p : s.phrases)
    for (std::uint32_t g : *p.groups) s.keys.push_back(kGroupKeyBase + g);
  std::sort(s.keys.begin(), s.keys.end());
  s.keys.erase(std::unique(s.keys.begin(), s.keys.end()), s.keys.end());
  for (std::uint32_t k = 0; k < s.terms.size(); ++k) s.by_id.push_back({s.terms[k].id, k});
  std::sort(s.by_id.begin(), s.by_id.end());
  sentences_.push_back(std::move(s));
  return static_cast<std::uint32_t>(sentences_.size() - 1);
}

void SimilarityModel::finish() {
  df_.assign(terms_.size(), 0);
  std::vector<std::uint32_t> seen;
  for (const Sentence& s : sentences_) {
    seen.clear();
    for (const Term& t : s.terms) seen.push_back(t.id);
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    for (std::uint32_t id : seen) ++df_[id];
    for (std::uint32_t key : s.keys) ++key_df_[key];  // keys are unique per sentence
  }
  const double n = static_cast<double>(sentences_.size());
  for (Sentence& s : sentences_) {
    s.total = 0;
    for (Term& t : s.terms) {
      t.weight = std::log(1.0 + (n + kBackgroundSentences) / (df_[t.id] + 0.5));
      s.total += t.weight;
    }
  }
}

PairFeatures SimilarityModel::features(std::uint32_t a, std::uint32_t b) const {
  PairFeatures f{};
  const Overlap o = overlap(a, b, nullptr);
  const Sentence& x = sentences_[a];
  const Sentence& y = sentences_[b];
  if (o.total_a <= 0 || o.total_b <= 0) return f;
  const double ca = o.gained_a / o.total_a, cb = o.gained_b / o.total_b;
  f[kWeightedDice] = (o.gained_a + o.gained_b) / (o.total_a + o.total_b);
  f[kMinContainment] = std::min(ca, cb);
  f[kMaxContainment] = std::max(ca, cb);
  const double na = static_cast<double>(x.terms.size()), nb = static_cast<double>(y.terms.size());
  f[kWordDice] = (o.matched_a + o.matched_b) / (na + nb);
  std::size_t shared = 0;
  for (std::size_t i = 0, j = 0; i < x.bigrams.size() && j < y.bigrams.size();) {
    if (x.bigrams[i] < y.bigrams[j]) ++i;
    else if (x.bigrams[i] > y.bigrams[j]) ++j;
    else ++shared, ++i, ++j;
  }
  const std::size_t bigrams = x.bigrams.size() + y.bigrams.size();
  f[kBigramDice] = bigrams ? 2.0 * shared / bigrams : f[kWordDice];
  f[kNumbersDiffer] = o.numbers_differ ? 1 : 0;
  f[kNameMismatch] = std::min<std::uint32_t>(o.names_unmatched, 3) / 3.0;
  f[kNegationMismatch] = x.negated != y.negated ? 1 : 0;
  return f;
}

double SimilarityModel::similarity(std::uint32_t a, std::uint32_t b, MatchedTokens* matched) const {
  if (matched) overlap(a, b, matched);
  const PairFeatures f = features(a, b);
  if (f[kWeightedDice] <= 0) return 0;
  double z = kParaphraseBias;
  for (std::size_t k = 0; k < kFeatureCount; ++k) z += kParaphraseWeights[k] * f[k];
  // The logistic half relative to its value for identical sentences (every
  // overlap feature 1, no mismatch), so that identical sentences score 1.
  double same = kParaphraseBias;
  for (std::size_t k = kWeightedDice; k <= kBigramDice; ++k) same += kParaphraseWeights[k];
  const double logistic = std::min(1.0, (1.0 + std::exp(-same)) / (1.0 + std::exp(-z)));
  const double dice = f[kWeightedDice] * (f[kNumbersDiffer] > 0 ? kNumberMismatch : 1.0);
  return std::min(1.0, kParaphraseBlend * dice + (1 - kParaphraseBlend) * logistic);
}

double SimilarityModel::fact_similarity(std::uint32_t a, std::uint32_t b, MatchedTokens* matched) const {
  const Overlap o = overlap(a, b, matched);
  if (o.total_a <= 0 || o.total_b <= 0) return 0;
  const double dice = (o.gained_a + o.gained_b) / (o.total_a + o.total_b);
  const double contained = std::max(o.gained_a / o.total_a, o.gained_b / o.total_b);
  return std::min(1.0, kContainmentShare * contained + (1 - kContainmentShare) * dice);
}

SimilarityModel::Overlap SimilarityModel::overlap(std::uint32_t a, std::uint32_t b, MatchedTokens* matched) const {
  const Sentence& x = sentences_[a];
  const Sentence& y = sentences_[b];
  Overlap o;
  o.total_a = x.total, o.total_b = y.total;
  if (x.total <= 0 || y.total <= 0) return o;
  // Scratch flags reused across calls: this runs for every candidate pair.
  thread_local std::vector<char> used_x, used_y;
  used_x.assign(x.terms.size(), 0);
  used_y.assign(y.terms.size(), 0);
  const auto take = [&](std::size_t i, std::size_t j, double credit) {
    used_x[i] = used_y[j] = true;
    ++o.matched_a, ++o.matched_b;
    o.gained_a += credit * x.terms[i].weight;
    o.gained_b += credit * y.terms[j].weight;
    if (matched) matched->pairs.push_back({x.terms[i].token, y.terms[j].token});
  };
  // 1. The same term: a merge of the two sorted term lists, occurrences
  // paired in sentence order.
  for (std::size_t i = 0, j = 0; i < x.by_id.size() && j < y.by_id.size();) {
    if (x.by_id[i].first < y.by_id[j].first) ++i;
    else if (x.by_id[i].first > y.by_id[j].first) ++j;
    else take(x.by_id[i++].second, y.by_id[j++].second, 1.0);
  }
  // 2. A synonym.
  for (std::size_t i = 0; i < x.terms.size(); ++i) {
    if (used_x[i] || groups_of(x.terms[i].id).empty()) continue;
    for (std::size_t j = 0; j < y.terms.size(); ++j)
      if (!used_y[j] && !groups_of(y.terms[j].id).empty() &&
          intersects(groups_of(x.terms[i].id), groups_of(y.terms[j].id))) {
        take(i, j, kSynonymCredit);
        break;
      }
  }
  // 3. A two-word phrase for one word, either way round.
  const auto phrases = [&](const Sentence& p, std::vector<char>& used_p, const Sentence& q,
                           std::vector<char>& used_q, bool p_is_x) {
    for (const Phrase& ph : p.phrases) {
      const std::uint32_t k = ph.first_term;
      if (used_p[k] || used_p[k + 1]) continue;
      for (std::size_t j = 0; j < q.terms.size(); ++j) {
        if (used_q[j] || !intersects(*ph.groups, groups_of(q.terms[j].id))) continue;
        used_p[k] = used_p[k + 1] = used_q[j] = true;
        (p_is_x ? o.matched_a : o.matched_b) += 2;
        (p_is_x ? o.matched_b : o.matched_a) += 1;
        (p_is_x ? o.gained_a : o.gained_b) += kSynonymCredit * (p.terms[k].weight + p.terms[k + 1].weight);
        (p_is_x ? o.gained_b : o.gained_a) += kSynonymCredit * q.terms[j].weight;
        if (matched) {
          for (std::uint32_t w : {k, k + 1})
            matched->pairs.push_back(p_is_x ? std::make_pair(p.terms[w].token, q.terms[j].token)
                                            : std::make_pair(q.terms[j].token, p.terms[w].token));
        }
        break;
      }
    }
  };
  phrases(x, used_x, y, used_y, true);
  phrases(y, used_y, x, used_x, false);
  for (std::size_t i = 0; i < x.terms.size(); ++i) o.numbers_differ |= !used_x[i] && term_is_number_[x.terms[i].id];
  for (std::size_t j = 0; j < y.terms.size(); ++j) o.numbers_differ |= !used_y[j] && term_is_number_[y.terms[j].id];
  for (std::size_t i = 0; i < x.terms.size(); ++i) o.names_unmatched += !used_x[i] && x.terms[i].name;
  for (std::size_t j = 0; j < y.terms.size(); ++j) o.names_unmatched += !used_y[j] && y.terms[j].name;
  return o;
}

}  // namespace parallax
