#include "names.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "synonyms.h"
#include "word_frequency.h"
#include "unicode.h"
#include "vocabulary.h"

namespace parallax {

namespace {

// ISO 3166-1 countries and data/gazetteer.txt, built by scripts/build_gazetteer.mjs.
constexpr const char* kGazetteerData =
#include "gazetteer_data.inc"
    ;

constexpr char kLatin1Fold[] = "aaaaaaaceeeeiiiidnooooo*ouuuuytsaaaaaaaceeeeiiiidnooooo*ouuuuyty";
constexpr char kLatinAFold[] =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssss"
    "ssss"
    "ttttttuuuuuuuuuuuuwwyyyzzzzzzs";
static_assert(sizeof(kLatin1Fold) == 65 && sizeof(kLatinAFold) == 129);

// Words that open sentences and are not names.
constexpr std::string_view kStartWords[] = {
    "the",        "a",       "an",       "in",     "on",        "at",        "but",
    "and",        "or",      "if",       "when",   "while",     "after",     "before",
    "as",         "for",     "from",     "to",     "with",      "by",        "of",
    "this",       "that",    "these",    "those",  "there",     "here",      "it",
    "its",        "he",      "she",      "they",   "we",        "you",       "i",
    "his",        "her",     "their",    "our",    "my",        "your",      "some",
    "many",       "most",    "more",     "all",    "no",        "not",       "one",
    "two",        "three",   "several",  "other",  "meanwhile", "however",   "also",
    "then",       "so",      "yet",      "still",  "even",      "only",      "since",
    "until",      "during",  "under",    "over",   "about",     "according", "last",
    "next",       "earlier", "later",    "now",    "today",     "yesterday", "tomorrow",
    "what",       "who",     "why",      "how",    "where",     "which",     "do",
    "does",       "did",     "is",       "are",    "was",       "were",      "be",
    "been",       "has",     "have",     "had",    "will",      "would",     "can",
    "could",      "should",  "may",      "might",  "must",      "let",       "please",
    "read",       "watch",   "see",      "photo",  "video",     "update",    "breaking",
    "exclusive",  "opinion", "analysis", "editor", "editing",   "reporting", "writing",
    "additional", "mr",      "mrs",      "ms",       "although", "despite", "both",
    "though",     "because", "unless",   "whether",  "once",     "each",    "every",
    "such",       "like",    "instead",  "either",   "neither",  "nor",     "into"};

// Capitalised words that are never names on their own.
constexpr std::string_view kNotNames[] = {
    "january",   "february", "march",     "april",    "may",    "june",     "july",   "august",
    "september", "october",  "november",  "december", "jan",    "feb",      "mar",    "apr",
    "jun",       "jul",      "aug",       "sep",      "sept",   "oct",      "nov",    "dec",
    "monday",    "tuesday",  "wednesday", "thursday", "friday", "saturday", "sunday", "i",
    "gmt",       "utc",      "am",        "pm",       "a.m.",   "p.m.",     "ok",     "tv",
    "christmas", "easter",   "thanksgiving", "halloween", "hanukkah", "ramadan", "passover",
    "kwanzaa",   "covid",    "dui",       "dwi",      "i'm",    "i've",     "i'll",   "i'd"};

// Titles before a person's name (capitalised in the run).
constexpr std::string_view kTitles[] = {"president",   "prime",
                                        "minister",    "chancellor",
                                        "mr",          "mrs",
                                        "ms",          "dr",
                                        "sir",         "dame",
                                        "general",     "gen",
                                        "col",         "colonel",
                                        "senator",     "sen",
                                        "rep",         "representative",
                                        "governor",    "gov",
                                        "mayor",       "judge",
                                        "justice",     "pope",
                                        "king",        "queen",
                                        "prince",      "princess",
                                        "foreign",     "deputy",
                                        "vice",        "chief",
                                        "secretary",   "spokesman",
                                        "spokeswoman", "spokesperson",
                                        "opposition",  "leader",
                                        "ambassador",  "patriarch",
                                        "archbishop",  "bishop",
                                        "father",      "professor",
                                        "prof",        "captain",
                                        "lieutenant",  "sergeant",
                                        "officer",     "director",
                                        "chairman",    "chairwoman",
                                        "ceo",         "commissioner",
                                        "speaker",     "premier",
                                        "sheikh",      "emir",
                                        "crown",       "defence",
                                        "defense",     "interior",
                                        "finance",     "justice",
                                        "health",      "economy",
                                        "high",        "representative",
                                        "lawyer",      "activist",
                                        "critic",      "blogger",
                                        "journalist",  "correspondent",
                                        "anchor",      "coach",
                                        "rabbi",       "imam",
                                        "cardinal",    "lord",
                                        "lady",        "baron",
                                        "mrs.",        "mr.",
                                        "dr.",         "state",
                                        "actress",     "actor",
                                        "attorney",    "sheriff",
                                        "capt",        "lt",
                                        "sgt",         "det",
                                        "insp",        "supt",
                                        "cmdr",        "adm",
                                        "rev",         "atty",
                                        "miss",        "star",
                                        "singer",      "rapper",
                                        "nominee",     "detective",
                                        "inspector",   "superintendent",
                                        "quarterback", "manager",
                                        "surgeon"};

// Titles written abbreviated with a period that belongs to the run
// ("Alaska Gov. Sarah Palin", "Capt. John Smith").
constexpr std::string_view kAbbreviatedTitles[] = {
    "gov", "gen", "capt", "sen", "rep", "dr", "mr", "mrs", "ms", "lt", "sgt", "col", "prof",
    "supt", "det", "insp", "rev", "atty", "cmdr", "adm", "maj", "cpl", "pvt", "lt.", "gov."};

// Lower-case words before a person's name.
constexpr std::string_view kRoleWords[] = {"president",
                                           "minister",
                                           "chancellor",
                                           "spokesman",
                                           "spokeswoman",
                                           "spokesperson",
                                           "critic",
                                           "leader",
                                           "chief",
                                           "ally",
                                           "allies",
                                           "wife",
                                           "husband",
                                           "son",
                                           "daughter",
                                           "mother",
                                           "father",
                                           "brother",
                                           "sister",
                                           "lawyer",
                                           "activist",
                                           "journalist",
                                           "politician",
                                           "blogger",
                                           "member",
                                           "founder",
                                           "head",
                                           "director",
                                           "aide",
                                           "associate",
                                           "associates",
                                           "colleague",
                                           "adviser",
                                           "advisor",
                                           "envoy",
                                           "ambassador",
                                           "senator",
                                           "governor",
                                           "mayor",
                                           "judge",
                                           "candidate",
                                           "dissident",
                                           "correspondent",
                                           "reporter",
                                           "editor",
                                           "analyst",
                                           "professor",
                                           "secretary",
                                           "commissioner",
                                           "deputy",
                                           "officer",
                                           "chairman",
                                           "chairwoman",
                                           "staff",
                                           "supporter",
                                           "opponent",
                                           "rival",
                                           "prosecutor",
                                           "investigator",
                                           "researcher",
                                           "economist",
                                           "singer",
                                           "actor",
                                           "actress",
                                           "writer",
                                           "artist",
                                           "coach",
                                           "player",
                                           "pilot",
                                           "doctor",
                                           "dr",
                                           "mr",
                                           "ms",
                                           "mrs",
                                           "by"};

// Organisation cues (any word of the run).
constexpr std::string_view kOrgCues[] = {
    "ministry",   "party",       "council",     "agency",       "university",     "inc",
    "ltd",        "llc",         "plc",         "corp",         "bank",           "police",
    "service",    "services",    "committee",   "court",        "parliament",     "army",
    "navy",       "corporation", "company",     "group",        "association",    "union",
    "commission", "department",  "office",      "news",         "times",          "post",
    "reuters",    "foundation",  "institute",   "organization", "organisation",   "assembly",
    "duma",       "senate",      "congress",    "front",        "movement",       "guard",
    "network",    "fund",        "federation",  "bureau",       "church",         "school",
    "college",    "academy",     "club",        "journal",      "herald",         "tribune",
    "telegraph",  "gazette",     "radio",       "television",   "press",          "airlines",
    "airways",    "centre",      "center",      "authority",    "administration", "government",
    "cabinet",    "forces",      "directorate", "inspectorate", "prosecutor's",   "prosecutors",
    "league",     "alliance",    "coalition",   "society",      "trust",          "holdings",
    "media",      "channel"};

// Place cues (last word of the run).
constexpr std::string_view kPlaceCues[] = {
    "street",    "square",    "avenue",   "boulevard",  "road",      "prospekt",  "lane",
    "bridge",    "river",     "lake",     "island",     "islands",   "mountains", "mountain",
    "mount",     "region",    "province", "oblast",     "krai",      "district",  "county",
    "city",      "sea",       "ocean",    "bay",        "valley",    "park",      "airport",
    "station",   "peninsula", "republic", "state",      "territory", "gulf",      "strait",
    "desert",    "prison",    "colony",   "embankment", "garden",    "gardens",   "palace",
    "cathedral", "plaza",     "route",    "highway",    "interstate"};

// Runs ending in these are events or holidays, not names.
constexpr std::string_view kEventWords[] = {"day",   "eve",    "week",   "games",  "cup",     "prize",
                                            "award", "awards", "olympics", "festival", "oscar", "oscars",
                                            "emmy",  "emmys",  "grammy", "grammys", "watergate"};

// Capitalised inside a run, these mark a title or slogan, not a name.
constexpr std::string_view kInnerFunctionWords[] = {"of",   "and", "for", "the",  "to", "in", "on",
                                                    "with", "at",  "by",  "from", "is", "are"};

// Lower-case particles inside a name.
constexpr std::string_view kParticles[] = {"de",  "van", "von", "der",   "den", "da",
                                           "di",  "du",  "del", "della", "la",  "le",
                                           "bin", "ibn", "dos", "das",   "ter", "ten"};

// Prepositions after which a single unknown word is a place.
constexpr std::string_view kPlacePrepositions[] = {"in", "near", "outside", "across", "throughout"};

template <std::size_t N>
bool in_list(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

namespace word_flags {
enum : std::uint32_t {
  kStart = 1u << 0,          // kStartWords
  kNotName = 1u << 1,        // kNotNames
  kTitle = 1u << 2,          // kTitles
  kAbbreviatedTitle = 1u << 3,
  kRole = 1u << 4,           // kRoleWords
  kOrgCue = 1u << 5,
  kPlaceCue = 1u << 6,
  kEvent = 1u << 7,
  kInnerFunction = 1u << 8,
  kParticle = 1u << 9,
  kPlacePreposition = 1u << 10,
  kGazetteerHead = 1u << 11,  // its head starts some gazetteer entry
  kOpensSentences = 1u << 12, // shaped like a sentence opener: "You'll", "Separately", "Supporters"
  kDemonymLike = 1u << 13,
  kCommonKnown = 1u << 14,    // kCommon below is computed
  kCommon = 1u << 15,         // a frequent English word (has synonyms)
  kGazetteerShift = 16,       // GazetteerKind of the word alone, 2 bits
  kFrequentKnown = 1u << 18,  // kFrequent below is computed
  kFrequent = 1u << 19,       // frequent in English text at large (word_frequency.h)
};
}  // namespace word_flags

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Where the first space, hyphen, period or apostrophe is (the size when there
// is none). A loop, not find_first_of, which libc++ runs as a memchr call per
// character.
std::size_t head_end(std::string_view folded) {
  std::size_t k = 0;
  while (k < folded.size() && folded[k] != ' ' && folded[k] != '-' && folded[k] != '.' && folded[k] != '\'') ++k;
  return k;
}

// Up to the first space, hyphen, period or apostrophe: "st" of "st. petersburg".
std::string_view head_of(std::string_view folded) { return folded.substr(0, head_end(folded)); }

struct Gazetteer {
  std::unordered_map<std::string, GazetteerKind, StringHash, std::equal_to<>> entries;
  // One word's facts from the word lists and the gazetteer (word_flags): its
  // kind as an entry alone, and kGazetteerHead when it is the head of some
  // entry (a phrase whose first word is no head is no entry).
  std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> words;
  Gazetteer() {
    const auto add = [&](const auto& list, std::uint32_t flag) {
      for (std::string_view w : list) words[std::string(w)] |= flag;
    };
    using namespace word_flags;
    entries.reserve(8192);
    words.reserve(8192);
    add(kStartWords, kStart);
    add(kNotNames, kNotName);
    add(kTitles, kTitle);
    add(kAbbreviatedTitles, kAbbreviatedTitle);
    add(kRoleWords, kRole);
    add(kOrgCues, kOrgCue);
    add(kPlaceCues, kPlaceCue);
    add(kEventWords, kEvent);
    add(kInnerFunctionWords, kInnerFunction);
    add(kParticles, kParticle);
    add(kPlacePrepositions, kPlacePreposition);
    std::string_view data(kGazetteerData);
    std::size_t pos = 0;
    while (pos < data.size()) {
      std::size_t end = data.find('\n', pos);
      if (end == std::string_view::npos) end = data.size();
      const std::string_view line = data.substr(pos, end - pos);
      pos = end + 1;
      if (line.size() < 3) continue;
      GazetteerKind kind = GazetteerKind::kNone;
      if (line[0] == 'L') kind = GazetteerKind::kLocation;
      if (line[0] == 'D') kind = GazetteerKind::kDemonym;
      if (line[0] == 'O') kind = GazetteerKind::kOrganization;
      const auto it = entries.emplace(fold_name(line.substr(2)), kind).first;
      if (it->second != kind) continue;  // the first line of a name decides its kind
      words[std::string(head_of(it->first))] |= word_flags::kGazetteerHead;
      if (it->first.find(' ') == std::string::npos)
        words[it->first] |= static_cast<std::uint32_t>(kind) << word_flags::kGazetteerShift;
    }
  }
};

const Gazetteer& gazetteer() {
  static const Gazetteer g;
  return g;
}

bool all_caps(std::string_view s) {
  int letters = 0;
  for (std::size_t k = 0; k < s.size();) {
    const DecodedCodePoint d = decode_utf8(s, k);
    k += d.length;
    if (classify(d.code_point) != CharClass::kLetter) continue;
    if (!is_upper(d.code_point)) return false;
    ++letters;
  }
  return letters >= 2;
}

// Bytes of a trailing possessive "'s" / "’s" (0 when none).
std::uint32_t possessive_length(std::string_view s) {
  if (s.size() > 2 && (s.back() == 's' || s.back() == 'S')) {
    if (s[s.size() - 2] == '\'') return 2;
    if (s.size() > 4 && s.compare(s.size() - 4, 3, "\xE2\x80\x99") == 0) return 4;
  }
  return 0;
}




}  // namespace

struct NameLexicon::Impl {
  explicit Impl(const Vocabulary& v) : vocabulary(v) {}

  // Fold id of a vocabulary id's word, whole or with a possessive cut off.
  std::uint32_t fold(std::uint32_t id, bool cut) {
    std::vector<std::uint32_t>& table = cut ? cut_fold_of : fold_of;
    if (id >= table.size()) table.resize(std::max<std::size_t>(vocabulary.size(), id + 1), 0);
    if (table[id] == 0) {
      std::string_view form = vocabulary.form(id);
      if (cut && form.size() > 2 && form.back() == 's' && form[form.size() - 2] == '\'')
        form.remove_suffix(2);
      table[id] = intern_folded(form) + 1;
    }
    return table[id] - 1;
  }

  // Interns the fold_name of `s` (already folded when it is ASCII lower case).
  std::uint32_t intern_folded(std::string_view s) {
    bool plain = true;
    for (const char c : s) plain &= static_cast<unsigned char>(c) < 0x80 && !(c >= 'A' && c <= 'Z') && c != ' ';
    if (plain) return intern(s);
    return intern(fold_name(s));
  }

  std::uint32_t intern(std::string_view folded) {
    const std::uint32_t f = folds.intern(folded);
    if (f < flags.size()) return f;
    using namespace word_flags;
    std::uint32_t x = 0;
    const auto& words = gazetteer().words;
    if (const auto it = words.find(folded); it != words.end()) x = it->second;
    if (!(x & kGazetteerHead) && head_end(folded) < folded.size()) {
      const auto head = words.find(head_of(folded));
      if (head != words.end()) x |= head->second & kGazetteerHead;
    }
    const auto kind = static_cast<GazetteerKind>((x >> kGazetteerShift) & 3u);
    const auto ends = [&](std::string_view suffix) {
      return folded.size() > suffix.size() + 2 &&
             folded.compare(folded.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    if (folded.find('\'') != std::string_view::npos || ends("ly") || ends("ing") || ends("ers") ||
        ends("ors") || ends("ists"))
      x |= kOpensSentences;
    if (kind == GazetteerKind::kDemonym || ends("ian") || ends("ean") || ends("ese") || ends("ish") ||
        ends("an"))
      x |= kDemonymLike;
    flags.push_back(x);
    lower_stamp.push_back(0);
    inner_stamp.push_back(0);
    analysis_use.push_back(0);
    dotted.push_back(0);
    return f;
  }

  std::string_view folded(std::uint32_t f) const { return folds.form(f); }
  bool has(std::uint32_t f, std::uint32_t flag) const { return (flags[f] & flag) != 0; }
  GazetteerKind kind(std::uint32_t f) const {
    return static_cast<GazetteerKind>((flags[f] >> word_flags::kGazetteerShift) & 3u);
  }
  // A frequent English word: it has synonyms in the compiled-in table, which
  // keeps only the frequent senses of frequent lemmas ("Maybe", "Images").
  bool common(std::uint32_t f) {
    using namespace word_flags;
    if (!(flags[f] & kCommonKnown)) {
      flags[f] |= kCommonKnown;
      if (!SynonymTable::get().groups(synonym_key(folds.form(f))).empty()) flags[f] |= kCommon;
    }
    return (flags[f] & kCommon) != 0;
  }
  // A word frequent in English text at large: its stem counted
  // kFrequentCount times or more in the background corpus (word_frequency.h;
  // "Employees", "Goes"), where names are rare. Only for capitalised words
  // that prove nothing (sentence starts, headlines).
  static constexpr double kFrequentCount = 50;
  bool frequent(std::uint32_t f) {
    using namespace word_flags;
    if (!(flags[f] & kFrequentKnown)) {
      flags[f] |= kFrequentKnown;
      if (BackgroundFrequency::get().count(comparison_stem(folds.form(f))) >= kFrequentCount) flags[f] |= kFrequent;
    }
    return (flags[f] & kFrequent) != 0;
  }
  // The fold id of the word with a period: "st" -> "st.".
  std::uint32_t with_period(std::uint32_t f) {
    if (dotted[f] == 0) {
      std::string s(folds.form(f));
      s += '.';
      const std::uint32_t d = intern(s);
      dotted[f] = d + 1;
    }
    return dotted[f] - 1;
  }

  const Vocabulary& vocabulary;
  Vocabulary folds;                        // fold id -> folded form
  std::vector<std::uint32_t> fold_of;      // vocabulary id -> fold id + 1 (0: not yet)
  std::vector<std::uint32_t> cut_fold_of;  // the same with a possessive cut off
  std::vector<std::uint32_t> flags;        // fold id -> word_flags
  std::vector<std::uint32_t> dotted;       // fold id -> fold id of it with a period + 1
  std::vector<std::uint32_t> lower_stamp;  // fold id -> the last document that has it in lower case
  std::vector<std::uint32_t> inner_stamp;  // fold id -> the last document that has it capitalised
                                           // alone inside a sentence (not a start, not a headline)
  // fold id -> how the analysis's articles (note_name_uses) write it: kLowerSomewhere,
  // kInnerSomewhere.
  std::vector<std::uint8_t> analysis_use;
  std::uint32_t document = 0;              // stamp of the document being read
  static constexpr std::uint8_t kLowerSomewhere = 1, kInnerSomewhere = 2;
};

NameLexicon::NameLexicon(const Vocabulary& vocabulary) : impl_(std::make_unique<Impl>(vocabulary)) {}
NameLexicon::~NameLexicon() = default;

void NameLexicon::note_uses(std::string_view text, const Tokens& tokens) {
  Impl& lex = *impl_;
  const auto capital = [&](std::size_t t) {
    return t < tokens.size() && tokens[t].kind == TokenKind::kWord && tokens[t].capitalized;
  };
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    const Token& tok = tokens[t];
    if (tok.kind != TokenKind::kWord) continue;
    if (!tok.capitalized) {
      lex.analysis_use[lex.fold(tok.id, false)] |= Impl::kLowerSomewhere;
      continue;
    }
    // After a lower-case word on the same line, before no capitalised word:
    // inside a sentence, alone ("said the Chargers on").
    if (t > 0 && tokens[t - 1].kind == TokenKind::kWord && !tokens[t - 1].capitalized &&
        tok.newlines_before == 0 && !capital(t + 1)) {
      const std::string_view surf = text.substr(tok.start, tok.end - tok.start);
      lex.analysis_use[lex.fold(tok.id, possessive_length(surf) > 0)] |= Impl::kInnerSomewhere;
    }
  }
}

namespace {

struct Word {
  std::uint32_t token;
  std::uint32_t start;
  std::uint32_t end;  // possessive cut off
  std::uint32_t fold;  // NameLexicon fold id of [start, end)
  bool title_cap;  // a capitalised word (not a particle or "of")
};

class Finder {
 public:
  Finder(std::string_view text, const Tokens& tokens, const std::vector<SentenceRange>& sentences,
         const std::vector<ValueMention>& values, NameLexicon::Impl& lexicon)
      : text_(text), tokens_(tokens), lex_(lexicon), blocked_(tokens.size(), 0), initial_(tokens.size(), 0) {
    // Tokens inside value mentions.
    std::size_t v = 0;
    for (std::size_t t = 0; t < tokens.size(); ++t) {
      while (v < values.size() && values[v].end <= tokens[t].start) ++v;
      if (v < values.size() && values[v].start <= tokens[t].start) blocked_[t] = 1;
    }
    // Sentence-initial words (after any opening punctuation).
    for (const SentenceRange& s : sentences) {
      for (std::uint32_t t = s.first_token; t < s.end_token; ++t) {
        if (tokens[t].kind == TokenKind::kWord) {
          initial_[t] = 1;
          break;
        }
        if (tokens[t].kind == TokenKind::kNumber) break;
      }
    }
    mark_headlines();
    // A quotation's first word is capitalised as a sentence's is ("Love is
    // stronger than fear").
    for (std::size_t t = 0; t + 1 < tokens.size(); ++t)
      if (tokens[t + 1].kind == TokenKind::kWord && !tokens[t + 1].space_before &&
          (is_punct(t, "\xC2\xAB") || is_punct(t, "\xE2\x80\x9C") ||
           (is_punct(t, "\"") && (t == 0 || tokens[t].space_before || tokens[t].newlines_before > 0))))
        initial_[t + 1] = 1;
    stamp_ = ++lex_.document;
    for (const Token& t : tokens) {
      if (t.kind != TokenKind::kWord || t.capitalized) continue;
      lex_.lower_stamp[lex_.fold(t.id, false)] = stamp_;
    }
    // Capitalised words alone inside a sentence ("said the Chargers on").
    const auto capital = [&](std::size_t t) {
      return t < tokens.size() && tokens[t].kind == TokenKind::kWord && tokens[t].capitalized;
    };
    for (std::size_t t = 1; t < tokens.size(); ++t)
      if (capital(t) && !initial_[t] && !blocked_[t] && !capital(t - 1) && !capital(t + 1))
        lex_.inner_stamp[lex_.fold(tokens[t].id, possessive_length(surface(tokens[t])) > 0)] = stamp_;
  }

  std::vector<NameMention> run() {
    std::size_t t = 0;
    while (t < tokens_.size()) t = scan(t);
    return drop_common_words();
  }

 private:
  std::string_view surface(const Token& t) const { return text_.substr(t.start, t.end - t.start); }
  bool is_punct(std::size_t t, std::string_view p) const {
    return t < tokens_.size() && tokens_[t].kind == TokenKind::kPunct && surface(tokens_[t]) == p;
  }
  bool glued(std::size_t t) const { return t < tokens_.size() && !tokens_[t].space_before; }

  // Title-case lines of three or more words without a final period: every
  // word there is treated like a sentence start.
  void mark_headlines() {
    std::size_t line = 0;
    while (line < tokens_.size()) {
      std::size_t end = line + 1;
      while (end < tokens_.size() && tokens_[end].newlines_before == 0) ++end;
      int words = 0, capitals = 0;
      for (std::size_t t = line; t < end; ++t) {
        if (tokens_[t].kind != TokenKind::kWord || tokens_[t].end - tokens_[t].start < 4) continue;
        ++words;
        capitals += tokens_[t].capitalized ? 1 : 0;
      }
      const bool headline = words >= 3 && capitals * 4 >= words * 3 && !is_punct(end - 1, ".");
      if (headline)
        for (std::size_t t = line; t < end; ++t) initial_[t] = kHeadline;
      line = end;
    }
  }

  // One capital letter: an initial when a period follows ("W." of "George W. Bush").
  static bool initial_letter(std::string_view s) { return s.size() == 1 && s[0] >= 'A' && s[0] <= 'Z'; }

  bool capital_word(std::size_t t) const {
    return t < tokens_.size() && tokens_[t].kind == TokenKind::kWord && tokens_[t].capitalized &&
           !blocked_[t] && !lex_.has(lex_.fold(tokens_[t].id, false), word_flags::kNotName);
  }

  // A capitalised word at a sentence start or in a headline that may be a name.
  bool initial_word_ok(const Word& w) const {
    if (has(w, word_flags::kStart)) return false;
    if (lex_.kind(w.fold) != GazetteerKind::kNone) return true;
    // Capitalised alone inside a sentence of this document and never in lower
    // case: a name here ("Chargers lineman ..." beside "the Chargers said").
    if (lex_.inner_stamp[w.fold] == stamp_ && !lower_case_here(w.fold)) return true;
    // Contractions ("You'll"), adverbs ("Separately"), participles and
    // plural agent nouns ("Supporters") open sentences, not names.
    if (has(w, word_flags::kOpensSentences)) return false;
    // A frequent English word: "Maybe", "Images"; "Employees of the
    // building", "Accountant Goes on" (frequent in English text at large,
    // though the synonym table has no entry for the form).
    if (lex_.common(w.fold) || lex_.frequent(w.fold)) return false;
    if (lower_case_here(w.fold)) return false;
    // On a headline line, a word written in lower case in another article of
    // the analysis and never capitalised alone inside a sentence in any is a
    // headline's word ("Gunman Flees After Standoff" beside "flees"), not a
    // name. (At sentence starts each article decides alone: "Tesla shares
    // rose" stays a name beside another article's "in tesla".)
    return !(initial_[w.token] == kHeadline &&
             lex_.analysis_use[w.fold] == NameLexicon::Impl::kLowerSomewhere);
  }

  // A lone capitalised word with no cue that is a frequent English word and
  // also written in lower case in the article ("this is Love" beside "love")
  // is no name, unless it is the last word of a longer name there ("Bush"
  // after "George W. Bush").
  std::vector<NameMention> drop_common_words() {
    std::unordered_set<std::string> last_words;
    for (const NameMention& m : out_) {
      const std::string_view surf = text_.substr(m.start, m.end - m.start);
      const std::size_t space = surf.find_last_of(' ');
      if (space != std::string_view::npos) last_words.insert(fold_name(surf.substr(space + 1)));
    }
    std::vector<std::int32_t> new_index(out_.size(), -1);
    std::vector<NameMention> kept;
    kept.reserve(out_.size());
    for (std::size_t k = 0; k < out_.size(); ++k) {
      NameMention& m = out_[k];
      const std::string_view surf = text_.substr(m.start, m.end - m.start);
      if (!m.cued && m.type == NameType::kPerson && m.alias_of < 0 &&
          surf.find(' ') == std::string_view::npos) {
        const std::uint32_t f = lex_.intern_folded(surf);
        if (lower_case_here(f) && !last_words.count(std::string(lex_.folded(f))) && lex_.common(f)) continue;
      }
      new_index[k] = static_cast<std::int32_t>(kept.size());
      if (m.alias_of >= 0) m.alias_of = new_index[static_cast<std::size_t>(m.alias_of)];
      kept.push_back(std::move(m));
    }
    return kept;
  }

  void add_word(std::size_t t, bool cap) {
    const Token& tok = tokens_[t];
    const std::uint32_t cut = cap ? possessive_length(surface(tok)) : 0;
    words_.push_back({static_cast<std::uint32_t>(t), tok.start, tok.end - cut, lex_.fold(tok.id, cut > 0), cap});
  }

  // An academic or professional degree after a person and a comma ("Dana
  // Lee, M.D., MBA", "Ray Ortiz, PhD"): no name. Degrees after a dropped
  // degree count too; "Baltimore, MD" (after a place) stays a name.
  bool degree_after_person(std::size_t lo, std::size_t hi) {
    const std::size_t first = words_[lo].token;
    if (first < 2 || !is_punct(first - 1, ",")) return false;
    const std::uint32_t before_comma = tokens_[first - 2].end;
    const bool after_person =
        !out_.empty() && out_.back().type == NameType::kPerson && out_.back().end == before_comma;
    if (!after_person && degree_end_ != before_comma) return false;
    std::string letters;
    for (std::size_t k = lo; k < hi; ++k)
      for (const char c : lex_.folded(words_[k].fold))
        if (c != '.' && c != ' ') letters += c;
    static constexpr std::string_view kDegrees[] = {"md", "mba", "phd", "dds", "dmd", "jd", "rn", "mph",
                                                    "llm", "msc", "bsc", "ma", "ba", "bs", "ms", "esq"};
    if (!in_list(kDegrees, letters)) return false;
    degree_end_ = words_[hi - 1].end;
    return true;
  }

  // A number that ends the name before it: one to three digits, alone or
  // with letters glued ("76ers"; not an ordinal, "5th"), that the value
  // finder left alone (values.h leaves "Route 94" and "Windows 8" to names).
  bool name_number(std::size_t t) const {
    if (t >= tokens_.size() || tokens_[t].kind != TokenKind::kNumber || blocked_[t] ||
        !tokens_[t].space_before || tokens_[t].newlines_before > 0 || words_.empty() ||
        !words_.back().title_cap || has(words_.back(), word_flags::kStart) || (glued(t + 1) && is_punct(t + 1, "-")))
      return false;  // not "A 61-year-old"
    const std::string_view s = surface(tokens_[t]);
    std::size_t digits = 0;
    while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') ++digits;
    if (digits == 0 || digits > 3 || (s[0] == '0' && digits > 1)) return false;
    for (std::size_t k = digits; k < s.size(); ++k)
      if (!((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z'))) return false;
    const std::string_view suffix = s.substr(digits);
    return !(suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th");
  }

  // Quote marks, straight, curly or doubled (``Chin''), as one or two tokens
  // from token t on: the token after them (t when there is none).
  std::size_t after_quotes(std::size_t t, bool opening) const {
    std::size_t k = t;
    while (k < tokens_.size() && k < t + 2 && !tokens_[k].is_word_like() && (k == t || glued(k))) {
      const std::string_view q = surface(tokens_[k]);
      const bool quote = q == "\"" || q == "'" || q == "`" || q == "``" || q == "''" ||
                         q == (opening ? "\xE2\x80\x9C" : "\xE2\x80\x9D") ||
                         q == (opening ? "\xE2\x80\x98" : "\xE2\x80\x99");
      if (!quote) break;
      ++k;
    }
    return k;
  }

  // A quoted nickname of one to three words between a first name and a
  // surname, off headline lines (every word of one is marked initial_)
  // (Vincent "The Chin" Gigante, Kimani 'Kiki'
  // Gray; not the title in Direct 'Hunger Games' Sequel): the surname's token
  // when token q opens one, else 0.
  std::size_t nickname_end(std::size_t q) const {
    if (q >= tokens_.size() || !tokens_[q].space_before) return 0;
    const std::size_t first = after_quotes(q, true);
    if (first == q || first >= tokens_.size() || glued(first) == false) return 0;
    std::size_t k = first;
    bool capital = false;
    while (k < tokens_.size() && k < first + 3 && tokens_[k].kind == TokenKind::kWord &&
           tokens_[k].newlines_before == 0 && (k == first || tokens_[k].space_before)) {
      capital |= tokens_[k].capitalized;
      ++k;
    }
    if (k == first || !capital || !glued(k)) return 0;
    const std::size_t surname = after_quotes(k, false);
    if (surname == k || !capital_word(surname) || !tokens_[surname].space_before ||
        tokens_[surname].newlines_before > 0 || initial_[surname])
      return 0;
    return surname;
  }

  // Collects the run starting at token t; returns the token after it.
  std::size_t scan(std::size_t t) {
    const bool al_start = t + 2 < tokens_.size() && tokens_[t].kind == TokenKind::kWord &&
                          (surface(tokens_[t]) == "al" || surface(tokens_[t]) == "el") &&
                          is_punct(t + 1, "-") && glued(t + 1) && glued(t + 2) &&
                          capital_word(t + 2);
    if (!capital_word(t) && !al_start) return t + 1;
    words_.clear();
    std::size_t j = t;
    if (al_start) {
      add_word(t, false);
      j = t + 2;
    }
    for (;;) {
      add_word(j, true);
      if (words_.back().end != tokens_[j].end) {  // possessive ends the run
        ++j;
        if (j < tokens_.size() && tokens_[j].kind == TokenKind::kWord && tokens_[j].capitalized &&
            lex_.has(lex_.fold(tokens_[j].id, false), word_flags::kEvent))
          return j + 1;  // "St. Valentine's Day": a holiday, not a name
        break;
      }
      const std::string_view s = surface(tokens_[j]);
      std::size_t next = j + 1;
      if ((s == "St" || s == "Mt" || s == "Ft" || initial_letter(s)) && is_punct(next, ".") &&
          glued(next)) {
        // "St. Petersburg", "George W. Bush", "U. S.": the period belongs to the name.
        words_.back().end = tokens_[next].end;
        words_.back().fold = lex_.with_period(words_.back().fold);
        ++next;
      } else if (is_punct(next, ".") && glued(next) && has(words_.back(), word_flags::kAbbreviatedTitle) &&
                 capital_word(next + 1) && tokens_[next + 1].newlines_before == 0) {
        // "Gov. Sarah Palin": the title's period does not end the run.
        words_.back().end = tokens_[next].end;
        ++next;
      }
      if (next >= tokens_.size() || tokens_[next].newlines_before > 0) {
        j = next;
        break;
      }
      if (const std::size_t surname = nickname_end(next); surname > 0) {
        j = surname;  // Vincent "The Chin" Gigante: the nickname is inside the span
        continue;
      }
      if (capital_word(next) && tokens_[next].space_before) {
        j = next;
        continue;
      }
      if (name_number(next)) {  // "Route 94", "Windows 8", "Philadelphia 76ers": the number ends the name
        add_word(next, true);
        j = next + 1;
        break;
      }
      if (is_punct(next, "-") && glued(next) && glued(next + 1) && capital_word(next + 1)) {
        j = next + 1;  // "OVD-Info", "Al-Jazeera"
        continue;
      }
      if (next + 1 < tokens_.size() && tokens_[next].kind == TokenKind::kWord &&
          !tokens_[next].capitalized && tokens_[next + 1].newlines_before == 0) {
        const std::string_view part = lex_.folded(lex_.fold(tokens_[next].id, false));
        // Particles, possibly two ("van der"), before a capitalised word.
        std::size_t after_particles = next;
        while (after_particles < tokens_.size() && after_particles < next + 2 &&
               tokens_[after_particles].kind == TokenKind::kWord &&
               !tokens_[after_particles].capitalized &&
               lex_.has(lex_.fold(tokens_[after_particles].id, false), word_flags::kParticle))
          ++after_particles;
        const bool particle = after_particles > next && capital_word(after_particles) &&
                              tokens_[after_particles].newlines_before == 0;
        const bool al = (part == "al" || part == "el") && is_punct(next + 1, "-") &&
                        glued(next + 1) && glued(next + 2) && capital_word(next + 2);
        const bool of =
            (part == "of" || part == "for") && capital_word(next + 1) &&
            has(words_.back(), word_flags::kOrgCue | word_flags::kPlaceCue);
        if (particle) {
          for (std::size_t k = next; k < after_particles; ++k) add_word(k, false);
          j = after_particles;
          continue;
        }
        // "Department of Health and Human Services", "Academy of Motion Picture
        // Arts and Sciences": "and" inside an organisation's "of" phrase,
        // between two frequent English words that are no names of their own
        // (not "Ministry of Freedonia and Acme Holdings").
        const bool and_inside =
            part == "and" && capital_word(next + 1) && tokens_[next + 1].newlines_before == 0 &&
            lex_.kind(lex_.fold(tokens_[next + 1].id, false)) == GazetteerKind::kNone &&
            lex_.common(words_.back().fold) && lex_.common(lex_.fold(tokens_[next + 1].id, false)) &&
            std::any_of(words_.begin(), words_.end(), [&](const Word& w) { return lex_.folded(w.fold) == "of"; }) &&
            std::any_of(words_.begin(), words_.end(), [&](const Word& w) { return has(w, word_flags::kOrgCue); });
        if (of || and_inside) {
          add_word(next, false);
          j = next + 1;
          continue;
        }
        if (al) {
          add_word(next, false);
          j = next + 2;
          continue;
        }
      }
      j = next;
      break;
    }
    return process(j);
  }

  // The run words_ spans tokens [first, after). On a headline line, a word
  // that would not pass as a name at a sentence start splits the run ("Lindsay
  // Lohan Checks Into Betty Ford" -> "Lindsay Lohan", "Betty Ford").
  std::size_t process(std::size_t after) {
    if (gazetteer(0, words_.size()) != GazetteerKind::kNone)
      return process_range(0, words_.size(), after);
    std::size_t from = 0;
    for (std::size_t k = 1; k + 1 < words_.size(); ++k) {
      const Word& w = words_[k];
      if (!w.title_cap || !initial_[w.token] || initial_word_ok(w)) continue;
      if (k > from) process_range(from, k, after);
      from = k + 1;
    }
    return process_range(from, words_.size(), after);
  }

  std::size_t process_range(std::size_t lo, std::size_t hi, std::size_t after) {
    if (lo >= hi) return after;
    const std::size_t run_lo = lo, run_hi = hi;
    // Trailing particles cannot end a name.
    while (hi > lo && !words_[hi - 1].title_cap) --hi;
    const GazetteerKind whole_kind = gazetteer(lo, hi);
    // Sentence starts and headlines: drop common words and words seen in lower case.
    if (whole_kind == GazetteerKind::kNone) {
      while (lo < hi && words_[lo].title_cap &&
             (has(words_[lo], word_flags::kStart) ||
              (initial_[words_[lo].token] && !initial_word_ok(words_[lo]))))
        ++lo;
      while (hi > lo && initial_[words_[hi - 1].token] && !initial_word_ok(words_[hi - 1])) --hi;
      if (hi - lo >= 2 && initial_[words_[lo].token] &&
          gazetteer(lo + 1, hi) != GazetteerKind::kNone && lex_.kind(words_[lo].fold) == GazetteerKind::kNone)
        ++lo;  // "Enormous US"
      while (lo < hi && !words_[lo].title_cap) ++lo;
      while (hi > lo && !words_[hi - 1].title_cap) --hi;
    }
    if (lo >= hi) return after;
    if (has(words_[hi - 1], word_flags::kEvent)) return after;
    if (tokens_[words_[lo].token].kind == TokenKind::kNumber) return after;  // a number left alone
    if (degree_after_person(lo, hi)) return after;
    if (hi == lo + 1 && whole_kind == GazetteerKind::kNone &&
        has(words_[lo], word_flags::kOrgCue | word_flags::kPlaceCue | word_flags::kTitle))
      return after;  // "Police said", "the Club": a common noun, not a name
    const std::string_view first = lex_.folded(words_[lo].fold);
    if (hi == lo + 1 && (first.size() == 1 || (first.size() == 2 && first[1] == '.')))
      return after;  // a letter alone ("S" of "S Club"), an initial alone

    // A dateline: an all-caps place at the start of a line before "(", "," or a dash.
    const bool line_start = words_[lo].token == 0 || tokens_[words_[lo].token].newlines_before > 0;
    const bool dateline =
        line_start && hi == lo + 1 && all_caps(surface(tokens_[words_[lo].token])) &&
        (is_punct(after, "(") || is_punct(after, ",") || is_punct(after, "\xE2\x80\x94") ||
         is_punct(after, "-") || is_punct(after, "\xE2\x80\x93"));

    // Role: a lower-case role word just before the run.
    std::string role;
    bool role_cue = false;
    const std::uint32_t before = words_[lo].token;
    if (before > 0 && tokens_[before - 1].kind == TokenKind::kWord &&
        !tokens_[before - 1].capitalized) {
      const std::uint32_t prev_fold = lex_.fold(tokens_[before - 1].id, false);
      const std::string_view prev = lex_.folded(prev_fold);
      if (lex_.has(prev_fold, word_flags::kRole)) {
        role_cue = true;  // "by Jane Doe": a person, no role to note
        if (prev != "by") role = std::string(surface(tokens_[before - 1]));
      }
    }

    // Two known names side by side ("on Twitter Russia's"): two mentions.
    if (whole_kind == GazetteerKind::kNone && hi - lo >= 2) {
      for (std::size_t k = lo + 1; k < hi; ++k) {
        const GazetteerKind left = gazetteer(lo, k);
        const GazetteerKind right = left == GazetteerKind::kNone ? left : gazetteer(k, hi);
        if (left != GazetteerKind::kNone && left != GazetteerKind::kDemonym &&
            right != GazetteerKind::kNone && right != GazetteerKind::kDemonym) {
          emit(lo, k, "", after, false);
          return emit(k, hi, "", after, false);
        }
      }
    }
    // Split off leading demonyms, organisations and titles.
    if (whole_kind == GazetteerKind::kNone || lo > run_lo || hi < run_hi) {
      bool has_org_cue = false;
      for (std::size_t k = lo; k < hi; ++k) has_org_cue |= has(words_[k], word_flags::kOrgCue);
      std::size_t k = lo;
      // The longest gazetteer prefix of two or more words, else one word.
      while (k < hi) {
        if (gazetteer(lo, hi) != GazetteerKind::kNone) break;
        const GazetteerKind kind = lex_.kind(words_[k].fold);
        // "Russian President ..." loses its demonym; "American Medical
        // Association" and "Indian Navy" keep it (an organisation's name).
        if (kind == GazetteerKind::kDemonym && k + 1 < hi && !has_org_cue) {
          lo = ++k;
          continue;
        }
        if (!has_org_cue && k == lo && !has(words_[k], word_flags::kTitle)) {
          // A title later in the run: "Freedonian Prime Minister Rufus Firefly".
          std::size_t m = k + 1;
          while (m < hi && !has(words_[m], word_flags::kTitle)) ++m;
          std::size_t rest = m;
          while (rest < hi && has(words_[rest], word_flags::kTitle)) ++rest;
          if (m < hi && rest < hi && m == k + 1) {
            if (!has(words_[k], word_flags::kDemonymLike)) emit(lo, m, "", after, false);
            lo = k = m;
            continue;
          }
        }
        if (!has_org_cue && has(words_[k], word_flags::kTitle) && k + 1 < hi) {
          // Titles run until the first non-title word.
          std::size_t m = k;
          while (m < hi && has(words_[m], word_flags::kTitle)) ++m;
          if (m >= hi) break;
          if (k > lo) emit(lo, k, "", after, false);
          role = std::string(text_.substr(words_[k].start, words_[m - 1].end - words_[k].start));
          lo = k = m;
          return emit(lo, hi, role, after, true);
        }
        if (kind != GazetteerKind::kNone && kind != GazetteerKind::kDemonym && k + 1 < hi &&
            k == lo) {
          // "EU Chancellor Josep Borrell": a known name, then the rest.
          std::size_t m = k + 1;
          if (m < hi && has(words_[m], word_flags::kTitle)) {
            emit(lo, m, "", after, false);
            lo = k = m;
            continue;
          }
        }
        break;
      }
      if (lo >= hi) return after;
      if (hi == lo + 1 && lex_.kind(words_[lo].fold) == GazetteerKind::kDemonym)
        return after;
    }
    if (hi == lo + 1 && lex_.kind(words_[lo].fold) == GazetteerKind::kDemonym) return after;
    if (gazetteer(lo, hi) == GazetteerKind::kNone) {
      bool all_titles = true, inner_function_word = false;
      for (std::size_t k = lo; k < hi; ++k) {
        all_titles &= has(words_[k], word_flags::kTitle);
        if (k > lo && words_[k].title_cap && has(words_[k], word_flags::kInnerFunction))
          inner_function_word = true;
      }
      if (all_titles) return after;
      if (inner_function_word) return after;  // a slogan or headline: "Chain Of Hope And Love"
    }
    if (dateline) return emit_typed(lo, hi, NameType::kLocation, "", true, after);
    return emit(lo, hi, role, after, role_cue);
  }

  std::string joined(std::size_t lo, std::size_t hi) const {
    if (lo >= hi) return "";
    return fold_name(text_.substr(words_[lo].start, words_[hi - 1].end - words_[lo].start));
  }

  // The gazetteer's kind of words_[lo, hi) as written: per word from the
  // lexicon, and a phrase is folded only when its first word may start an entry.
  GazetteerKind gazetteer(std::size_t lo, std::size_t hi) const {
    if (lo >= hi) return GazetteerKind::kNone;
    if (hi == lo + 1) return lex_.kind(words_[lo].fold);
    if (!has(words_[lo], word_flags::kGazetteerHead)) return GazetteerKind::kNone;
    return gazetteer_kind(joined(lo, hi));
  }

  // Types words_[lo, hi) and appends it (and an acronym in parentheses after it).
  std::size_t emit(std::size_t lo, std::size_t hi, const std::string& role, std::size_t after,
                   bool person) {
    const GazetteerKind kind = gazetteer(lo, hi);
    const std::string_view surf =
        text_.substr(words_[lo].start, words_[hi - 1].end - words_[lo].start);
    bool org_cue = false;
    for (std::size_t k = lo; k < hi; ++k) org_cue |= has(words_[k], word_flags::kOrgCue);
    // A name ending in a number ("Route 94", "Internet Explorer 8") is typed
    // by the word before the number, and is no person.
    const bool numbered = hi - lo >= 2 && tokens_[words_[hi - 1].token].kind == TokenKind::kNumber;
    const std::size_t last = numbered ? hi - 2 : hi - 1;
    const bool place_cue = has(words_[last], word_flags::kPlaceCue) || lex_.folded(words_[lo].fold) == "st." ||
                           lex_.folded(words_[lo].fold) == "mt.";
    // Quoted alone in guillemets or curly quotes: an organisation or product.
    const std::size_t first_token = words_[lo].token, last_token = words_[hi - 1].token;
    const bool quoted =
        first_token > 0 && last_token + 1 < tokens_.size() &&
        ((is_punct(first_token - 1, "\xC2\xAB") && is_punct(last_token + 1, "\xC2\xBB")) ||
         (is_punct(first_token - 1, "\xE2\x80\x9C") && is_punct(last_token + 1, "\xE2\x80\x9D")) ||
         (is_punct(first_token - 1, "\"") && is_punct(last_token + 1, "\"") &&
          tokens_[first_token - 1].space_before && !tokens_[last_token + 1].space_before));
    NameType type = NameType::kPerson;
    bool cued = true;
    if (kind == GazetteerKind::kLocation && !(person && !role.empty()))
      type = NameType::kLocation;  // a title wins: "President Vladimir" is no city
    else if (kind == GazetteerKind::kOrganization)
      type = NameType::kOrganization;
    else if (person && !numbered)
      type = NameType::kPerson;
    else if (org_cue)
      type = NameType::kOrganization;
    else if (place_cue)
      type = NameType::kLocation;
    else if (quoted || numbered)
      type = NameType::kOrganization;
    else if (hi == lo + 1 && all_caps(surf)) {
      if (surf.size() > 6) return after;  // a shouted word, not an acronym
      type = NameType::kOrganization;
    } else if (hi == lo + 1 && first_token > 0 &&
               tokens_[first_token - 1].kind == TokenKind::kWord &&
               lex_.has(lex_.fold(tokens_[first_token - 1].id, false), word_flags::kPlacePreposition)) {
      type = NameType::kLocation;
      cued = false;
    } else {
      cued = false;
    }
    emit_typed(lo, hi, type, role, cued, after);
    if (person) out_.back().cued = true;
    // "Federal Security Service (FSB)": the acronym of the initials.
    if (is_punct(last_token + 1, "(") && last_token + 3 < tokens_.size() &&
        tokens_[last_token + 2].kind == TokenKind::kWord && is_punct(last_token + 3, ")") &&
        hi - lo >= 2) {
      const std::string_view acronym = surface(tokens_[last_token + 2]);
      std::string initials;
      for (std::size_t k = lo; k < hi; ++k)
        if (words_[k].title_cap) initials += static_cast<char>(text_[words_[k].start]);
      std::string plain;
      for (char c : acronym)
        if (c != '.') plain += c;
      // The initials, or (for an organisation named in another language, as
      // the FSB is) as many letters as words, starting with the same one.
      const bool same_shape =
          org_cue && plain.size() == initials.size() && !plain.empty() && plain[0] == initials[0];
      if (all_caps(acronym) && (plain == initials || same_shape)) {
        NameMention m;
        m.type = type == NameType::kPerson ? NameType::kOrganization : type;
        out_.back().type = m.type;
        out_.back().cued = true;
        m.start = tokens_[last_token + 2].start;
        m.end = tokens_[last_token + 2].end;
        m.alias_of = static_cast<std::int32_t>(out_.size() - 1);
        m.cued = true;
        out_.push_back(std::move(m));
        return std::max(after, static_cast<std::size_t>(last_token + 4));
      }
    }
    return after;
  }

  std::size_t emit_typed(std::size_t lo, std::size_t hi, NameType type, const std::string& role,
                         bool cued, std::size_t after) {
    NameMention m;
    m.type = type;
    m.start = words_[lo].start;
    m.end = words_[hi - 1].end;
    m.role = role;
    m.cued = cued;
    out_.push_back(std::move(m));
    return after;
  }

  bool has(const Word& w, std::uint32_t flag) const { return lex_.has(w.fold, flag); }
  // The folded word is written in lower case somewhere in this document.
  bool lower_case_here(std::uint32_t fold) const { return lex_.lower_stamp[fold] == stamp_; }

  std::string_view text_;
  const Tokens& tokens_;
  NameLexicon::Impl& lex_;
  std::uint32_t stamp_ = 0;
  std::vector<std::uint8_t> blocked_;
  static constexpr std::uint8_t kHeadline = 2;  // initial_ of a word on a headline line
  std::vector<std::uint8_t> initial_;  // sentence-initial (1) or headline (kHeadline) words
  std::vector<Word> words_;
  std::vector<NameMention> out_;
  std::uint32_t degree_end_ = 0;  // where the last degree after a person ended
};

void fold_into(std::string& out, std::string_view surface) {
  bool space = false;
  for (std::size_t k = 0; k < surface.size();) {
    const unsigned char b = static_cast<unsigned char>(surface[k]);
    if (b >= 0x21 && b < 0x7F) {  // printable ASCII: the common case, no decoding
      if (space) out += ' ';
      space = false;
      out += static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
      ++k;
      continue;
    }
    const DecodedCodePoint d = decode_utf8(surface, k);
    k += d.length;
    char32_t cp = d.code_point;
    const CharClass c = classify(cp);
    if (c == CharClass::kSpace || c == CharClass::kNewline) {
      space = !out.empty();
      continue;
    }
    if (c == CharClass::kMark) continue;  // combining accents
    if (space) out += ' ';
    space = false;
    if (cp < 0x80) {
      out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
    } else if (cp >= 0xC0 && cp <= 0xFF) {
      out += kLatin1Fold[cp - 0xC0];
    } else if (cp >= 0x100 && cp <= 0x17F) {
      out += kLatinAFold[cp - 0x100];
    } else if (cp == 0x2019 || cp == 0x02BC) {
      out += '\'';
    } else {
      append_utf8(out, fold_case(cp));
    }
  }
}

// Writes the transliteration key of one folded word (no spaces, periods or
// apostrophes) at p, which has room for 2.5 times its length (at least 5),
// and returns the end. Through a pointer, not std::string appends: libc++
// keeps push_back out of line, a call per character in WASM.
char* put_key_word(char* p, std::string_view w) {
  if (w == "mt") w = "mount";  // "Mt. Cook" is "Mount Cook"
  if (w == "ft") w = "fort";   // "Ft. Worth" is "Fort Worth"
  char* const base = p;
  for (std::size_t k = 0; k < w.size(); ++k) {
    char c = w[k];
    if (c == 'k' && k + 1 < w.size() && w[k + 1] == 's') {
      c = 'x';
      ++k;
    } else if (c == 'j' || c == 'y') {
      c = 'i';
    }
    const std::ptrdiff_t length = p - base;
    if (c == 'i' && length > 0 && p[-1] == 'i') continue;  // ii -> i
    if (c == 'e' && length > 1 && p[-1] == 'i') {          // ie -> e
      p[-1] = 'e';
      continue;
    }
    *p++ = c;
  }
  if (p - base > 3 && p[-2] == 'i' && p[-1] == 'a') {  // final ia -> a
    p[-2] = 'a';
    --p;
  }
  return p;
}

}  // namespace

const char* name_type_name(NameType type) {
  switch (type) {
    case NameType::kPerson:
      return "PERSON";
    case NameType::kOrganization:
      return "ORGANIZATION";
    case NameType::kLocation:
      return "LOCATION";
  }
  return "PERSON";
}

std::string fold_name(std::string_view surface) {
  // Printable ASCII with no space (most words and names): its lower case,
  // made at its final size, with no call per character.
  bool ascii = true;
  for (const char c : surface) ascii &= static_cast<unsigned char>(c) - 0x21u < 0x7Fu - 0x21u;
  if (ascii) {
    std::string out(surface);
    for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return out;
  }
  std::string out;
  out.reserve(surface.size());
  fold_into(out, surface);
  return out;
}

std::string name_key(std::string_view surface) {
  const std::string folded = fold_name(surface);
  // Each word's key is at most 2.5 times its length ("mt" -> "mount"), so
  // three times the folded length is room enough: on the stack for any
  // name, the string made once at the end.
  char stack[256];
  std::string heap;
  const std::size_t room = folded.size() * 3 + 5;
  if (room > sizeof(stack)) heap.resize(room);
  char* const begin = room > sizeof(stack) ? heap.data() : stack;
  char* p = begin;
  char word[64];
  std::string long_word;  // a word longer than `word` holds
  std::size_t length = 0;
  const auto flush = [&] {
    if (length == 0) return;
    if (p != begin) *p++ = ' ';
    p = put_key_word(p, length <= sizeof(word) ? std::string_view(word, length) : std::string_view(long_word));
    length = 0;
    long_word.clear();
  };
  for (const char c : folded) {
    if (c == ' ' || c == '-') {
      flush();
      continue;
    }
    if (c == '.' || c == '\'') continue;
    if (length < sizeof(word)) {
      word[length] = c;
    } else {
      if (length == sizeof(word)) long_word.assign(word, length);
      long_word += c;
    }
    ++length;
  }
  flush();
  return std::string(begin, static_cast<std::size_t>(p - begin));
}

bool is_place_cue(std::string_view folded_word) {
  const auto& words = gazetteer().words;
  const auto it = words.find(folded_word);
  return it != words.end() && (it->second & word_flags::kPlaceCue);
}

GazetteerKind gazetteer_kind(std::string_view folded) {
  const auto& entries = gazetteer().entries;
  const auto it = entries.find(folded);
  return it == entries.end() ? GazetteerKind::kNone : it->second;
}

std::vector<NameMention> find_names(std::string_view text, const Tokens& tokens,
                                    const std::vector<SentenceRange>& sentences,
                                    const std::vector<ValueMention>& values, NameLexicon& lexicon) {
  Finder finder(text, tokens, sentences, values, lexicon.impl());
  return finder.run();
}

std::vector<NameMention> find_names(std::string_view text, const Tokens& tokens,
                                    const std::vector<SentenceRange>& sentences,
                                    const std::vector<ValueMention>& values) {
  Vocabulary vocabulary;
  Tokens with_ids = tokens;
  vocabulary.assign_ids(text, with_ids);
  NameLexicon lexicon(vocabulary);
  return find_names(text, with_ids, sentences, values, lexicon);
}

}  // namespace parallax
