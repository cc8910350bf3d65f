#include "match_key.h"

#include <algorithm>
#include <array>

namespace parallax {

namespace {

// Compared from the last letter: nearly every call is answered by the first
// comparison, where a library compare of the tails costs a call each time.
bool ends_with(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (std::size_t k = 1; k <= suffix.size(); ++k)
    if (s[s.size() - k] != suffix[suffix.size() - k]) return false;
  return true;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool all_ascii_letters(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Sorted, so lookups are a binary search.
constexpr std::array<std::string_view, 128> kFunctionWords = {
    "a",       "about",  "above",   "after",   "again",   "against", "all",     "also",
    "am",      "an",     "and",     "any",     "are",     "as",      "at",      "be",
    "because", "been",   "before",  "being",   "below",   "between", "both",    "but",
    "by",      "can",    "could",   "did",     "do",      "does",    "doing",   "down",
    "during",  "each",   "even",    "ever",    "few",     "for",     "from",    "further",
    "had",     "has",    "have",    "having",  "he",      "her",     "here",    "hers",
    "herself", "him",    "himself", "his",     "how",     "i",       "if",      "in",
    "into",    "is",     "it",      "it's",    "its",     "itself",  "just",    "may",
    "me",      "might",  "more",    "most",    "must",    "my",      "no",      "nor",
    "not",     "now",    "of",      "off",     "on",      "once",    "only",    "or",
    "other",   "our",    "ours",    "out",     "over",    "own",     "same",    "she",
    "should",  "so",     "some",    "such",    "than",    "that",    "the",     "their",
    "them",    "then",   "there",   "these",   "they",    "this",    "those",   "through",
    "to",      "too",    "under",   "until",   "up",      "upon",    "us",      "very",
    "was",     "we",     "were",    "what",    "when",    "where",   "which",   "while",
    "who",     "whom",   "why",     "will",    "with",    "would",   "you",     "your"};

// British -> American spellings that suffix rules would get wrong.
struct Pair {
  std::string_view from, to;
};
constexpr std::array<Pair, 12> kWholeWords = {{{"defence", "defense"},
                                               {"offence", "offense"},
                                               {"licence", "license"},
                                               {"pretence", "pretense"},
                                               {"grey", "gray"},
                                               {"tyre", "tire"},
                                               {"kerb", "curb"},
                                               {"programme", "program"},
                                               {"cheque", "check"},
                                               {"plough", "plow"},
                                               {"aluminium", "aluminum"},
                                               {"mould", "mold"}}};

// Words ending in "our" whose "our" is not the British suffix.
constexpr std::array<std::string_view, 10> kOurWords = {
    "our", "four", "hour", "pour", "sour", "tour", "your", "flour", "devour", "contour"};

// Suffix lists as string_view arrays: a braced list of string literals
// would measure each literal (strlen) on every call, once per new word form.
using namespace std::string_view_literals;
constexpr std::array kOurTails = {"our"sv, "ours"sv, "oured"sv, "ouring"sv, "ourite"sv, "ourites"sv};
constexpr std::array kIseTails = {"ise"sv, "ised"sv, "ises"sv, "ising"sv, "isation"sv, "isations"sv};
constexpr std::array kYseTails = {"yse"sv, "ysed"sv, "yses"sv, "ysing"sv};
constexpr std::array kTreTails = {"tre"sv, "tres"sv, "tred"sv};
constexpr std::array kLlTails = {"lled"sv, "lling"sv, "ller"sv, "llers"sv};

std::string fold_spelling(std::string w) {
  for (const Pair& p : kWholeWords)
    if (w == p.from) return std::string(p.to);
  // -our -> -or (colour, neighbours, honoured, labouring), but not four/hour/tour.
  for (std::string_view tail : kOurTails) {
    if (!ends_with(w, tail) || w.size() < tail.size() + 3) continue;
    const std::string stem = w.substr(0, w.size() - tail.size());
    if (std::find(kOurWords.begin(), kOurWords.end(), stem + "our") != kOurWords.end()) break;
    w = stem + "or" + std::string(tail.substr(3));
    break;
  }
  // -ise/-isation -> -ize/-ization (organise, organised, organising, organisation).
  for (std::string_view tail : kIseTails) {
    if (ends_with(w, tail) && w.size() >= tail.size() + 3) {
      // Short and common -ise words that are not the suffix: rise, wise, raise, noise, ...
      const std::string_view stem = std::string_view(w).substr(0, w.size() - tail.size());
      const char before = stem.back();
      if (is_vowel(before) || stem == "w" || stem == "pr" || stem == "r" || stem == "prem" ||
          stem == "exerc" || stem == "advert" || stem == "superv" || stem == "telev" ||
          stem == "comprom" || stem == "surpr" || stem == "desp" || stem == "enterpr" ||
          stem == "franch" || stem == "merchand" || stem == "expert" || stem == "rev" ||
          stem == "improv" || stem == "dev" || stem == "adv" || stem == "circumc" || stem == "conc")
        break;
      w = std::string(stem) + "iz" + std::string(tail.substr(2));
      break;
    }
  }
  // -yse -> -yze (analyse, paralysed).
  for (std::string_view tail : kYseTails) {
    if (ends_with(w, tail) && w.size() > tail.size() + 2) {
      w = w.substr(0, w.size() - tail.size()) + "yz" + std::string(tail.substr(2));
      break;
    }
  }
  // -tre -> -ter (centre, theatres, metre), not "-atre" words only: all -tre.
  for (std::string_view tail : kTreTails) {
    if (ends_with(w, tail) && w.size() > tail.size() + 2) {
      w = w.substr(0, w.size() - tail.size()) + "ter" + std::string(tail.substr(3));
      break;
    }
  }
  // Doubled l before -ed/-ing/-er (travelled, cancelling, traveller).
  for (std::string_view tail : kLlTails) {
    if (ends_with(w, tail) && w.size() > tail.size() + 3) {
      const char before = w[w.size() - tail.size() - 1];
      const char before2 = w[w.size() - tail.size() - 2];
      if (is_vowel(before) && !is_vowel(before2))  // trave-lled, cance-lling; not "fulfilled"? fine
        w.erase(w.size() - tail.size(), 1);
      break;
    }
  }
  return w;
}

// Words ending in s that are not plurals.
constexpr std::array<std::string_view, 16> kNotPlural = {
    "always", "bias", "bus", "chaos", "gas", "lens", "means", "news", "perhaps", "series",
    "species", "thus", "whereas", "atlas", "canvas", "christmas"};

// Strips regular inflection, then a final silent e, so "rescue", "rescued",
// "rescues" and "rescuing" share "rescu". Conservative: different words stay apart.
std::string strip_inflection(std::string w) {
  if (w.size() <= 3) return w;
  if (std::find(kNotPlural.begin(), kNotPlural.end(), w) != kNotPlural.end()) return w;
  const auto undouble = [](std::string& stem) {  // stopped -> stop, running -> run
    const std::size_t n = stem.size();
    if (n > 2 && stem[n - 1] == stem[n - 2] && !is_vowel(stem[n - 1]) && stem[n - 1] != 'l' &&
        stem[n - 1] != 's')
      stem.pop_back();
  };
  if (ends_with(w, "ies") && w.size() > 4) {
    w = w.substr(0, w.size() - 3) + "y";
  } else if (ends_with(w, "sses")) {
    w.resize(w.size() - 2);
  } else if (ends_with(w, "ing") && w.size() > 5) {
    w.resize(w.size() - 3);
    undouble(w);
  } else if (ends_with(w, "ied") && w.size() > 4) {
    w = w.substr(0, w.size() - 3) + "y";
  } else if (ends_with(w, "ed") && w.size() > 4) {
    w.resize(w.size() - 2);
    undouble(w);
  } else if (ends_with(w, "ches") || ends_with(w, "shes") || ends_with(w, "xes")) {
    w.resize(w.size() - 2);
  } else if (w.back() == 's' && !ends_with(w, "ss") && !ends_with(w, "us") && !ends_with(w, "is")) {
    w.pop_back();
  }
  if (w.size() > 3 && w.back() == 'e') w.pop_back();
  return w;
}

}  // namespace

bool is_function_word(std::string_view form) {
  return std::binary_search(kFunctionWords.begin(), kFunctionWords.end(), form);
}

std::string match_key(std::string_view form) {
  if (!form.empty() && form[0] >= '0' && form[0] <= '9') {
    std::string digits;  // 11,000 and 11.000 meet; 3.5 keeps its point if one group
    for (char c : form)
      if (c != ',') digits += c;
    return digits;
  }
  std::string w(form);
  if (w.size() > 2 && ends_with(w, "'s")) w.resize(w.size() - 2);  // possessive
  if (!all_ascii_letters(w)) return w;  // other scripts: normalization only
  return strip_inflection(fold_spelling(std::move(w)));
}

void MatchKeys::ensure(std::uint32_t id) {
  if (id >= key_of_.size()) {  // grow geometrically: the vocabulary grows as documents come
    const std::size_t size = std::max<std::size_t>(vocabulary_.size(), key_of_.size() * 2);
    key_of_.resize(size, 0);
    function_word_.resize(size, 0);
  }
  if (key_of_[id] != 0) return;
  const std::string& form = vocabulary_.form(id);
  key_of_[id] = keys_.intern(match_key(form)) + 1;
  function_word_[id] = parallax::is_function_word(form);
}


}  // namespace parallax
