#include "sentence_similarity.h"

#include <algorithm>
#include <cmath>

#include "match_key.h"
#include "synonyms.h"
#include "word_frequency.h"

namespace parallax {

namespace {

bool intersects(const std::vector<std::uint32_t>& x, const std::vector<std::uint32_t>& y) {
  std::size_t i = 0, j = 0;
  while (i < x.size() && j < y.size()) {
    if (x[i] == y[j]) return true;
    if (x[i] < y[j]) ++i;
    else ++j;
  }
  return false;
}

// The share of background sentences that hold a word, from its count in a
// general corpus (capped at 1: "say", "make" are in all of them).
double background_share(const std::string& stem) {
  return std::min(1.0, BackgroundFrequency::get().count(stem) / kBackgroundCountScale);
}

// The stem is a weekday's name ("tuesday" stems to "tuesday").
bool is_weekday(const std::string& stem) {
  static const std::array<std::string, 7> days = [] {
    std::array<std::string, 7> out;
    std::size_t k = 0;
    for (const char* d : {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
      out[k++] = comparison_stem(d);
    return out;
  }();
  return std::find(days.begin(), days.end(), stem) != days.end();
}

bool is_negation(std::string_view form) {
  return form == "not" || form == "no" || form == "never" || form == "n't" || form == "nor" || form == "cannot" ||
         (form.size() > 3 && form.substr(form.size() - 3) == "n't");
}

// Words that name the source of a report ("the ministry said", "told
// reporters", "according to"). An attribution that one sentence adds
// ("..., the ministry said") names the source, not another fact; its words
// count against the pair elsewhere (the runs left out at a sentence's end),
// and the fitted weight of this mismatch gives some of that back (MSRP
// 10-fold 76.3% -> 76.7%, STS-B dev news 0.786 -> 0.787).
bool is_attribution(std::string_view form) {
  for (std::string_view w : {"said", "says", "say", "saying", "told", "tells", "according"})
    if (form == w) return true;
  return false;
}

// Punctuation that ends a clause: commas, semicolons, colons, brackets, and
// dashes standing apart ("a - b", not "anti-government").
bool ends_clause(const Token& token, std::string_view form) {
  if (form == "," || form == ";" || form == ":" || form == "(" || form == ")") return true;
  return (form == "-" || form == "\u2013" || form == "\u2014" || form == "--") && token.space_before;
}

// Words that open a clause: conjunctions and relative words ("..., and of
// receiving instructions", "... where local rallies were used").
bool starts_clause(std::string_view form) {
  for (std::string_view w : {"and", "but", "while", "whereas", "although", "though", "because", "which", "who",
                             "whom", "whose", "where", "when", "after", "before", "since", "until"})
    if (form == w) return true;
  return false;
}

bool is_word_start(std::string_view form) {
  return !form.empty() && ((form[0] >= 'a' && form[0] <= 'z') || static_cast<unsigned char>(form[0]) >= 0x80);
}

}  // namespace

std::uint8_t SimilarityModel::word_class(std::uint32_t id) {
  if (id >= word_class_.size()) word_class_.resize(std::max<std::size_t>(vocabulary_.size(), word_class_.size() * 2), 0);
  if (word_class_[id] == 0) {
    const std::string& form = vocabulary_.form(id);
    word_class_[id] = kClassKnown | (starts_clause(form) ? kClassOpensClause : 0) | (form == "to" ? kClassTo : 0) |
                      (is_negation(form) ? kClassNegation : 0) | (is_attribution(form) ? kClassAttribution : 0);
  }
  return word_class_[id];
}

// "to" ahead of a lower-case content word opens a clause: an infinitive ("called
// on women to form a human chain", "urged Russians to light candles") or a
// phrase of its own ("moved to neighbouring courtyards"); "to" ahead of a name,
// a number or a function word ("to Moscow", "to 2,000", "to the") does not.
bool SimilarityModel::opens_to_clause(const Tokens& tokens, std::uint32_t t, std::uint32_t end) {
  if (!(word_class(tokens[t].id) & kClassTo) || t + 1 >= end) return false;
  const Token& next = tokens[t + 1];
  return next.is_word_like() && !next.capitalized && is_word_start(vocabulary_.form(next.id)) && term_of(next.id) != 0;
}

std::uint32_t SimilarityModel::term_of(std::uint32_t id) {
  if (id >= term_of_vocab_.size()) {
    const std::size_t size = std::max<std::size_t>(vocabulary_.size(), term_of_vocab_.size() * 2);
    term_of_vocab_.resize(size, 0);
    term_known_.resize(size, false);
  }
  if (!term_known_[id]) {
    term_known_[id] = true;
    const std::string& form = vocabulary_.form(id);
    if (!is_function_word(form) && (is_word_start(form) || (form[0] >= '0' && form[0] <= '9')))
      term_of_vocab_[id] = term_of_form(form) + 1;
  }
  return term_of_vocab_[id];  // term id + 1, or 0
}

std::uint32_t SimilarityModel::term_of_form(const std::string& form) {
  const std::string stem = is_word_start(form) ? comparison_stem(form) : match_key(form);
  const std::uint32_t term = terms_.intern(stem);
  if (term >= term_groups_.size())
    term_groups_.resize(term + 1), term_is_number_.resize(term + 1), term_is_weekday_.resize(term + 1);
  term_is_number_[term] = !is_word_start(form);
  term_is_weekday_[term] = is_word_start(form) && is_weekday(stem);
  term_background_.resize(term_groups_.size(), 0.0);
  if (is_word_start(form)) term_background_[term] = light_weekdays_ && term_is_weekday_[term] ? 1.0 : background_share(stem);
  if (term_groups_[term].empty()) term_groups_[term] = SynonymTable::get().groups(stem);
  term_related_.resize(term_groups_.size(), nullptr);
  term_related_[term] = &SynonymTable::get().related(stem);
  return term;
}

// "US" (the country) folds to the pronoun "us", a function word; written with
// a capital it is the country in news text ("US troops", "US Says Chemical
// Weapons Used"), where the pronoun at a sentence's start is rare: it is then
// the term of "u.s.", so "US" and "U.S." match and "United States" is its synonym.
std::uint32_t SimilarityModel::term_of_token(const Token& token) {
  if (!token.capitalized || vocabulary_.form(token.id) != "us") return term_of(token.id);
  if (us_term_ == 0) us_term_ = term_of_form("u.s.") + 1;
  return us_term_;
}

std::uint32_t SimilarityModel::word_key(const Token& token) const {
  if (token.capitalized && us_term_ != 0 && vocabulary_.form(token.id) == "us") return us_term_ - 1;
  if (token.id < term_of_vocab_.size() && term_of_vocab_[token.id] != 0) return term_of_vocab_[token.id] - 1;
  return kGroupKeyBase | token.id;  // not a term: apart from every term id
}

std::string SimilarityModel::word_spelling(const Token& token) const {
  const std::uint32_t key = word_key(token);
  if (!is_term_key(key)) return vocabulary_.form(token.id);
  return key + 1 == us_term_ ? "us" : comparison_spelling(vocabulary_.form(token.id));
}

const std::vector<std::uint32_t>& SimilarityModel::groups_of(std::uint32_t term) const {
  return term_groups_[term];
}

std::uint32_t SimilarityModel::add(const Tokens& tokens, std::uint32_t first, std::uint32_t end) {
  Sentence s;
  s.first_term = static_cast<std::uint32_t>(terms_of_sentences_.size());
  s.first_phrase = static_cast<std::uint32_t>(phrases_.size());
  s.first_key = static_cast<std::uint32_t>(keys_.size());
  bool first_word = true;
  std::uint32_t clause = 0, in_clause = 0;  // the current clause and its terms so far
  bool to_clause = false;                    // the current clause opened with "to"
  for (std::uint32_t t = first; t < end; ++t) {
    const bool can_split = in_clause >= kMinClauseTerms && clause + 1 < kMaxClauses;
    if (!tokens[t].is_word_like()) {
      if (can_split && ends_clause(tokens[t], vocabulary_.form(tokens[t].id))) ++clause, in_clause = 0, to_clause = false;
      continue;
    }
    const std::uint8_t cls = word_class(tokens[t].id);
    const bool to = can_split && opens_to_clause(tokens, t, end);
    if (to || (can_split && (cls & kClassOpensClause))) {
      if (to && !to_clause) s.frames |= static_cast<std::uint16_t>(1u << clause);
      ++clause, in_clause = 0, to_clause = to;
    }
    const bool was_first = first_word;
    first_word = false;
    if (cls & kClassNegation) s.negated = !s.negated;
    s.attributed = s.attributed || (cls & kClassAttribution);
    const std::uint32_t term = term_of_token(tokens[t]);
    if (term == 0) continue;
    terms_of_sentences_.push_back({term - 1, t, clause, tokens[t].capitalized && !was_first});
    ++in_clause;
  }
  // A short last piece belongs to the clause before it (which then holds
  // what it was a frame for).
  if (clause > 0 && in_clause < kMinClauseTerms) {
    s.frames &= static_cast<std::uint16_t>(~(1u << (clause - 1)));
    for (std::size_t k = terms_of_sentences_.size(); k-- > s.first_term && terms_of_sentences_[k].clause == clause;)
      terms_of_sentences_[k].clause = clause - 1;
  }
  const std::span<const Term> terms(terms_of_sentences_.data() + s.first_term,
                                    terms_of_sentences_.size() - s.first_term);
  s.terms = static_cast<std::uint32_t>(terms.size());
  // Two-word phrases that are synonyms of one word ("cell phone"). Looked up
  // each time: a cache of the neighbouring pairs grew with every distinct pair.
  for (std::uint32_t k = 0; k + 1 < terms.size(); ++k) {
    const auto& groups = SynonymTable::get().groups(terms_.form(terms[k].id) + " " + terms_.form(terms[k + 1].id));
    if (!groups.empty()) phrases_.push_back({k, &groups});
  }
  s.phrases = static_cast<std::uint32_t>(phrases_.size() - s.first_phrase);
  for (const Term& term : terms) {
    keys_.push_back(term.id);
    for (std::uint32_t g : groups_of(term.id)) keys_.push_back(kGroupKeyBase + g);
  }
  for (std::uint32_t p = s.first_phrase; p < phrases_.size(); ++p)
    for (std::uint32_t g : *phrases_[p].groups) keys_.push_back(kGroupKeyBase + g);
  const auto keys_begin = keys_.begin() + s.first_key;
  std::sort(keys_begin, keys_.end());
  keys_.erase(std::unique(keys_begin, keys_.end()), keys_.end());
  s.keys = static_cast<std::uint32_t>(keys_.size() - s.first_key);
  for (std::uint32_t k = 0; k < terms.size(); ++k) by_id_.push_back(k);
  std::sort(by_id_.begin() + s.first_term, by_id_.end(), [&](std::uint32_t x, std::uint32_t y) {
    return terms[x].id != terms[y].id ? terms[x].id < terms[y].id : x < y;
  });
  sentences_.push_back(s);
  return static_cast<std::uint32_t>(sentences_.size() - 1);
}

SimilarityModel::SentenceView SimilarityModel::view(std::uint32_t sentence) const {
  const Sentence& s = sentences_[sentence];
  return {{terms_of_sentences_.data() + s.first_term, s.terms},
          {by_id_.data() + s.first_term, s.terms},
          {phrases_.data() + s.first_phrase, s.phrases},
          s.frames,
          s.negated,
          s.attributed,
          s.total};
}

void SimilarityModel::finish() {
  df_.assign(terms_.size(), 0);
  std::vector<std::uint32_t> seen;
  for (std::uint32_t i = 0; i < sentences_.size(); ++i) {
    seen.clear();
    for (const Term& t : view(i).terms) seen.push_back(t.id);
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    for (std::uint32_t id : seen) ++df_[id];
    for (std::uint32_t key : index_keys(i)) ++key_df_[key];  // keys are unique per sentence
  }
  const double n = static_cast<double>(sentences_.size());
  weights_.resize(df_.size());
  for (std::size_t id = 0; id < df_.size(); ++id)
    weights_[id] = std::log(1.0 + (n + kBackgroundSentences) / (df_[id] + 0.5 + kBackgroundSentences * term_background_[id]));
  for (std::uint32_t i = 0; i < sentences_.size(); ++i) {
    double total = 0;
    for (const Term& t : view(i).terms) total += weights_[t.id];
    sentences_[i].total = total;
  }
  terms_of_sentences_.shrink_to_fit();
  by_id_.shrink_to_fit();
  phrases_.shrink_to_fit();
  keys_.shrink_to_fit();
}

PairFeatures SimilarityModel::features(std::uint32_t a, std::uint32_t b) const {
  PairFeatures f{};
  const Overlap o = overlap(a, b, nullptr);
  const SentenceView x = view(a);
  const SentenceView y = view(b);
  if (o.total_a <= 0 || o.total_b <= 0) return f;
  const double ca = o.gained_a / o.total_a, cb = o.gained_b / o.total_b;
  f[kWeightedDice] = (o.gained_a + o.gained_b) / (o.total_a + o.total_b);
  f[kMinContainment] = std::min(ca, cb);
  f[kMaxContainment] = std::max(ca, cb);
  const double na = static_cast<double>(x.terms.size()), nb = static_cast<double>(y.terms.size());
  f[kWordDice] = (o.matched_a + o.matched_b) / (na + nb);
  // Neighbouring term ids, sorted: made here rather than kept per sentence,
  // since only this score (not facts) reads them.
  const auto bigrams_of = [](const SentenceView& v, std::vector<std::uint64_t>& out) {
    out.clear();
    for (std::size_t k = 0; k + 1 < v.terms.size(); ++k)
      out.push_back(static_cast<std::uint64_t>(v.terms[k].id) << 32 | v.terms[k + 1].id);
    std::sort(out.begin(), out.end());
  };
  thread_local std::vector<std::uint64_t> bigrams_x, bigrams_y;
  bigrams_of(x, bigrams_x);
  bigrams_of(y, bigrams_y);
  std::size_t shared = 0;
  for (std::size_t i = 0, j = 0; i < bigrams_x.size() && j < bigrams_y.size();) {
    if (bigrams_x[i] < bigrams_y[j]) ++i;
    else if (bigrams_x[i] > bigrams_y[j]) ++j;
    else ++shared, ++i, ++j;
  }
  const std::size_t bigrams = bigrams_x.size() + bigrams_y.size();
  f[kBigramDice] = bigrams ? 2.0 * shared / bigrams : f[kWordDice];
  f[kNumbersDiffer] = o.numbers_differ ? 1 : 0;
  f[kValuesDifferBoth] = o.values_differ_both ? 1 : 0;
  f[kNameMismatch] = std::min<std::uint32_t>(o.names_unmatched, 3) / 3.0;
  f[kNegationMismatch] = x.negated != y.negated ? 1 : 0;
  f[kAttributionMismatch] = x.attributed != y.attributed ? 1 : 0;
  return f;
}

PairFeatures identical_pair_features() {
  PairFeatures f{};
  for (std::size_t k : {kWeightedDice, kMinContainment, kMaxContainment, kWordDice, kBigramDice})
    f[k] = 1;
  for (std::size_t k = kNgramDice2; k <= kNgramMaxPrecision4; ++k) f[k] = 1;
  for (std::size_t k = kCharDice3; k <= kSubsequenceShare; ++k) f[k] = 1;
  return f;
}

double paraphrase_blend(double mean_words) {
  const double t = std::clamp((mean_words - kBlendShortWords) / (kBlendLongWords - kBlendShortWords), 0.0, 1.0);
  return kParaphraseBlendShort + t * (kParaphraseBlendLong - kParaphraseBlendShort);
}

double paraphrase_score(const PairFeatures& f) {
  if (f[kWeightedDice] <= 0) return 0;
  const auto linear = [](const PairFeatures& x) {
    double z = kParaphraseBias;
    for (std::size_t k = 0; k < kWeightedFeatureCount; ++k) z += kParaphraseWeights[k] * x[k];
    return z;
  };
  // The logistic half relative to its value for identical sentences, so that
  // identical sentences score 1.
  static const double same = linear(identical_pair_features());
  const double logistic = std::min(1.0, (1.0 + std::exp(-same)) / (1.0 + std::exp(-linear(f))));
  const double numbers = f[kValuesDifferBoth] > 0 ? kValuesContradict : f[kNumbersDiffer] > 0 ? kNumberMismatch : 1.0;
  const double dice = f[kWeightedDice] * numbers;
  const double blend = paraphrase_blend(f[kMeanWords]);
  return std::min(1.0, blend * dice + (1 - blend) * logistic);
}

double SimilarityModel::fact_similarity(std::uint32_t a, std::uint32_t b, MatchedTokens* matched) const {
  thread_local std::vector<TermLink> links;
  links.clear();
  const std::size_t first_pair = matched ? matched->pairs.size() : 0;
  const Overlap o = overlap(a, b, matched, &links);
  if (o.total_a <= 0 || o.total_b <= 0) return 0;
  const double dice = (o.gained_a + o.gained_b) / (o.total_a + o.total_b);
  const double contained = std::max(o.gained_a / o.total_a, o.gained_b / o.total_b);
  const double whole = kContainmentShare * contained + (1 - kContainmentShare) * dice;
  const SentenceView x = view(a), y = view(b);
  const ClauseMatch clause = best_clause(x, y, links);
  // When a clause pair scored, the matched words are that pair's, not those the
  // rest of the sentences share: the page marks them, and facts.cpp takes them
  // as the words a sentence used in a fact, so that it may join another fact
  // through another clause. (overlap() records one link per matched pair, in
  // the same order.)
  if (matched && kClauseCredit * clause.score > whole && matched->pairs.size() - first_pair == links.size()) {
    std::size_t kept = first_pair;
    for (std::size_t k = 0; k < links.size(); ++k) {
      const std::uint32_t cx = x.terms[links[k].i].clause, cy = y.terms[links[k].j].clause;
      if (cx >= clause.first_x && cx < clause.first_x + clause.count_x && cy >= clause.first_y &&
          cy < clause.first_y + clause.count_y)
        matched->pairs[kept++] = matched->pairs[first_pair + k];
    }
    matched->pairs.resize(kept);
  }
  return std::min(1.0, std::max(whole, kClauseCredit * clause.score));
}

SimilarityModel::ClauseMatch SimilarityModel::best_clause(const SentenceView& x, const SentenceView& y,
                                                          const std::vector<TermLink>& links) const {
  if (links.size() < kMinClauseMatches || (x.terms.back().clause == 0 && y.terms.back().clause == 0)) return {};
  static const double rare_weight = std::log(1.0 + 1.0 / kClauseRareShare);  // weight of a term in that share
  const std::uint32_t nx = x.terms.back().clause + 1, ny = y.terms.back().clause + 1;
  std::array<double, kMaxClauses> total_x{}, total_y{};
  for (const Term& t : x.terms) total_x[t.clause] += weights_[t.id];
  for (const Term& t : y.terms) total_y[t.clause] += weights_[t.id];
  // Per pair of clauses: the weight matched on each side, the matched terms, the rare ones.
  struct Cell {
    double gained_x = 0, gained_y = 0;
    std::uint32_t matches = 0, rare = 0;
  };
  thread_local std::vector<Cell> cells;  // nx x ny, reused: this runs for every candidate pair
  cells.assign(nx * ny, Cell{});
  for (const TermLink& l : links) {
    Cell& c = cells[x.terms[l.i].clause * ny + y.terms[l.j].clause];
    c.gained_x += l.gained_a, c.gained_y += l.gained_b, ++c.matches;
    c.rare += weights_[x.terms[l.i].id] >= rare_weight && weights_[y.terms[l.j].id] >= rare_weight;
  }
  // The units compared: a clause, or a frame with the clause that continues it.
  const auto units = [](std::uint16_t frames, std::uint32_t n, std::array<std::uint32_t, kMaxClauses>& first,
                        std::array<std::uint32_t, kMaxClauses>& count) {
    std::uint32_t k = 0;
    for (std::uint32_t c = 0; c < n; ++c) {
      const bool frame = (frames >> c & 1) && c + 1 < n;
      first[k] = c, count[k++] = frame ? 2 : 1;
    }
    return k;
  };
  std::array<std::uint32_t, kMaxClauses> first_x, count_x, first_y, count_y;
  const std::uint32_t ux = units(x.frames, nx, first_x, count_x), uy = units(y.frames, ny, first_y, count_y);
  ClauseMatch best;
  for (std::uint32_t u = 0; u < ux; ++u)
    for (std::uint32_t v = 0; v < uy; ++v) {
      if (count_x[u] == nx && count_y[v] == ny) continue;  // the whole sentences: scored as such
      double tx = 0, ty = 0, gx = 0, gy = 0;
      std::uint32_t matches = 0, rare = 0;
      for (std::uint32_t i = first_x[u]; i < first_x[u] + count_x[u]; ++i) tx += total_x[i];
      for (std::uint32_t j = first_y[v]; j < first_y[v] + count_y[v]; ++j) ty += total_y[j];
      for (std::uint32_t i = first_x[u]; i < first_x[u] + count_x[u]; ++i)
        for (std::uint32_t j = first_y[v]; j < first_y[v] + count_y[v]; ++j) {
          const Cell& c = cells[i * ny + j];
          gx += c.gained_x, gy += c.gained_y, matches += c.matches, rare += c.rare;
        }
      if (tx <= 0 || ty <= 0 || matches < kMinClauseMatches || rare == 0) continue;
      const double dice = (gx + gy) / (tx + ty);
      const double contained = std::max(gx / tx, gy / ty);
      const double score = kContainmentShare * contained + (1 - kContainmentShare) * dice;
      if (score > best.score) best = {score, first_x[u], count_x[u], first_y[v], count_y[v]};
    }
  return best;
}

SimilarityModel::Overlap SimilarityModel::overlap(std::uint32_t a, std::uint32_t b, MatchedTokens* matched,
                                                  std::vector<TermLink>* links) const {
  const SentenceView x = view(a);
  const SentenceView y = view(b);
  Overlap o;
  o.total_a = x.total, o.total_b = y.total;
  if (x.total <= 0 || y.total <= 0) return o;
  // Scratch flags reused across calls: this runs for every candidate pair.
  thread_local std::vector<char> used_x, used_y;
  thread_local std::vector<std::uint32_t> partner_x;  // the term of y a used term of x matched
  used_x.assign(x.terms.size(), 0);
  used_y.assign(y.terms.size(), 0);
  partner_x.assign(x.terms.size(), 0);
  const auto take = [&](std::size_t i, std::size_t j, double credit) {
    used_x[i] = used_y[j] = true;
    partner_x[i] = static_cast<std::uint32_t>(j);
    ++o.matched_a, ++o.matched_b;
    o.gained_a += credit * weights_[x.terms[i].id];
    o.gained_b += credit * weights_[y.terms[j].id];
    if (links) links->push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j),
                                 credit * weights_[x.terms[i].id], credit * weights_[y.terms[j].id]});
    if (matched) matched->pairs.push_back({x.terms[i].token_index(), y.terms[j].token_index()});
  };
  // 1. The same term: a merge of the two sorted term lists, occurrences
  // paired in sentence order.
  for (std::size_t i = 0, j = 0; i < x.by_id.size() && j < y.by_id.size();) {
    const std::uint32_t id_x = x.terms[x.by_id[i]].id, id_y = y.terms[y.by_id[j]].id;
    if (id_x < id_y) ++i;
    else if (id_x > id_y) ++j;
    else take(x.by_id[i++], y.by_id[j++], 1.0);
  }
  // 2. Two synonymous two-word phrases ("cell phones" / "mobile phone"):
  // their other words match word for word, once the same words have.
  for (const Phrase& p : x.phrases)
    for (const Phrase& q : y.phrases) {
      if (!intersects(*p.groups, *q.groups)) continue;
      const std::uint32_t k = p.first_term, l = q.first_term;
      const auto free_or_paired = [&](std::uint32_t i, std::uint32_t j) {
        return used_x[i] ? used_y[j] && partner_x[i] == j : !used_y[j];
      };
      if (!free_or_paired(k, l) || !free_or_paired(k + 1, l + 1)) continue;
      for (std::uint32_t d : {0u, 1u})
        if (!used_x[k + d]) take(k + d, l + d, kSynonymCredit);
    }
  // 3. A two-word phrase for one word, either way round.
  const auto phrases = [&](const SentenceView& p, std::vector<char>& used_p, const SentenceView& q,
                           std::vector<char>& used_q, bool p_is_x) {
    for (const Phrase& ph : p.phrases) {
      const std::uint32_t k = ph.first_term;
      if (used_p[k] || used_p[k + 1]) continue;
      for (std::size_t j = 0; j < q.terms.size(); ++j) {
        if (used_q[j] || !intersects(*ph.groups, groups_of(q.terms[j].id))) continue;
        used_p[k] = used_p[k + 1] = used_q[j] = true;
        (p_is_x ? o.matched_a : o.matched_b) += 2;
        (p_is_x ? o.matched_b : o.matched_a) += 1;
        (p_is_x ? o.gained_a : o.gained_b) += kSynonymCredit * (weights_[p.terms[k].id] + weights_[p.terms[k + 1].id]);
        (p_is_x ? o.gained_b : o.gained_a) += kSynonymCredit * weights_[q.terms[j].id];
        if (links) {
          for (std::uint32_t w : {k, k + 1}) {
            const double gp = kSynonymCredit * weights_[p.terms[w].id], gq = kSynonymCredit * weights_[q.terms[j].id] / 2;
            links->push_back(p_is_x ? TermLink{w, static_cast<std::uint32_t>(j), gp, gq}
                                    : TermLink{static_cast<std::uint32_t>(j), w, gq, gp});
          }
        }
        if (matched) {
          for (std::uint32_t w : {k, k + 1})
            matched->pairs.push_back(p_is_x ? std::make_pair(p.terms[w].token_index(), q.terms[j].token_index())
                                            : std::make_pair(q.terms[j].token_index(), p.terms[w].token_index()));
        }
        break;
      }
    }
  };
  phrases(x, used_x, y, used_y, true);
  phrases(y, used_y, x, used_x, false);
  // 4. A synonym, then a related form (a demonym and its country): terms
  // whose lists (synonym groups, related pairs) share an id.
  const auto by_lists = [&](auto lists_of, double credit) {
    for (std::size_t i = 0; i < x.terms.size(); ++i) {
      const auto& of_x = lists_of(x.terms[i].id);
      if (used_x[i] || of_x.empty()) continue;
      for (std::size_t j = 0; j < y.terms.size(); ++j) {
        const auto& of_y = lists_of(y.terms[j].id);
        if (!used_y[j] && !of_y.empty() && intersects(of_x, of_y)) {
          take(i, j, credit);
          break;
        }
      }
    }
  };
  by_lists([&](std::uint32_t t) -> const std::vector<std::uint32_t>& { return term_groups_[t]; }, kSynonymCredit);
  by_lists([&](std::uint32_t t) -> const std::vector<std::uint32_t>& { return *term_related_[t]; }, kRelatedCredit);
  // Per side: a number with no match, a weekday with no match.
  bool number_a = false, number_b = false, day_a = false, day_b = false;
  for (std::size_t i = 0; i < x.terms.size(); ++i) {
    if (used_x[i]) continue;
    number_a |= term_is_number_[x.terms[i].id];
    day_a |= term_is_weekday_[x.terms[i].id];
  }
  for (std::size_t j = 0; j < y.terms.size(); ++j) {
    if (used_y[j]) continue;
    number_b |= term_is_number_[y.terms[j].id];
    day_b |= term_is_weekday_[y.terms[j].id];
  }
  o.numbers_differ = number_a || number_b;
  o.values_differ_both = (number_a && number_b) || (day_a && day_b);
  for (std::size_t i = 0; i < x.terms.size(); ++i) o.names_unmatched += !used_x[i] && x.terms[i].name;
  for (std::size_t j = 0; j < y.terms.size(); ++j) o.names_unmatched += !used_y[j] && y.terms[j].name;
  return o;
}

}  // namespace parallax
