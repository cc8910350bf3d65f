// Name mentions (core/names.h) and their alignment across documents
// (core/name_entities.h). Invented text only.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "name_entities.h"
#include "names.h"
#include "sentences.h"
#include "tokenize.h"
#include "values.h"
#include "vocabulary.h"

using namespace parallax;

namespace {

struct Found {
  std::string type;
  std::string surface;
  std::string role;
};

std::vector<NameMention> mentions_of(const std::string& text) {
  const Tokens tokens = tokenize(text);
  const auto sentences = segment_sentences(text, tokens);
  const auto values = find_values(text, tokens, ValueContext{});
  return find_names(text, tokens, sentences, values);
}

std::vector<Found> names_of(const std::string& text) {
  std::vector<Found> out;
  for (const NameMention& m : mentions_of(text))
    out.push_back({name_type_name(m.type), text.substr(m.start, m.end - m.start), m.role});
  return out;
}

std::size_t entity_count_of(const std::vector<Found>& found, const std::string& surface) {
  return static_cast<std::size_t>(
      std::count_if(found.begin(), found.end(), [&](const Found& f) { return f.surface == surface; }));
}

const Found* find(const std::vector<Found>& found, const std::string& surface) {
  for (const Found& f : found)
    if (f.surface == surface) return &f;
  return nullptr;
}

std::vector<EntityReport> align(const std::vector<std::string>& texts) {
  std::vector<std::string_view> views(texts.begin(), texts.end());
  std::vector<std::vector<NameMention>> mentions;
  for (const std::string& t : texts) mentions.push_back(mentions_of(t));
  std::vector<EntityReport> entities;
  align_name_entities(views, mentions, entities);
  return entities;
}

// The entity holding the mention with this surface in document doc (-1: none).
int entity_of(const std::vector<EntityReport>& entities, const std::vector<std::string>& texts,
              std::uint32_t doc, const std::string& surface) {
  for (const EntityReport& e : entities)
    for (const EntityMention& m : e.mentions)
      if (m.doc == doc && texts[doc].substr(m.start, m.end - m.start) == surface)
        return static_cast<int>(e.id);
  return -1;
}

// Whether mention `a` of document 0 and mention `b` of document `doc` are in one entity.
bool joined(const std::vector<std::string>& texts, const std::string& a, std::uint32_t doc, const std::string& b) {
  const auto entities = align(texts);
  const int x = entity_of(entities, texts, 0, a);
  REQUIRE_MESSAGE(x >= 0, a);
  return x == entity_of(entities, texts, doc, b);
}

}  // namespace

TEST_CASE("names: capitalised runs are names with exact spans") {
  const std::string text =
      "Yesterday the police met Anna Kowalski and Piet van der Berg near the river.";
  const auto found = names_of(text);
  REQUIRE(find(found, "Anna Kowalski"));
  CHECK(find(found, "Anna Kowalski")->type == "PERSON");
  REQUIRE(find(found, "Piet van der Berg"));
  CHECK(found.size() == 2);
  for (const NameMention& m : mentions_of(text)) CHECK(m.end > m.start);
}

TEST_CASE("names: particles need capitalised words on both sides") {
  CHECK(find(names_of("She met Omar bin Laden there."), "Omar bin Laden"));
  CHECK(find(names_of("The author is Ahmad al-Rashid, he said."), "Ahmad al-Rashid"));
  const auto found = names_of("They spoke to Pieter de la mer in the evening.");
  CHECK(find(found, "Pieter"));
  CHECK_FALSE(find(found, "Pieter de la mer"));
}

