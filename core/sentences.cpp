#include "sentences.h"

#include <algorithm>
#include <array>
#include <string>

#include "normalize.h"
#include "unicode.h"

namespace parallax {

namespace {

// Abbreviations after which a period never ends a sentence (titles, months
// before a day number, "No. 5"). Lower case, without the final period.
constexpr std::array<std::string_view, 46> kNonFinalAbbreviations = {
    "mr",   "mrs",  "ms",   "dr",    "prof", "sr",   "st",  "gen",  "col",  "lt",   "sgt", "capt",
    "cmdr", "adm",  "gov",  "sen",   "rep",  "rev",  "hon", "pres", "jan",  "feb",  "mar", "apr",
    "jun",  "jul",  "aug",  "sep",   "sept", "oct",  "nov", "dec",  "no",   "nos",  "vs",  "approx",
    "fig",  "vol",  "mt",   "ft",    "messrs", "mme", "mlle", "supt", "insp", "cpl"};

// Abbreviations that may also close a sentence ("at 8 p.m." then "The ...").
constexpr std::array<std::string_view, 14> kMaybeFinalAbbreviations = {
    "inc", "ltd", "co", "corp", "jr", "etc", "bros", "plc", "llc", "dept", "est", "ave", "blvd",
    "al"};

// Words that typically open a sentence; used only after an ambiguous abbreviation.
constexpr std::array<std::string_view, 40> kSentenceOpeners = {
    "the",   "a",     "an",   "he",   "she",  "it",   "they",  "we",    "i",    "you",
    "this",  "that",  "these", "those", "there", "his", "her",   "its",   "their", "our",
    "but",   "and",   "so",   "yet",  "however", "in", "on",   "at",    "after", "before",
    "when",  "while", "if",   "as",   "police", "officials", "authorities", "meanwhile", "since", "then"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool is_terminal(std::string_view surface) {
  if (surface.empty()) return false;
  const char c = surface[0];
  if (c == '.' || c == '!' || c == '?') return true;
  return surface == "\xE2\x80\xA6" /* … */ || surface == "\xE2\x80\xBC" /* ‼ */ ||
         surface == "\xE2\x81\x87" || surface == "\xE2\x81\x88" || surface == "\xE2\x81\x89";
}

bool is_closing(std::string_view norm) {
  return norm == "\"" || norm == "'" || norm == ")" || norm == "]" || norm == "}";
}

bool is_opening(std::string_view norm) {
  return norm == "\"" || norm == "'" || norm == "(" || norm == "[" || norm == "-";
}

class Segmenter {
 public:
  Segmenter(std::string_view text, const Tokens& tokens)
      : text_(text), tokens_(tokens), wrapped_(looks_hard_wrapped(text)) {
    mark_attributed_quotes();
  }

  std::vector<SentenceRange> run() {
    std::vector<SentenceRange> out;
    std::uint32_t first = 0;
    const auto n = static_cast<std::uint32_t>(tokens_.size());
    for (std::uint32_t i = 0; i < n; ++i) {
      if (i > first && breaks_before_by_line(i)) {
        out.push_back({first, i});
        first = i;
      }
      if (!is_terminal(surface(i)) && !is_dotted_abbreviation(i)) continue;
      // Absorb closing quotes and brackets glued to the terminal.
      std::uint32_t last = i;
      while (last + 1 < n && !tokens_[last + 1].space_before &&
             is_closing(normalized(surface(last + 1))))
        ++last;
      if (last + 1 >= n) break;
      if (!inside_attributed_quote_[i] && ends_sentence(i, last + 1)) {
        out.push_back({first, last + 1});
        first = last + 1;
      }
      i = last;
    }
    if (first < n) out.push_back({first, n});
    return out;
  }

 private:
  std::string_view surface(std::uint32_t i) const {
    return text_.substr(tokens_[i].start, tokens_[i].end - tokens_[i].start);
  }

  bool is_dotted_abbreviation(std::uint32_t i) const {
    const std::string_view s = surface(i);
    return tokens_[i].kind == TokenKind::kWord && s.size() >= 4 && s.back() == '.';
  }

  bool breaks_before_by_line(std::uint32_t i) const {
    const Token& t = tokens_[i];
    if (t.newlines_before >= 2) return true;
    if (t.newlines_before == 0) return false;
    return !wrapped_;
  }

  // Does a sentence whose terminal is token `terminal` end before token `next`?
  bool ends_sentence(std::uint32_t terminal, std::uint32_t next) const {
    const Token& nt = tokens_[next];
    if (nt.newlines_before > 0) return true;
    if (!nt.space_before) return false;  // "3.5", "e.g.," or ".com"
    if (!starts_like_sentence(next)) return false;
    const std::string_view term = surface(terminal);
    // A period right after a word that is an abbreviation or an initial.
    std::string abbreviation;
    if (is_dotted_abbreviation(terminal)) {
      abbreviation = normalized(term.substr(0, term.size() - 1));
    } else if (term == "." && terminal > 0 && !tokens_[terminal].space_before &&
               tokens_[terminal - 1].kind == TokenKind::kWord) {
      abbreviation = normalized(surface(terminal - 1));
      const DecodedCodePoint first = decode_utf8(surface(terminal - 1), 0);
      const bool single_letter = first.length == surface(terminal - 1).size();
      if (single_letter && is_upper(first.code_point)) return false;  // "J. Smith"
    }
    if (abbreviation.empty()) return true;
    if (contains(kNonFinalAbbreviations, abbreviation)) return false;
    const bool maybe_final = contains(kMaybeFinalAbbreviations, abbreviation) ||
                             is_dotted_abbreviation(terminal);
    if (!maybe_final) return true;
    return tokens_[next].kind == TokenKind::kWord &&
           contains(kSentenceOpeners, normalized(surface(next)));
  }

  bool starts_like_sentence(std::uint32_t i) const {
    const Token& t = tokens_[i];
    if (t.kind == TokenKind::kNumber || t.kind == TokenKind::kSymbol) return true;
    if (t.kind == TokenKind::kPunct) return is_opening(normalized(surface(i)));
    if (t.capitalized) return true;
    // Scripts without case (and words like "iPhone") start sentences too.
    const char32_t cp = decode_utf8(surface(i), 0).code_point;
    return fold_case(cp) == cp && cp >= 0x250 && !(cp >= 0x370 && cp <= 0x52F);
  }

  // A quotation in «» or “” that closes within its paragraph and is then
  // attributed («... So we will win», – wrote Volkov; “... for,” he said) is
  // one sentence with its attribution: the terminals inside it do not end a
  // sentence. Straight quotes are left alone (they do not say which way they face).
  void mark_attributed_quotes() {
    const auto n = static_cast<std::uint32_t>(tokens_.size());
    inside_attributed_quote_.assign(n, false);
    for (std::uint32_t open = 0; open < n; ++open) {
      const std::string_view o = surface(open);
      const bool guillemet = o == "\xC2\xAB", curly = o == "\xE2\x80\x9C";
      if (!guillemet && !curly) continue;
      const std::string_view closer = guillemet ? "\xC2\xBB" : "\xE2\x80\x9D";
      std::uint32_t close = open + 1;
      while (close < n && tokens_[close].newlines_before == 0 && surface(close) != closer) ++close;
      if (close >= n || tokens_[close].newlines_before > 0) continue;
      const std::string_view before = surface(close - 1);
      const std::string_view after = close + 1 < n ? surface(close + 1) : std::string_view();
      const bool attributed = before == "," || after == "," || normalized(after) == "-";
      if (attributed)
        for (std::uint32_t t = open + 1; t < close; ++t) inside_attributed_quote_[t] = true;
      open = close;
    }
  }

  std::string_view text_;
  const Tokens& tokens_;
  bool wrapped_;
  std::vector<bool> inside_attributed_quote_;
};

}  // namespace

bool looks_hard_wrapped(std::string_view text) {
  // Hard-wrapped text: many lines, most of them between 50 and 90 characters,
  // and most of them not ending a sentence.
  std::size_t lines = 0, typical = 0, open_ended = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (!line.empty()) {
      ++lines;
      if (line.size() >= 50 && line.size() <= 90) ++typical;
      const char last = line.back();
      if (last != '.' && last != '!' && last != '?' && last != '"' && last != ':') ++open_ended;
    }
    start = end + 1;
  }
  return lines >= 5 && typical * 10 >= lines * 6 && open_ended * 2 >= lines;
}

std::vector<SentenceRange> segment_sentences(std::string_view text, const Tokens& tokens) {
  return Segmenter(text, tokens).run();
}

}  // namespace parallax
