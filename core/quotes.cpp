#include "quotes.h"

#include <algorithm>
#include <array>

namespace parallax {

namespace {

// Word tokens an attribution may lie from the quote ("”, Kremlin spokesman Dmitry Peskov told reporters").
constexpr std::uint32_t kAttributionWords = 10;
// Bytes back from a quote within which "he said" may take the last named person.
constexpr std::uint32_t kPronounReach = 600;

constexpr std::array<std::string_view, 26> kAttributionVerbs = {
    "said",     "says",     "say",      "wrote",    "writes",   "write",     "told",
    "tells",    "added",    "adds",     "stated",   "tweeted",  "posted",    "explained",
    "declared", "insisted", "warned",   "announced", "responded", "replied", "noted",
    "asked",    "argued",   "claimed",  "according", "quoted"};
constexpr std::array<std::string_view, 4> kPronouns = {"he", "she", "they", "i"};

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t k = 0; k < a.size(); ++k) {
    char x = a[k], y = b[k];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

template <std::size_t N>
bool is_one_of(std::string_view word, const std::array<std::string_view, N>& list) {
  return std::any_of(list.begin(), list.end(), [&](std::string_view w) { return iequals(word, w); });
}

enum class Mark : std::uint8_t { kNone, kOpenCurly, kCloseCurly, kOpenGuillemet, kCloseGuillemet, kStraight };

Mark mark_of(std::string_view s) {
  if (s == "\xE2\x80\x9C") return Mark::kOpenCurly;
  if (s == "\xE2\x80\x9D") return Mark::kCloseCurly;
  if (s == "\xC2\xAB") return Mark::kOpenGuillemet;
  if (s == "\xC2\xBB") return Mark::kCloseGuillemet;
  if (s == "\"") return Mark::kStraight;
  return Mark::kNone;
}

bool is_opening(Mark m) { return m == Mark::kOpenCurly || m == Mark::kOpenGuillemet || m == Mark::kStraight; }

Mark closer_of(Mark m) {
  if (m == Mark::kOpenCurly) return Mark::kCloseCurly;
  if (m == Mark::kOpenGuillemet) return Mark::kCloseGuillemet;
  return m;
}

bool is_paragraph_break(const Token& t) { return t.newlines_before >= 2; }

class QuoteFinder {
 public:
  QuoteFinder(std::string_view text, const Tokens& tokens, const std::vector<NameMention>& names)
      : text_(text), tokens_(tokens), names_(names) {}

  std::vector<Quote> run() {
    std::vector<Quote> out;
    const auto n = static_cast<std::uint32_t>(tokens_.size());
    for (std::uint32_t open = 0; open < n; ++open) {
      const Mark m = mark_of(surface(open));
      if (!is_opening(m)) continue;
      const Mark closer = closer_of(m);
      std::uint32_t close = open + 1;
      while (close < n && !is_paragraph_break(tokens_[close]) && mark_of(surface(close)) != closer) ++close;
      if (close >= n || is_paragraph_break(tokens_[close])) continue;  // unclosed: not a quote
      if (close == open + 1) continue;
      Quote q;
      q.open_token = open;
      q.close_token = close;
      q.start = tokens_[open + 1].start;
      q.end = tokens_[close - 1].end;
      attribute(q);
      out.push_back(q);
      open = close;
    }
    return out;
  }

 private:
  std::string_view surface(std::uint32_t t) const { return text_.substr(tokens_[t].start, tokens_[t].end - tokens_[t].start); }

  // Token range [first, end) next to the quote where its attribution may be:
  // after it up to the sentence end or paragraph (through a quoted name such
  // as «Twitter»), or before it back to the previous quote, sentence end or
  // paragraph.
  void region_after(const Quote& q, std::uint32_t& first, std::uint32_t& end) const {
    const auto n = static_cast<std::uint32_t>(tokens_.size());
    first = q.close_token + 1;
    end = first;
    std::uint32_t words = 0;
    while (end < n && words < kAttributionWords && !is_paragraph_break(tokens_[end])) {
      const std::string_view s = surface(end);
      if (s == "." || s == "!" || s == "?") break;
      if (tokens_[end].is_word_like()) ++words;
      ++end;
    }
  }

  void region_before(const Quote& q, std::uint32_t& first, std::uint32_t& end) const {
    end = q.open_token;
    first = end;
    std::uint32_t words = 0;
    while (first > 0 && words < kAttributionWords && !is_paragraph_break(tokens_[first])) {
      const std::string_view s = surface(first - 1);
      if (s == "." || s == "!" || s == "?" || mark_of(s) != Mark::kNone) break;
      if (tokens_[first - 1].is_word_like()) ++words;
      --first;
    }
  }

  // Index of the first name mention starting at or after byte `at`.
  std::size_t name_at(std::uint32_t at) const {
    return static_cast<std::size_t>(
        std::lower_bound(names_.begin(), names_.end(), at,
                         [](const NameMention& m, std::uint32_t x) { return m.start < x; }) -
        names_.begin());
  }

  // "Navalny's associates": the name qualifies a noun, it is not the speaker.
  bool possessive(const NameMention& m) const {
    const std::string_view after = text_.substr(m.end, 4);
    return after.substr(0, 2) == "'s" || after.substr(0, 4) == "\xE2\x80\x99s";
  }

  bool speaker_candidate(const NameMention& m) const { return m.type == NameType::kPerson && !possessive(m); }

  // The person nearest to the verb at token `verb` within tokens [first, end).
  std::int32_t person_near(std::uint32_t verb, std::uint32_t first, std::uint32_t end) const {
    if (first >= end) return -1;
    std::int32_t best = -1;
    std::uint32_t best_distance = 0;
    const std::uint32_t lo = tokens_[first].start, hi = tokens_[end - 1].end;
    const std::uint32_t at = tokens_[verb].start;
    for (std::size_t k = name_at(lo); k < names_.size() && names_[k].end <= hi; ++k) {
      if (!speaker_candidate(names_[k])) continue;
      const std::uint32_t d = names_[k].start > at ? names_[k].start - at : at - names_[k].end;
      if (best < 0 || d < best_distance) {
        best = static_cast<std::int32_t>(k);
        best_distance = d;
      }
    }
    return best;
  }

  // The last person named before byte `at`, within kPronounReach bytes.
  std::int32_t last_person_before(std::uint32_t at) const {
    for (std::size_t k = name_at(at); k-- > 0;) {
      if (names_[k].end + kPronounReach < at) break;
      if (speaker_candidate(names_[k])) return static_cast<std::int32_t>(k);
    }
    return -1;
  }

  bool pronoun_next_to(std::uint32_t verb, std::uint32_t first, std::uint32_t end) const {
    for (std::uint32_t t = verb > first + 2 ? verb - 2 : first; t < end && t <= verb + 2; ++t)
      if (t != verb && tokens_[t].kind == TokenKind::kWord && is_one_of(surface(t), kPronouns)) return true;
    return false;
  }

  // Tries one region: true when it holds an attribution verb.
  bool attribute_in(Quote& q, std::uint32_t first, std::uint32_t end) const {
    for (std::uint32_t t = first; t < end; ++t) {
      if (tokens_[t].kind != TokenKind::kWord || !is_one_of(surface(t), kAttributionVerbs)) continue;
      if (iequals(surface(t), "according") && !(t + 1 < end && iequals(surface(t + 1), "to"))) continue;
      const std::int32_t named = person_near(t, first, end);
      if (named >= 0) {
        q.speaker = named;
        q.attribution = Attribution::kNamed;
      } else if (pronoun_next_to(t, first, end)) {
        q.speaker = last_person_before(tokens_[q.open_token].start);
        q.attribution = q.speaker >= 0 ? Attribution::kPronoun : Attribution::kNone;
      }
      return true;
    }
    return false;
  }

  void attribute(Quote& q) const {
    std::uint32_t first = 0, end = 0;
    region_after(q, first, end);
    if (attribute_in(q, first, end)) return;
    region_before(q, first, end);
    attribute_in(q, first, end);
  }

  std::string_view text_;
  const Tokens& tokens_;
  const std::vector<NameMention>& names_;
};

}  // namespace

const char* attribution_name(Attribution a) {
  switch (a) {
    case Attribution::kNamed: return "named";
    case Attribution::kPronoun: return "pronoun";
    default: return "none";
  }
}

std::vector<Quote> find_quotes(std::string_view text, const Tokens& tokens, const std::vector<NameMention>& names) {
  return QuoteFinder(text, tokens, names).run();
}

}  // namespace parallax
