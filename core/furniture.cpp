#include "furniture.h"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "match_key.h"
#include "normalize.h"
#include "unicode.h"
#include "tokenize.h"

namespace parallax {

namespace {

struct Line {
  std::uint32_t start, end;  // trimmed, without the line end
  std::string key;           // normalized words, for comparisons (a long prose line: its first words)
  std::uint32_t words = 0;
  bool ends_sentence = false;
  // Prose broken by a hard wrap: the line runs on into the next one, so it is
  // not a link-list entry however short it is.
  bool wrapped_prose = false;
};

// Whole-line phrases (normalized) that are furniture wherever they stand.
constexpr std::array<std::string_view, 34> kPhrases = {
    "advertisement", "accessibility links", "skip to content", "skip to main content",
    "breaking news", "please wait", "no media source currently available", "share this article",
    "share this articlecomments", "share this articleclose button", "share", "comments",
    "close button", "world news", "sign up", "subscribe", "log in", "sign in", "newsletter",
    "follow us", "cookie settings", "all rights reserved", "watch", "listen", "print",
    "did you find this article insightful", "menu", "search", "home", "video", "image",
    "advertisement - scroll to continue", "most read", "loading"};

// Headings after which the rest of the page is links to other stories.
constexpr std::array<std::string_view, 14> kRelatedHeadings = {
    "next in", "more in", "you might also like", "stories you'll enjoy", "related stories",
    "related articles", "related", "read more", "more stories", "recommended", "most popular",
    "more from", "also read", "you may also like"};

// Line beginnings that mark a line as furniture, in key form (tokens
// normalized and separated by single spaces).
constexpr std::array<std::string_view, 9> kPrefixes = {
    "to find out more", "click here", "read more :", "file photo", "photo :", "image :",
    "copyright", "( c )", "sign up for"};

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

bool starts_lowercase(std::string_view s) {
  if (s.empty()) return false;
  const auto b = static_cast<unsigned char>(s[0]);
  if (b < 0x80) return b >= 'a' && b <= 'z';
  const char32_t cp = decode_utf8(s, 0).code_point;
  return classify(cp) == CharClass::kLetter && !is_upper(cp);
}

// Hard-wrapped prose: a line that starts in mid-sentence (lower case), breaks
// off after a comma, hyphen or function word ("the", "and"), or whose next
// line carries on in lower case. Link-list entries are whole titles: none of these.
void mark_wrapped_prose(std::string_view text, std::vector<Line>& lines) {
  for (std::size_t k = 0; k < lines.size(); ++k) {
    Line& l = lines[k];
    if (l.ends_sentence) continue;
    const std::string_view s = text.substr(l.start, l.end - l.start);
    const char last = s.back();
    const std::size_t space = l.key.rfind(' ');
    const std::string_view last_word = std::string_view(l.key).substr(space == std::string::npos ? 0 : space + 1);
    l.wrapped_prose = starts_lowercase(s) || last == ',' || last == ';' || last == '-' ||
                      is_function_word(last_word) ||
                      (k + 1 < lines.size() && starts_lowercase(text.substr(lines[k + 1].start)));
  }
}

// Lines as runs of tokens between line breaks: one pass of the tokenizer over
// the whole text, which also trims each line and skips lines of spaces.
// `vocabulary` (may be null): the tokens carry its ids, and its forms are the
// normalized words; without it each word is normalized here.
std::vector<Line> split_lines(std::string_view text, const Tokens& tokens, const Vocabulary* vocabulary) {
  std::vector<Line> lines;
  for (std::size_t i = 0; i < tokens.size();) {
    std::size_t j = i + 1;
    while (j < tokens.size() && tokens[j].newlines_before == 0) ++j;
    Line line{tokens[i].start, tokens[j - 1].end, {}, 0, false};
    for (std::size_t k = i; k < j; ++k) line.words += tokens[k].is_word_like();
    const std::string_view s = text.substr(line.start, line.end - line.start);
    const char last = s.back();
    line.ends_sentence = last == '.' || last == '!' || last == '?' || last == '"' ||
                         s.substr(s.size() - std::min<std::size_t>(3, s.size())) == "\xE2\x80\x9D";
    // A prose line is judged by its first words only (a furniture prefix
    // such as "Click here"); short lines and unfinished ones by all of them.
    constexpr std::size_t kProseKeyTokens = 6;
    const bool prose = line.ends_sentence && line.words > 12;
    const std::size_t key_end = prose ? std::min(j, i + kProseKeyTokens) : j;
    for (std::size_t k = i; k < key_end; ++k) {
      if (!line.key.empty()) line.key += ' ';
      if (vocabulary) line.key += vocabulary->form(tokens[k].id);
      else normalize_token(text.substr(tokens[k].start, tokens[k].end - tokens[k].start), line.key);
    }
    lines.push_back(std::move(line));
    i = j;
  }
  mark_wrapped_prose(text, lines);
  return lines;
}

// "0:00 0:01:46 0:00": only time codes.
bool is_player_text(std::string_view s) {
  bool digit = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') digit = true;
    else if (c != ':' && c != ' ' && c != '/' && c != '-') return false;
  }
  return digit;
}

// "Article type: metered": a short key, a colon, a short value, no sentence.
bool is_metadata(const Line& line, std::string_view s) {
  // The cheap tests first, and the colon looked for in the first 25 bytes
  // only: the page's every line comes here, prose paragraphs too.
  constexpr std::size_t kMaxKeyBytes = 24;
  if (line.words > 6 || line.ends_sentence) return false;
  const std::size_t colon = s.substr(0, kMaxKeyBytes + 1).find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  return s.find(' ', colon + 2) == std::string_view::npos || line.words <= 4;
}

// Whether a line's key holds an agency credit or photo marker ("REUTERS/Jane
// Doe" is "reuters / jane doe"). One pass over the key, the credits compared
// only where one could start: a find per credit scanned every line ten times,
// and in WASM each scan was a library call per candidate first letter.
bool holds_credit(std::string_view key) {
  using namespace std::string_view_literals;
  constexpr std::array kCredits = {"reuters/"sv, "reuters /"sv, "/ reuters"sv, "getty images"sv, "ap photo"sv,
                                   "photo by"sv, "copyright credit"sv, "credit : "sv, "photo_camera"sv,
                                   "afp via getty"sv};
  for (std::size_t i = 0; i < key.size(); ++i) {
    const char c = key[i];
    if (c != 'r' && c != '/' && c != 'g' && c != 'a' && c != 'p' && c != 'c') continue;  // the credits' first letters
    const std::string_view rest = key.substr(i);
    for (const std::string_view credit : kCredits)
      if (credit[0] == c && rest.size() >= credit.size() && rest[1] == credit[1] && starts_with(rest, credit))
        return true;
  }
  return false;
}

bool is_caption(std::string_view key, std::string_view raw, const Line& line) {
  // A short line holding a file-name-like word ("Outlet_Person Name") is an
  // image's caption or credit.
  // (The word count first: every line, prose paragraphs too, comes here.)
  if (line.words <= 6 && !line.ends_sentence) {
    const std::size_t underscore = raw.find('_');
    if (underscore != std::string_view::npos && underscore > 0 && underscore + 1 < raw.size() &&
        raw[underscore - 1] != ' ' && raw[underscore + 1] != ' ')
      return true;
  }
  // Agency credits and photo markers, in key form ("REUTERS/Jane Doe" is
  // "reuters / jane doe").
  return starts_with(key, "file photo") || holds_credit(key);
}

}  // namespace