TEST_CASE("names: sentence starts") {
  SUBCASE("common sentence-start words are not names") {
    const auto found = names_of("The Kremlin said nothing. Police detained Boris Ivanov.");
    CHECK(find(found, "Kremlin"));
    CHECK_FALSE(find(found, "The Kremlin"));
    CHECK(find(found, "Boris Ivanov"));
    CHECK_FALSE(find(found, "Police"));
    CHECK_FALSE(find(found, "Police detained Boris Ivanov"));
  }
  SUBCASE("a word frequent in English at large is not a name at a sentence start or in a headline") {
    // Neither is written in lower case in the text, and neither has an entry
    // in the synonym table: only the background frequency tells.
    auto found = names_of("Employees of the plant told reporters that Harlan Voss left.");
    CHECK_FALSE(find(found, "Employees"));
    CHECK(find(found, "Harlan Voss"));
    found = names_of("Fired Accountant Goes on Shooting Spree\nA man opened fire at an office in Dunmore.");
    CHECK_FALSE(find(found, "Goes"));
    CHECK(find(found, "Dunmore"));
  }
  SUBCASE("a rare word, or one that stands alone as a name inside a sentence, still is") {
    auto found = names_of("Voss left the plant on Monday.");
    CHECK(find(found, "Voss"));
    found = names_of("Rice spoke first. The panel then heard from Rice on Monday.");
    CHECK(find(found, "Rice"));
    CHECK(entity_count_of(found, "Rice") == 2);
  }
  SUBCASE("a word seen in lower case elsewhere is not a name at a sentence start") {
    const auto found =
        names_of("Protesters gathered. Crowds grew as the crowds sang for Ivan Petrov.");
    CHECK_FALSE(find(found, "Crowds"));
    CHECK(find(found, "Ivan Petrov"));
  }
  SUBCASE("a word that stands alone as a name inside a sentence is one at a start too") {
    // "Rangers" would open a sentence as "Supporters" does, but the article
    // has it alone, capitalised, inside a sentence.
    const auto found = names_of("Rangers winger Omar Reyes was held. He has played for the Rangers since May.");
    REQUIRE(find(found, "Rangers"));
    CHECK(find(found, "Omar Reyes"));
    const std::string inside_longer = "Rangers winger Omar Reyes was held. He signed for Glen Rangers in May.";
    CHECK_FALSE(find(names_of(inside_longer), "Rangers"));
    const std::string lower = "Rangers winger Omar Reyes was held. The Rangers and the rangers met.";
    for (const NameMention& m : mentions_of(lower)) CHECK(m.start > 0);
  }
  SUBCASE("a name at a sentence start stays a name") {
    const auto found = names_of("It rained. Volkov wrote a letter. Later, Volkov left.");
    CHECK(find(found, "Volkov"));
  }
  SUBCASE("a short capitalised headline word that is not a name") {
    const auto found = names_of(
        "Storm Hits Coastal Towns Again\n\nA storm hit the towns of the coast again, says Olga "
        "Smirnova.");
    CHECK_FALSE(find(found, "Storm"));
    CHECK_FALSE(find(found, "Storm Hits Coastal Towns Again"));
    CHECK(find(found, "Olga Smirnova"));
  }
  SUBCASE("adverbs and contractions open sentences") {
    const auto found = names_of("Separately, it rained. You'll see.");
    CHECK(found.empty());
  }
}

// The names of each text when all of them are analysed together, with their
// uses noted first (as analyze() does).
std::vector<std::vector<std::string>> names_together(const std::vector<std::string>& texts) {
  std::vector<Tokens> tokens(texts.size());
  Vocabulary vocabulary;
  for (std::size_t d = 0; d < texts.size(); ++d) {
    tokens[d] = tokenize(texts[d]);
    vocabulary.assign_ids(texts[d], tokens[d]);
  }
  NameLexicon lexicon(vocabulary);
  for (std::size_t d = 0; d < texts.size(); ++d) lexicon.note_uses(texts[d], tokens[d]);
  ValueLexicon value_lexicon(vocabulary);
  std::vector<std::vector<std::string>> out(texts.size());
  for (std::size_t d = 0; d < texts.size(); ++d) {
    const auto values = find_values(texts[d], tokens[d], ValueContext{}, value_lexicon);
    for (const NameMention& m :
         find_names(texts[d], tokens[d], segment_sentences(texts[d], tokens[d]), values, lexicon))
      out[d].push_back(texts[d].substr(m.start, m.end - m.start));
  }
  return out;
}

