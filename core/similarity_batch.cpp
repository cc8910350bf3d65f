#include "similarity_batch.h"

#include <algorithm>

#include "instrument_codes.h"
#include "pair_surface.h"
#include "sentence_similarity.h"
#include "tokenize.h"
#include "word_ngrams.h"
#include "vocabulary.h"

namespace parallax {

namespace {

// A text's words and numbers as the model compares them
// (SimilarityModel::word_key), the token each is, and as it spells them,
// joined by spaces.
struct PairText {
  std::vector<std::uint32_t> words;
  std::vector<std::uint32_t> tokens;  // ascending token indexes, one per word
  std::string spelled;
};

// Calls use(model, texts) with a model holding every text of `pairs`, pair k
// as sentences 2k and 2k + 1, and each text's words. The paraphrase score
// reads the texts without Reuters instrument codes (instrument_codes.h:
// "AZN.N" beside a name in one outlet's copy only); the fact score, which
// facts use on articles as they are, reads them as given.
template <typename Use>
void with_pair_model(const std::vector<std::pair<std::string, std::string>>& pairs, PairScore kind, Use use) {
  Vocabulary vocabulary;
  std::vector<Tokens> tokens;
  tokens.reserve(pairs.size() * 2);
  std::string cleaned;
  for (const auto& [a, b] : pairs)
    for (const std::string* text : {&a, &b}) {
      if (kind == PairScore::kParaphrase) text = &(cleaned = without_instrument_codes(*text));
      tokens.push_back(tokenize(*text));
      vocabulary.assign_ids(*text, tokens.back());
    }
  SimilarityModel model(vocabulary);
  for (const Tokens& t : tokens) model.add(t, 0, static_cast<std::uint32_t>(t.size()));
  model.finish();
  std::vector<PairText> texts(tokens.size());
  for (std::size_t k = 0; k < tokens.size(); ++k)
    for (const Token& t : tokens[k]) {
      if (!t.is_word_like()) continue;
      texts[k].words.push_back(model.word_key(t));
      texts[k].tokens.push_back(static_cast<std::uint32_t>(&t - tokens[k].data()));
      if (!texts[k].spelled.empty()) texts[k].spelled.push_back(' ');
      texts[k].spelled += model.word_spelling(t);
    }
  use(model, texts);
}

// The words of pair k with each pair of words that the content-term overlap
// matched (a synonym, a related form, a synonymous phrase: "shattered" /
// "ravaged", "cell phone" / "smartphone") given one key, the lower of the
// two (so the result does not depend on which side is which), so that word
// n-grams and the common subsequence read a synonym in its place as the same
// word, as monolingual aligners do (Sultan et al. 2014). The same word
// already has the same key.
std::pair<std::vector<std::uint32_t>, std::vector<std::uint32_t>> aligned_words(const SimilarityModel& model,
                                                                                std::uint32_t k, const PairText& a,
                                                                                const PairText& b) {
  std::pair<std::vector<std::uint32_t>, std::vector<std::uint32_t>> out{a.words, b.words};
  // The overlap matches greedily, so each way round may pair a word
  // differently: both ways' pairs are taken. All of them: fact_similarity()
  // keeps only a clause pair's words when that pair gives the fact score.
  MatchedTokens ab, ba;
  model.matched_words(2 * k, 2 * k + 1, ab);
  model.matched_words(2 * k + 1, 2 * k, ba);
  for (const auto& [token_b, token_a] : ba.pairs) ab.pairs.push_back({token_a, token_b});
  const auto word_at = [](const PairText& text, std::uint32_t token) -> std::ptrdiff_t {
    const auto found = std::lower_bound(text.tokens.begin(), text.tokens.end(), token);
    return found != text.tokens.end() && *found == token ? found - text.tokens.begin() : -1;
  };
  for (const auto& [token_a, token_b] : ab.pairs) {
    const std::ptrdiff_t i = word_at(a, token_a), j = word_at(b, token_b);
    if (i < 0 || j < 0) continue;
    std::uint32_t& x = out.first[static_cast<std::size_t>(i)];
    std::uint32_t& y = out.second[static_cast<std::size_t>(j)];
    x = y = std::min(x, y);
  }
  return out;
}

// Every feature of pair k: the model's content-term ones, the word n-gram
// ones and the surface ones.
PairFeatures pair_features(const SimilarityModel& model, const std::vector<PairText>& texts, std::uint32_t k) {
  PairFeatures f = model.features(2 * k, 2 * k + 1);
  const PairText& a = texts[2 * k];
  const PairText& b = texts[2 * k + 1];
  const auto [a_words, b_words] = aligned_words(model, k, a, b);
  const NgramOverlap o = word_ngram_overlap(a_words, b_words);
  for (std::size_t n = 0; n < kNgramSizes; ++n) {
    f[kNgramDice2 + 3 * n] = o.dice[n];
    f[kNgramMinPrecision2 + 3 * n] = o.min_precision[n];
    f[kNgramMaxPrecision2 + 3 * n] = o.max_precision[n];
  }
  const CharNgramOverlap c = char_ngram_overlap(a.spelled, b.spelled);
  for (std::size_t n = 0; n < kCharNgramSizes; ++n) {
    f[kCharDice3 + 3 * n] = c.dice[n];
    f[kCharMinPrecision3 + 3 * n] = c.min_precision[n];
    f[kCharMaxPrecision3 + 3 * n] = c.max_precision[n];
  }
  const double na = static_cast<double>(std::min(a.words.size(), kMaxSubsequenceWords));
  const double nb = static_cast<double>(std::min(b.words.size(), kMaxSubsequenceWords));
  const CommonSubsequence common = common_subsequence(a_words, b_words);
  const double length = static_cast<double>(common.length);
  f[kSubsequenceDice] = na + nb > 0 ? 2 * length / (na + nb) : 1;
  f[kSubsequenceShare] = na + nb > 0 ? length / std::max(na, nb) : 1;
  const double gap_a = na > 0 ? static_cast<double>(common.longest_gap_a) / na : 0;
  const double gap_b = nb > 0 ? static_cast<double>(common.longest_gap_b) / nb : 0;
  f[kGapShareMax] = std::max(gap_a, gap_b);
  f[kGapShareMin] = std::min(gap_a, gap_b);
  const auto share = [](std::size_t words, double of) { return of > 0 ? static_cast<double>(words) / of : 0; };
  f[kLeadShareMax] = std::max(share(common.lead_a, na), share(common.lead_b, nb));
  f[kTrailShareMax] = std::max(share(common.trail_a, na), share(common.trail_b, nb));
  f[kMeanWords] = (static_cast<double>(a.words.size()) + static_cast<double>(b.words.size())) / 2;
  return f;
}

}  // namespace

std::vector<double> score_sentence_pairs(const std::vector<std::pair<std::string, std::string>>& pairs,
                                         PairScore kind) {
  std::vector<double> scores;
  scores.reserve(pairs.size());
  with_pair_model(pairs, kind, [&](const SimilarityModel& model, const auto& texts) {
    for (std::uint32_t k = 0; k < pairs.size(); ++k)
      scores.push_back(kind == PairScore::kFact ? model.fact_similarity(2 * k, 2 * k + 1)
                                                : paraphrase_score(pair_features(model, texts, k)));
  });
  return scores;
}

std::vector<PairFeatures> sentence_pair_features(const std::vector<std::pair<std::string, std::string>>& pairs) {
  std::vector<PairFeatures> features;
  features.reserve(pairs.size());
  with_pair_model(pairs, PairScore::kParaphrase, [&](const SimilarityModel& model, const auto& texts) {
    for (std::uint32_t k = 0; k < pairs.size(); ++k) features.push_back(pair_features(model, texts, k));
  });
  return features;
}

}  // namespace parallax