namespace {

std::vector<std::vector<FurnitureLine>> judge_lines(const std::vector<std::string_view>& texts,
                                                    const std::vector<std::vector<Line>>& docs);

}  // namespace

std::vector<std::vector<FurnitureLine>> find_furniture(const std::vector<std::string_view>& texts) {
  std::vector<std::vector<Line>> docs;
  docs.reserve(texts.size());
  for (std::string_view text : texts) docs.push_back(split_lines(text, tokenize(text), nullptr));
  return judge_lines(texts, docs);
}

std::vector<std::vector<FurnitureLine>> find_furniture(const std::vector<std::string_view>& texts,
                                                       const std::vector<const Tokens*>& tokens,
                                                       const Vocabulary& vocabulary) {
  std::vector<std::vector<Line>> docs;
  docs.reserve(texts.size());
  for (std::size_t d = 0; d < texts.size(); ++d) docs.push_back(split_lines(texts[d], *tokens[d], &vocabulary));
  return judge_lines(texts, docs);
}

namespace {

[[gnu::noinline]] std::vector<std::vector<FurnitureLine>> judge_lines(const std::vector<std::string_view>& texts,
                                                    const std::vector<std::vector<Line>>& docs) {

  // Short lines standing alone in more than one document.
  std::unordered_map<std::string, std::uint32_t> short_lines;
  for (const auto& lines : docs) {
    std::vector<std::string> seen;
    for (const Line& l : lines)
      if (l.words <= 8 && !l.ends_sentence) seen.push_back(l.key);
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    for (const std::string& k : seen) ++short_lines[k];
  }

  std::vector<std::vector<FurnitureLine>> out(texts.size());
  for (std::size_t d = 0; d < docs.size(); ++d) {
    const std::vector<Line>& lines = docs[d];
    std::vector<std::string> reason(lines.size());
    bool related_tail = false;
    for (std::size_t k = 0; k < lines.size(); ++k) {
      const Line& l = lines[k];
      const std::string_view s = texts[d].substr(l.start, l.end - l.start);
      const std::string& key = l.key;
      // The tail of links ends where article prose starts again: two long
      // paragraphs in a row (a teaser under a link is one paragraph at most).
      constexpr std::uint32_t kProseParagraphWords = 25;
      const auto prose = [&](std::size_t i) {
        return i < lines.size() && lines[i].ends_sentence && lines[i].words >= kProseParagraphWords;
      };
      if (related_tail && prose(k) && prose(k + 1)) related_tail = false;
      if (related_tail) {
        reason[k] = "related-links";
        continue;
      }
      const bool heading_like = !l.ends_sentence && l.words <= 5;
      if (heading_like && std::any_of(kRelatedHeadings.begin(), kRelatedHeadings.end(), [&](std::string_view h) {
            return key == h || (starts_with(key, h) && key.size() > h.size() && key[h.size()] == ' ');
          })) {
        reason[k] = "related-links";
        related_tail = true;
      } else if (std::find(kPhrases.begin(), kPhrases.end(), key) != kPhrases.end() ||
                 (key.size() > 1 && key.back() == '?' &&
                  std::find(kPhrases.begin(), kPhrases.end(), std::string_view(key).substr(0, key.size() - 2)) !=
                      kPhrases.end())) {
        reason[k] = "phrase";
      } else if (std::any_of(kPrefixes.begin(), kPrefixes.end(), [&](std::string_view p) { return starts_with(key, p); }) &&
                 !starts_with(key, "file photo")) {
        reason[k] = "phrase";
      } else if (is_caption(key, s, l)) {
        reason[k] = "caption";
      } else if (is_player_text(s)) {
        reason[k] = "player";
      } else if (is_metadata(l, s)) {
        reason[k] = "metadata";
      } else if (l.words <= 8 && !l.ends_sentence && short_lines[key] >= 2) {
        reason[k] = "repeated";
      }
    }
    // A caption is often printed twice, once without its credit: the line
    // that the next caption line starts with is the same caption.
    for (std::size_t k = lines.size(); k-- > 1;)
      if (reason[k] == "caption" && reason[k - 1].empty() && !lines[k - 1].key.empty() &&
          starts_with(lines[k].key, lines[k - 1].key))
        reason[k - 1] = "caption";
    // Runs of three or more short unpunctuated lines are link lists, except
    // the block that opens the document (headline, standfirst, section name).
    for (std::size_t k = 0; k < lines.size();) {
      std::size_t end = k;
      while (end < lines.size() && lines[end].words <= 12 && !lines[end].ends_sentence && !lines[end].wrapped_prose)
        ++end;
      if (end - k >= 3 && k > 0)
        for (std::size_t j = k; j < end; ++j)
          if (reason[j].empty()) reason[j] = "link-list";
      k = std::max(end, k + 1);
    }
    // The headline: the first line not flagged by its own wording is never furniture.
    for (std::size_t k = 0; k < lines.size(); ++k) {
      if (reason[k] == "phrase" || reason[k] == "metadata" || reason[k] == "player") continue;
      reason[k].clear();
      break;
    }
    for (std::size_t k = 0; k < lines.size(); ++k)
      if (!reason[k].empty()) out[d].push_back({lines[k].start, lines[k].end, reason[k]});
  }
  return out;
}

}  // namespace

}  // namespace parallax