bool has_name(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

TEST_CASE("names: one lexicon for many documents keeps lower-case words per document") {
  // The lexicon is shared by the documents of an analysis; a word written in
  // lower case in one article must not unmake a sentence-start name in another
  // (names_together notes every article's uses first, as analyze() does: at
  // sentence starts each article still decides alone).
  const std::string physics = "Its field is measured in tesla. Tesla coils are loud.";
  const std::string business = "Tesla shares rose on Monday, said analyst Maria Lopez.";
  const std::vector<std::string> texts = {physics, business};
  const auto shared = names_together(texts);
  // The same as each text alone.
  for (std::size_t d = 0; d < texts.size(); ++d) {
    std::vector<std::string> alone;
    for (const Found& f : names_of(texts[d])) alone.push_back(f.surface);
    CHECK(shared[d] == alone);
  }
  CHECK(std::find(shared[1].begin(), shared[1].end(), "Tesla") != shared[1].end());
  CHECK(std::find(shared[1].begin(), shared[1].end(), "Maria Lopez") != shared[1].end());
  CHECK(std::find(shared[0].begin(), shared[0].end(), "Tesla") == shared[0].end());
}

TEST_CASE("names: awards, scandals, offences and demonyms alone are not names") {
  const auto found = names_of(
      "The film won three Oscars on Sunday, said critic Anna Berg. Oscar Pistorius was not there. "
      "The senator compared it to Watergate. He was held for DUI. Yemeni officials said Ali Saleh left.");
  CHECK_FALSE(find(found, "Oscars"));
  CHECK_FALSE(find(found, "Watergate"));
  CHECK_FALSE(find(found, "DUI"));
  CHECK_FALSE(find(found, "Yemeni"));
  CHECK(find(found, "Anna Berg"));
  CHECK(find(found, "Oscar Pistorius"));  // a first name, not the award
  CHECK(find(found, "Ali Saleh"));
}

TEST_CASE("names: a surgeon general is a title") {
  const auto found = names_of("U.S. Surgeon General Regina Benjamin spoke. The Surgeon General left.");
  const Found* person = find(found, "Regina Benjamin");
  REQUIRE(person);
  CHECK(person->type == "PERSON");
  CHECK(person->role == "Surgeon General");
  CHECK_FALSE(find(found, "Surgeon"));
  CHECK_FALSE(find(found, "Surgeon General"));
}

TEST_CASE("names: titles and roles are not in the span") {
  SUBCASE("a capitalised title") {
    const auto found = names_of("They criticised President Ivan Drago on Monday.");
    REQUIRE(find(found, "Ivan Drago"));
    CHECK(find(found, "Ivan Drago")->role == "President");
    CHECK(find(found, "Ivan Drago")->type == "PERSON");
    CHECK_FALSE(find(found, "President Ivan Drago"));
  }
  SUBCASE("a demonym and a title") {
    const auto found = names_of("It was Freedonian Prime Minister Rufus Firefly who spoke.");
    REQUIRE(find(found, "Rufus Firefly"));
    CHECK(find(found, "Rufus Firefly")->role == "Prime Minister");
  }
  SUBCASE("a lower-case role before the name") {
    const auto found = names_of("Ministry spokeswoman Irina Belova said so.");
    REQUIRE(find(found, "Irina Belova"));
    CHECK(find(found, "Irina Belova")->role == "spokeswoman");
    CHECK(find(found, "Irina Belova")->type == "PERSON");
  }
  SUBCASE("a title alone is not a name") {
    CHECK(names_of("He met the Prime Minister there.").empty());
  }
  SUBCASE("a known organisation before a title") {
    const auto found = names_of("Later EU Commissioner Jana Novak spoke.");
    CHECK(find(found, "EU"));
    REQUIRE(find(found, "Jana Novak"));
    CHECK(find(found, "Jana Novak")->role == "Commissioner");
  }
}

TEST_CASE("names: possessives are cut from the span") {
  const std::string text = "He read Petrov's letter and Anna Kowalski\xE2\x80\x99s reply.";
  const auto found = names_of(text);
  CHECK(find(found, "Petrov"));
  CHECK(find(found, "Anna Kowalski"));
  CHECK_FALSE(find(found, "Petrov's"));
  SUBCASE("a holiday is not a name") {
    const auto holiday = names_of("They met on St. Valentine's Day in Moscow.");
    CHECK_FALSE(find(holiday, "St. Valentine"));
    CHECK_FALSE(find(holiday, "Valentine"));
    CHECK(find(holiday, "Moscow"));
  }
}

TEST_CASE("names: acronyms and their expansions") {
  const std::string text = "Officers of the National Guard Service (NGS) came. Later the NGS left.";
  const auto mentions = mentions_of(text);
  const auto found = names_of(text);
  REQUIRE(find(found, "National Guard Service"));
  CHECK(find(found, "National Guard Service")->type == "ORGANIZATION");
  REQUIRE(find(found, "NGS"));
  bool alias = false;
  for (const NameMention& m : mentions)
    if (m.alias_of >= 0)
      alias = text.substr(mentions[m.alias_of].start,
                          mentions[m.alias_of].end - mentions[m.alias_of].start) ==
              "National Guard Service";
  CHECK(alias);
  SUBCASE("letters that are not the initials are no acronym of the name") {
    const std::string other = "Officers of the National Guard Service (XYZ) came.";
    for (const NameMention& m : mentions_of(other)) CHECK(m.alias_of < 0);
  }
  SUBCASE("an acronym from another language: as many letters as words") {
    const std::string fsb = "Officers of the Federal Security Service (FSB) came.";
    const auto m = mentions_of(fsb);
    REQUIRE(m.size() == 2);
    CHECK(fsb.substr(m[1].start, m[1].end - m[1].start) == "FSB");
    CHECK(m[1].alias_of == 0);
    CHECK(m[0].type == NameType::kOrganization);
    // Without an organisation cue, only the initials will do.
    for (const NameMention& n : mentions_of("They met Anna Maria Kowalski (AMB) there."))
      CHECK(n.alias_of < 0);
  }
  SUBCASE("both join one entity, and the bare acronym elsewhere too") {
    const std::vector<std::string> texts = {text, "The NGS denied it."};
    const auto entities = align(texts);
    const int id = entity_of(entities, texts, 0, "National Guard Service");
    CHECK(id >= 0);
    CHECK(entity_of(entities, texts, 0, "NGS") == id);
    CHECK(entity_of(entities, texts, 1, "NGS") == id);
  }
}

TEST_CASE("name entities: an acronym without its expansion beside it joins the name of its initials") {
  SUBCASE("three letters or more, function words left out") {
    CHECK(joined({"The Bureau of Coastal Surveys met.", "The BCS said so."}, "Bureau of Coastal Surveys", 1, "BCS"));
    const std::vector<std::string> texts = {"The Lakeside Transit Authority raised fares.",
                                            "A spokesman for the LTA said so."};
    CHECK(joined(texts, "Lakeside Transit Authority", 1, "LTA"));
  }
  SUBCASE("two fitting names or two letters: nothing joins") {
    CHECK_FALSE(joined({"The Lakeside Transit Authority and the Lower Tram Association met.", "The LTA said so."},
                       "Lakeside Transit Authority", 1, "LTA"));
    CHECK_FALSE(joined({"The Lakeside Trust met.", "The LT said so."}, "Lakeside Trust", 1, "LT"));
  }
}

TEST_CASE("names: a quoted nickname between first name and surname is inside the name") {
  CHECK(find(names_of("The boss Tommaso \"The Hammer\" Ricci died."), "Tommaso \"The Hammer\" Ricci"));
  CHECK(find(names_of("The boss Tommaso 'Hammer' Ricci died."), "Tommaso 'Hammer' Ricci"));
  CHECK(find(names_of("The boss Tommaso ``Hammer'' Ricci died."), "Tommaso ``Hammer'' Ricci"));
  CHECK(joined({"The boss Tommaso \"The Hammer\" Ricci died.", "Police said Tommaso Ricci was ill."},
               "Tommaso \"The Hammer\" Ricci", 1, "Tommaso Ricci"));
  SUBCASE("not a quoted title on a headline line") {
    const auto found = names_of("Studio Signs 'Silver Harbor' Sequel Deal Today\nIt was signed.");
    for (const Found& f : found) CHECK(f.surface.find('\'') == std::string::npos);
  }
  SUBCASE("not a quotation after a name") {
    const auto found = names_of("He asked Maria \"why\" Then left.");
    for (const Found& f : found) CHECK(f.surface.find('"') == std::string::npos);
  }
}

TEST_CASE("names: 'and' between frequent words inside an organisation's 'of' phrase") {
  CHECK(find(names_of("She joined the Academy of Dramatic Arts and Sciences in May."),
             "Academy of Dramatic Arts and Sciences"));
  const auto two = names_of("The Ministry of Defence and NATO met. Friends of Anna and Boris came.");
  CHECK(find(two, "Ministry of Defence"));
  CHECK(find(two, "NATO"));
  CHECK_FALSE(find(two, "Anna and Boris"));
}

TEST_CASE("names: a demonym stays in an organisation's name") {
  const auto found = names_of("Doctors of the Freedonian Medical Association met Freedonian President Rufus Firefly.");
  REQUIRE(find(found, "Freedonian Medical Association"));
  CHECK(find(found, "Freedonian Medical Association")->type == "ORGANIZATION");
  CHECK(find(found, "Rufus Firefly"));
}

TEST_CASE("names: organisation and place cues, gazetteer, datelines, quotes") {
  const auto found = names_of(
      "MOSCOW (Reuters) - The Foreign Ministry of Freedonia and Acme Holdings met on Old Mill "
      "Street in Germany. "
      "Fans wrote in \xC2\xABPigeonPost\xC2\xBB and \xE2\x80\x9C"
      "Chirper\xE2\x80\x9D about it.");
  REQUIRE(find(found, "MOSCOW"));
  CHECK(find(found, "MOSCOW")->type == "LOCATION");
  REQUIRE(find(found, "Reuters"));
  CHECK(find(found, "Reuters")->type == "ORGANIZATION");
  REQUIRE(find(found, "Foreign Ministry of Freedonia"));
  CHECK(find(found, "Foreign Ministry of Freedonia")->type == "ORGANIZATION");
  REQUIRE(find(found, "Acme Holdings"));
  CHECK(find(found, "Acme Holdings")->type == "ORGANIZATION");
  REQUIRE(find(found, "Old Mill Street"));
  CHECK(find(found, "Old Mill Street")->type == "LOCATION");
  REQUIRE(find(found, "Germany"));
  CHECK(find(found, "Germany")->type == "LOCATION");
  REQUIRE(find(found, "PigeonPost"));
  CHECK(find(found, "PigeonPost")->type == "ORGANIZATION");
  REQUIRE(find(found, "Chirper"));
  CHECK(find(found, "Chirper")->type == "ORGANIZATION");
  SUBCASE("a lone demonym is not a name") { CHECK(names_of("The German police said so.").empty()); }
  SUBCASE("months, weekdays and values are not names") {
    CHECK(names_of("It happened on Sunday, January 17, at 8 p.m.").empty());
  }
  SUBCASE("a shouted long word is not an acronym") {
    CHECK(names_of("It was a WONDERFUL day.").empty());
  }
}

TEST_CASE("names: fold and transliteration keys") {
  CHECK(fold_name("MOSCOW") == "moscow");
  CHECK(fold_name("Z\xC3\xBCrich") == "zurich");
  CHECK(fold_name("St.  Petersburg") == "st. petersburg");
  CHECK(name_key("Alexei") == name_key("Aleksei"));
  CHECK(name_key("Alexei") == name_key("Alexey"));
  CHECK(name_key("Yulia") == name_key("Julia"));
  CHECK(name_key("Navalnaya") == name_key("Navalnaia"));
  CHECK(name_key("Navalny") != name_key("Navalnaya"));
  CHECK(name_key("Maria") != name_key("Marina"));
  CHECK(name_key("Mt. Elbrus") == name_key("Mount Elbrus"));
  CHECK(name_key("Mt Elbrus") == name_key("Mount Elbrus"));
  CHECK(name_key("Ft. Ross") == name_key("Fort Ross"));
  CHECK(name_key("Matt Ross") != name_key("Mount Ross"));
  // Exact keys (written through a buffer, not appends): each rule, word
  // breaks at spaces and hyphens, periods and apostrophes dropped, a word
  // longer than 64 letters kept whole.
  CHECK(name_key("Aleksei  Navalny") == "alexei navalni");
  CHECK(name_key("Navalnaia") == "navalnaa");
  CHECK(name_key("Mt. Cook-Aoraki") == "mount cook aoraki");
  CHECK(name_key("O'Brien Jr.") == "obren ir");
  CHECK(name_key("Pierre") == "perre");
  CHECK(name_key("") == "");
  CHECK(name_key(std::string(70, 'B') + " Lee") == std::string(70, 'b') + " lee");
  CHECK(fold_name("OVD-Info") == "ovd-info");
  CHECK(fold_name(" Zo\xC3\xAB  Smith ") == "zoe smith");
  CHECK(gazetteer_kind("russia") == GazetteerKind::kLocation);
  CHECK(gazetteer_kind("germany") == GazetteerKind::kLocation);
  CHECK(gazetteer_kind("russian") == GazetteerKind::kDemonym);
  CHECK(gazetteer_kind("kremlin") == GazetteerKind::kOrganization);
  CHECK(gazetteer_kind("tuesday") == GazetteerKind::kNone);
}

TEST_CASE("name entities: alignment within and across documents") {
  SUBCASE("a surname joins the full name in the same document") {
    const std::vector<std::string> texts = {
        "Critic Pavel Sorokin spoke. Later, Sorokin left and Sorokin's aide stayed."};
    const auto entities = align(texts);
    REQUIRE(entities.size() == 1);
    CHECK(entities[0].name == "Pavel Sorokin");
    CHECK(entities[0].type == "PERSON");
    CHECK(entities[0].mentions.size() == 3);
    CHECK(entities[0].variants == std::vector<std::string>{"Sorokin", "Pavel Sorokin"});
  }
  SUBCASE("transliteration variants join across documents") {
    const std::vector<std::string> texts = {"Activist Alexei Sorokin spoke.",
                                            "Activist Aleksei Sorokin spoke.",
                                            "Activist Alexey Sorokin spoke. Sorokin left."};
    const auto entities = align(texts);
    REQUIRE(entities.size() == 1);
    CHECK(entities[0].mentions.size() == 4);
    CHECK(entities[0].name == "Alexei Sorokin");
  }
  SUBCASE("a bare surname joins the only person of that name in other documents") {
    const std::vector<std::string> texts = {"Activist Pavel Sorokin spoke.",
                                            "He said Sorokin was right."};
    const auto entities = align(texts);
    CHECK(entity_of(entities, texts, 0, "Pavel Sorokin") ==
          entity_of(entities, texts, 1, "Sorokin"));
  }
  SUBCASE("middle names and initials do not split a person") {
    const std::vector<std::string> texts = {"The driver, Raj K. Chohan, was hurt, said Ellen Marie Dorsey.",
                                            "Raj Chohan was taken to hospital. Ellen Dorsey spoke.",
                                            "Witness Ellen Ruth Parker saw it."};
    const auto entities = align(texts);
    CHECK(entity_of(entities, texts, 0, "Raj K. Chohan") == entity_of(entities, texts, 1, "Raj Chohan"));
    CHECK(entity_of(entities, texts, 0, "Ellen Marie Dorsey") == entity_of(entities, texts, 1, "Ellen Dorsey"));
    // Another surname is another person, whatever the first name.
    CHECK(entity_of(entities, texts, 2, "Ellen Ruth Parker") != entity_of(entities, texts, 1, "Ellen Dorsey"));
    CHECK(entity_of(entities, texts, 2, "Ellen Ruth Parker") >= 0);
  }
  SUBCASE("husband and wife stay apart, bare surnames too") {
    const std::vector<std::string> texts = {
        "Critic Oleg Sorokin and his wife, Yulia Sorokinaya, arrived. Sorokin smiled and "
        "Sorokinaya waved.",
        "Julia Sorokinaia was there."};
    const auto entities = align(texts);
    const int husband = entity_of(entities, texts, 0, "Oleg Sorokin");
    const int wife = entity_of(entities, texts, 0, "Yulia Sorokinaya");
    CHECK(husband != wife);
    CHECK(entity_of(entities, texts, 0, "Sorokin") == husband);
    CHECK(entity_of(entities, texts, 0, "Sorokinaya") == wife);
    CHECK(entity_of(entities, texts, 1, "Julia Sorokinaia") == wife);
  }
  SUBCASE("two people with one first name stay apart") {
    const std::vector<std::string> texts = {"Spokeswoman Maria Petrova spoke.",
                                            "Singer Maria Orlova sang. Then Maria left.",
                                            "President Vladimir Drago met Vladimir Ostrov."};
    const auto entities = align(texts);
    CHECK(entity_of(entities, texts, 0, "Maria Petrova") !=
          entity_of(entities, texts, 1, "Maria Orlova"));
    CHECK(entity_of(entities, texts, 1, "Maria") != entity_of(entities, texts, 1, "Maria Orlova"));
    CHECK(entity_of(entities, texts, 2, "Vladimir Drago") !=
          entity_of(entities, texts, 2, "Vladimir Ostrov"));
  }
  SUBCASE("a place's own word joins the place") {
    const std::vector<std::string> texts = {"They walked on Moscow's Old Mill Street.",
                                            "Crowds filled Mill again."};
    const auto entities = align(texts);
    CHECK(entity_of(entities, texts, 1, "Mill") ==
          entity_of(entities, texts, 0, "Old Mill Street"));
    CHECK(entities[static_cast<std::size_t>(entity_of(entities, texts, 1, "Mill"))].type ==
          "LOCATION");
  }
  SUBCASE("an ambiguous surname joins nobody") {
    const std::vector<std::string> texts = {
        "Critic Oleg Sorokin met critic Ivan Sorokin. Sorokin left."};
    const auto entities = align(texts);
    const int bare = entity_of(entities, texts, 0, "Sorokin");
    CHECK(bare != entity_of(entities, texts, 0, "Oleg Sorokin"));
    CHECK(bare != entity_of(entities, texts, 0, "Ivan Sorokin"));
  }
  SUBCASE("case: MOSCOW joins Moscow; two cities stay apart") {
    const std::vector<std::string> texts = {"MOSCOW (Reuters) - Rallies were held.",
                                            "Rallies in Moscow and St. Petersburg."};
    const auto entities = align(texts);
    const int moscow = entity_of(entities, texts, 0, "MOSCOW");
    CHECK(moscow >= 0);
    CHECK(entity_of(entities, texts, 1, "Moscow") == moscow);
    CHECK(entity_of(entities, texts, 1, "St. Petersburg") != moscow);
    CHECK(entities[static_cast<std::size_t>(moscow)].type == "LOCATION");
    CHECK(entities[static_cast<std::size_t>(moscow)].name ==
          "Moscow");  // most frequent, then first
  }
  SUBCASE("entities are in order of first mention; ids continue") {
    std::vector<EntityReport> entities(2);
    const std::vector<std::string> texts = {"Germany and France met.", "France and Germany met."};
    std::vector<std::string_view> views(texts.begin(), texts.end());
    std::vector<std::vector<NameMention>> mentions;
    for (const std::string& t : texts) mentions.push_back(mentions_of(t));
    align_name_entities(views, mentions, entities);
    REQUIRE(entities.size() == 4);
    CHECK(entities[2].id == 2);
    CHECK(entities[2].name == "Germany");
    CHECK(entities[3].name == "France");
    CHECK(entities[3].mentions[0].doc == 0);
    CHECK(entities[3].mentions[1].doc == 1);
  }
}

TEST_CASE("names: spans are exact with non-ASCII text") {
  const std::string text =
      "\xE2\x80\x9CWe won,\xE2\x80\x9D said Zo\xC3\xAB M\xC3\xBCller in Z\xC3\xBCrich. "
      "\xF0\x9F\x98\x80 Then Jos\xC3\xA9 G\xC3\xB3mez came.";
  const auto found = names_of(text);
  CHECK(find(found,
             "Zo\xC3\xAB M\xC3\xBC"
             "ller"));
  CHECK(find(found, "Z\xC3\xBCrich"));
  CHECK(find(found, "Jos\xC3\xA9 G\xC3\xB3mez"));
  for (const NameMention& m : mentions_of(text)) {
    CHECK(m.start < m.end);
    CHECK(m.end <= text.size());
  }
}

TEST_CASE("names: text that ends inside a pattern") {
  for (const char* text : {"St",
                           "St.",
                           "Ahmad al-",
                           "al-",
                           "Ahmad al",
                           "Federal Security Service (",
                           "Federal Security Service (FSB",
                           "Federal Security Service (FSB)",
                           "Navalny's",
                           "Piet van",
                           "Piet van der",
                           "\xC2\xAB"
                           "Chirper",
                           "MOSCOW (",
                           "President",
                           "The",
                           "A B C D E F G H",
                           "-",
                           "'s",
                           "O'Neil's",
                           ""}) {
    const std::string s(text);
    for (const NameMention& m : mentions_of(s)) {
      CHECK(m.start < m.end);
      CHECK(m.end <= s.size());
    }
  }
}

TEST_CASE("names: title-case headline lines split at ordinary words") {
  const auto found = names_of(
      "Harriet Quill Checks Into Briarwood Again\n"
      "The singer Harriet Quill checks into a clinic every spring, her agent said.\n");
  CHECK(find(found, "Harriet Quill") != nullptr);
  CHECK(find(found, "Briarwood") != nullptr);
  CHECK(find(found, "Harriet Quill Checks Into Briarwood Again") == nullptr);
  // A prose line keeps its run whole.
  const auto prose = names_of("She met Harriet Quill Benton at the door.\n");
  CHECK(find(prose, "Harriet Quill Benton") != nullptr);
}

TEST_CASE("names: a headline word written in lower case in another article is no name") {
  const std::string headline = "Hermit Flees Again After Standoff\nThe hermit left the farm, deputies said.\n";
  const std::string other = "A hermit flees a farm for the second time, Sheriff Ada Brenner said.\n";
  // Alone, the headline's "Flees" passes for a name (never in lower case there).
  CHECK(find(names_of(headline), "Flees") != nullptr);
  const auto together = names_together({headline, other});
  CHECK_FALSE(has_name(together[0], "Flees"));
  CHECK(has_name(together[1], "Ada Brenner"));
  SUBCASE("a name capitalised alone inside a sentence of another article stays") {
    const auto named = names_together({"Hermit Meets Brenner Again\nThe hermit spoke.\n",
                                       "The talks with Brenner went well, and brenner is a word here too.\n"});
    CHECK(has_name(named[0], "Brenner"));
  }
}

TEST_CASE("names: a number after a name ends it") {
  const auto found = names_of(
      "They drove down state Route 12 toward the farm. The bug hits Pelican Browser 4 and Windows 7 "
      "users, and the Springfield 76ers fired their coach.");
  REQUIRE(find(found, "Route 12") != nullptr);
  CHECK(find(found, "Route 12")->type == "LOCATION");
  REQUIRE(find(found, "Pelican Browser 4") != nullptr);
  CHECK(find(found, "Pelican Browser 4")->type == "ORGANIZATION");
  CHECK(find(found, "Windows 7") != nullptr);
  CHECK(find(found, "Springfield 76ers") != nullptr);
  SUBCASE("not an age, an ordinal, a count or a number left alone") {
    const auto other = names_of("A 61-year-old man left. The firm Orbit Labs came 5th, and Orbit Labs has 12 staff.");
    CHECK(find(other, "61") == nullptr);
    CHECK(find(other, "A 61") == nullptr);
    CHECK(find(other, "Orbit Labs") != nullptr);
    CHECK(find(other, "Orbit Labs 12") == nullptr);
  }
}

TEST_CASE("names: a degree after a person and a comma is no name") {
  const auto found = names_of("Dana Lee, M. D., M. B. A., spoke with Ray Ortiz, PhD, and Kim Novak, MD, today.");
  CHECK(find(found, "Dana Lee") != nullptr);
  CHECK(find(found, "Ray Ortiz") != nullptr);
  CHECK(find(found, "Kim Novak") != nullptr);
  CHECK(find(found, "M. D.") == nullptr);
  CHECK(find(found, "M. B. A.") == nullptr);
  CHECK(find(found, "PhD") == nullptr);
  CHECK(find(found, "MD") == nullptr);
  // After a place, the same letters are a place's abbreviation.
  CHECK(find(names_of("He moved to Baltimore, MD in May."), "MD") != nullptr);
}

TEST_CASE("names: initials, abbreviated titles and lone letters") {
  const auto found = names_of("Officials said George W. Bush and Alaska Gov. Sarah Palin spoke in U. S. courts.");
  REQUIRE(find(found, "George W. Bush") != nullptr);
  const Found* palin = find(found, "Sarah Palin");
  REQUIRE(palin != nullptr);
  CHECK(palin->role == "Gov.");
  CHECK(find(found, "Alaska") != nullptr);
  CHECK(find(found, "Alaska")->type == "LOCATION");
  CHECK(find(found, "U. S.") != nullptr);
  CHECK(find(found, "S") == nullptr);
  CHECK(find(found, "U") == nullptr);
  const auto letters = names_of("Plan B was ready, said Mr. Ortez of Block C.");
  CHECK(find(letters, "B") == nullptr);
  CHECK(find(letters, "C") == nullptr);
}

TEST_CASE("names: cities, subdivisions and holidays") {
  const auto found = names_of("Officials in Algiers and Cumbria met before Christmas near the Sahara.");
  REQUIRE(find(found, "Algiers") != nullptr);
  CHECK(find(found, "Algiers")->type == "LOCATION");
  REQUIRE(find(found, "Cumbria") != nullptr);
  CHECK(find(found, "Cumbria")->type == "LOCATION");
  REQUIRE(find(found, "Sahara") != nullptr);
  CHECK(find(found, "Sahara")->type == "LOCATION");
  CHECK(find(found, "Christmas") == nullptr);
  const auto agency = names_of("The regulator Roskomnadzor said it would slow the site.");
  REQUIRE(find(agency, "Roskomnadzor") != nullptr);
  CHECK(find(agency, "Roskomnadzor")->type == "ORGANIZATION");
  // A title before a first name that is also a city: a person.
  const auto person = names_of("He spoke to President Vladimir yesterday.");
  REQUIRE(find(person, "Vladimir") != nullptr);
  CHECK(find(person, "Vladimir")->type == "PERSON");
}

TEST_CASE("names: quotation starts and common words") {
  // A quotation's first word is a sentence start; "hope" is written in lower case too.
  const auto quoted = names_of("They chanted \"Hope is stronger than fear\" and spoke of hope.");
  CHECK(find(quoted, "Hope") == nullptr);
  const auto common = names_of("Navalny said this is Hope. We have no hope, they said.");
  CHECK(find(common, "Hope") == nullptr);
  // A surname that is also a word stays a name after the full name.
  const auto surname = names_of("Officials met Tobias Hope on Monday. They said Hope was calm and no hope was lost.");
  CHECK(find(surname, "Tobias Hope") != nullptr);
  CHECK(find(surname, "Hope") != nullptr);
  // A capitalised word never written in lower case stays.
  const auto kept = names_of("The band Hope played on Monday.");
  CHECK(find(kept, "Hope") != nullptr);
  // A lone organisation cue word is no name.
  const auto club = names_of("He joined the Club in May and later the Morven Rowing Club.");
  CHECK(find(club, "Club") == nullptr);
  CHECK(find(club, "Morven Rowing Club") != nullptr);
}

TEST_CASE("name entities: one key per person") {
  SUBCASE("a descriptor or headline word before a known name") {
    const std::vector<std::string> texts = {"Climber Dies on Peak\nSkier Pedro Valmont fell on Friday.",
                                            "The guide Pedro Valmont was found."};
    CHECK(joined(texts, "Skier Pedro Valmont", 1, "Pedro Valmont"));
  }
  SUBCASE("a headline word after a known name") {
    const std::vector<std::string> texts = {"Hanna Lindqvist Cruises Again\nThe race went well.",
                                            "The champion Hanna Lindqvist won."};
    CHECK(joined(texts, "Hanna Lindqvist Cruises", 1, "Hanna Lindqvist"));
  }
  SUBCASE("a generational suffix") {
    CHECK(joined({"Judge Carl Martin Oduya Jr. spoke.", "Oduya left."}, "Carl Martin Oduya Jr", 1, "Oduya"));
  }
  SUBCASE("first names that start alike, but not other first names") {
    const std::vector<std::string> texts = {"Witness Katarina Holm spoke. Her brother Erik Holm did not.",
                                            "Police said Katie Holm was calm."};
    CHECK(joined(texts, "Katarina Holm", 1, "Katie Holm"));
    CHECK_FALSE(joined(texts, "Katarina Holm", 0, "Erik Holm"));
  }
  SUBCASE("a short form and its name") {
    const std::vector<std::string> texts = {"Coach Bill Harlow resigned.", "Coach William Harlow resigned.",
                                            "Coach Mo Harlow resigned.", "Later Maurice Harlow spoke."};
    CHECK(joined(texts, "Bill Harlow", 1, "William Harlow"));
    CHECK(joined({"Coach Mo Harlow resigned.", "Later Maurice Harlow spoke."}, "Mo Harlow", 1, "Maurice Harlow"));
    CHECK_FALSE(joined(texts, "Bill Harlow", 2, "Mo Harlow"));
    // A spelling of the short form joins too, with or without the table.
    CHECK(joined({"Model Bettie Harlow posed.", "Model Betty Harlow posed."}, "Bettie Harlow", 1, "Betty Harlow"));
  }
  SUBCASE("a longer name whose ends are no known person stays whole") {
    CHECK_FALSE(joined({"Writer Anna Maria Oduya spoke.", "Maria Lund came too."}, "Anna Maria Oduya", 1, "Maria Lund"));
  }
}

TEST_CASE("name entities: a surname in the same article wins over a gazetteer type") {
  const std::vector<std::string> texts = {
      "The driver Lewis Hamilton won. Later, Hamilton said the car was fast.",
      "The race in Hamilton drew a crowd."};
  const auto entities = align(texts);
  CHECK(entity_of(entities, texts, 0, "Hamilton") == entity_of(entities, texts, 0, "Lewis Hamilton"));
  CHECK(entity_of(entities, texts, 1, "Hamilton") != entity_of(entities, texts, 0, "Lewis Hamilton"));
}

TEST_CASE("name entities: spelling variants of one name, a single edit apart") {
  SUBCASE("a surname") {
    CHECK(joined({"Guide Tomas Brill died.", "Guide Tomas Brille died."}, "Tomas Brill", 1, "Tomas Brille"));
  }
  SUBCASE("a word of a place or an organisation") {
    CHECK(joined({"Ships sailed the Gulf of Adenor.", "Ships sailed the Gulf of Edenor."}, "Gulf of Adenor", 1,
                 "Gulf of Edenor"));
    CHECK(joined({"The Academy of Motion Picture Arts met.", "The Academy of Motion Pictures Arts met."},
                 "Academy of Motion Picture Arts", 1, "Academy of Motion Pictures Arts"));
  }
  SUBCASE("never a first name, nor words of three letters, nor two edits") {
    CHECK_FALSE(joined({"Coach Ryan Jennings spoke.", "Coach Bryan Jennings spoke."}, "Ryan Jennings", 1, "Bryan Jennings"));
    CHECK_FALSE(joined({"They took Route Ada north.", "They took Route Ida north."}, "Route Ada", 1, "Route Ida"));
    CHECK_FALSE(joined({"Writer Lena Marsh spoke.", "Writer Lena Marshal spoke."}, "Lena Marsh", 1, "Lena Marshal"));
  }
}

TEST_CASE("names: 'I'm' and other first-person contractions are no names") {
  const auto found = names_of("The host wrote: \"Yes, I'm back.\" Later I've seen Dara Quist, and I'll go.");
  CHECK(find(found, "I'm") == nullptr);
  CHECK(find(found, "I've") == nullptr);
  CHECK(find(found, "I'll") == nullptr);
  CHECK(find(found, "Dara Quist") != nullptr);
}
