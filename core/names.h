// Name mentions: people, organisations and places found in an article by
// rules over its tokens, each with an exact byte span.
//
// The idea: one left-to-right pass collects runs of capitalised words (with
// name particles such as "de", "van", "bin" and "al-" between them, "St." and
// hyphens inside: "St. Petersburg", "OVD-Info"), then looks at each run and its
// neighbours:
// - Sentence starts and title-case headline lines: a capitalised word there
//   proves nothing, so it is kept only when it is not a common sentence-start
//   word ("The", "In", "But") and does not appear in lower case elsewhere in
//   the document ("Police said" is dropped when "police" occurs), or when the
//   gazetteer knows it, or when the document has it alone and capitalised
//   inside a sentence ("Chargers lineman ..." beside "the Chargers said").
// - Titles and roles: "President Vladimir Putin" is PERSON "Vladimir Putin"
//   with role "President" (not in the span); a lower-case role just before a
//   run ("spokeswoman Maria Zakharova", "critic Alexei Navalny") makes it a
//   PERSON. Leading demonyms are not part of the name ("Russian President
//   Vladimir Putin"), except in an organisation's ("American Medical
//   Association").
// - Possessives: "Navalny's" gives the span "Navalny".
// - Quoted nicknames between first name and surname are inside the span
//   (Vincent "The Chin" Gigante), except on headline lines.
// - "of" joins an organisation or place cue to what follows ("Ministry of
//   Defence"); "and" inside such a phrase joins two frequent words ("Academy
//   of Motion Picture Arts and Sciences"), never two names.
// - Acronyms: "Federal Security Service (FSB)" gives an ORGANIZATION and a
//   mention "FSB" whose alias_of points at it, when the letters are the
//   initials of the capitalised words, or, for a name with an organisation
//   cue, as many letters as words starting with the same letter (an acronym
//   from another language, as the FSB's is).
// - Types: the gazetteer (countries from ISO 3166-1 via Debian's iso-codes,
//   and data/gazetteer.txt: cities, regions, demonyms, organisations);
//   organisation cues (Ministry, Party, Council, Agency, University, Inc.,
//   Bank, Police, ...); place cues (Street, Square, River, Region, ...);
//   datelines ("MOSCOW (Reuters)"); a capitalised name alone in guillemets or
//   curly quotes («Twitter», “Telegram”) is an ORGANIZATION; a short all-caps
//   word is an acronym (ORGANIZATION); otherwise PERSON. Runs ending in
//   "Day" ("St. Valentine's Day"), awards and scandals ("Oscars",
// "Watergate"), months, weekdays and offences ("DUI") are not names.
// Words inside value mentions (values.h) are never part of a name.
//
// Contract: never throws (beyond std::bad_alloc); mentions are in text order,
// non-overlapping, and each span starts and ends on a word of `tokens` (which
// must be tokenize(text)), cut before a possessive "'s". Linear in the number
// of tokens (string work once per vocabulary id, in NameLexicon; per capitalised
// run only where the gazetteer may hold it); no regular expressions.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "sentences.h"
#include "token.h"
#include "values.h"

namespace parallax {

enum class NameType : std::uint8_t { kPerson, kOrganization, kLocation };

// "PERSON", "ORGANIZATION", "LOCATION".
const char* name_type_name(NameType type);

struct NameMention {
  NameType type = NameType::kPerson;
  std::uint32_t start = 0;  // byte span [start, end) into the text
  std::uint32_t end = 0;
  std::string role;            // title or role before a person, as written ("President")
  std::int32_t alias_of = -1;  // an acronym: index of the mention it abbreviates
  bool cued = false;           // the type comes from a cue, not a default
};

class Vocabulary;

// What the name finder needs to know about each word, worked out once per
// vocabulary id and shared by all documents of an analysis, so that the
// finder does no string work per token: the word's folded form (fold_name;
// an id into the lexicon's own table, also with a possessive "'s" cut off),
// whether it is a sentence-start word, a title, a role word, an organisation
// or place cue, a particle, a month, in the gazetteer, a frequent English word
// (lazily), and in which documents it was written in lower case. Grows as it
// is asked about ids; not thread-safe.
class NameLexicon {
 public:
  explicit NameLexicon(const Vocabulary& vocabulary);
  ~NameLexicon();
  NameLexicon(const NameLexicon&) = delete;
  NameLexicon& operator=(const NameLexicon&) = delete;
  // Notes how one article of the analysis writes its words (in lower case;
  // capitalised alone inside a sentence), so that a capitalised word at a
  // sentence start or in a headline of any article is judged by all of them.
  // Call it for every article before find_names; without it, each article is
  // judged alone.
  void note_uses(std::string_view text, const Tokens& tokens);
  struct Impl;
  Impl& impl() { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

// `tokens` carry ids of the lexicon's vocabulary.
std::vector<NameMention> find_names(std::string_view text, const Tokens& tokens,
                                    const std::vector<SentenceRange>& sentences,
                                    const std::vector<ValueMention>& values, NameLexicon& lexicon);

// One text alone (tokens need no ids): its own vocabulary and lexicon.
std::vector<NameMention> find_names(std::string_view text, const Tokens& tokens,
                                    const std::vector<SentenceRange>& sentences,
                                    const std::vector<ValueMention>& values);

// Lower case, Latin diacritics removed, whitespace runs folded to one space:
// "MOSCOW" and "Moscow" -> "moscow", "Zürich" -> "zurich".
std::string fold_name(std::string_view surface);

// fold_name plus a transliteration key per word, so that spellings of one
// Russian or Slavic name meet: ks -> x, j -> y, y -> i, ii -> i, ie -> e, and
// a final ia -> a. Alexei/Aleksei/Alexey -> "alexei"; Yulia/Julia -> "iula";
// Navalnaya/Navalnaia -> "navalnaa" (and Navalny -> "navalni": different).
std::string name_key(std::string_view surface);

// True for a fold_name'd word that ends place names: "street", "square", "river", ...
bool is_place_cue(std::string_view folded_word);

enum class GazetteerKind : std::uint8_t { kNone, kLocation, kDemonym, kOrganization };

// The gazetteer's kind of a fold_name'd phrase ("st. petersburg" -> location).
GazetteerKind gazetteer_kind(std::string_view folded);

}  // namespace parallax
