#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "analyze.h"
#include "sentence_seeds.h"
#include "test_helpers.h"

using parallax::analyze;
using parallax::AnalysisOptions;
using parallax::Report;

namespace {

// Invented articles. The rewrites below change most words and the order of
// clauses, as a translation or a careful rewrite does, so that word seeds
// find at most fragments and the sentence seeds must carry the passage.
const std::string kFire =
    "Firefighters battled the blaze at the timber warehouse for more than six hours before bringing it "
    "under control early on Thursday morning. The fire started in a storage room at the back of the "
    "building, according to the county fire marshal, and spread quickly through stacks of dried pine. "
    "No workers were inside at the time, but two firefighters were treated for smoke inhalation at Mercy "
    "Hospital. Investigators have not yet determined what caused the fire, which destroyed equipment worth "
    "an estimated 3 million dollars.";
const std::string kFireRewritten =
    "Fire crews fought the flames at the wooden warehouse during over six hours, and only early Thursday "
    "morning was the blaze under control. According to the fire marshal of the county, the fire began "
    "inside a storeroom in the rear of the building and moved fast across piles of dry pine. At that "
    "moment no employees were in the building, though two firefighters received treatment at Mercy "
    "Hospital for inhaling smoke. What caused the fire is still not determined by investigators; the "
    "equipment it destroyed is estimated at 3 million dollars.";

const std::string kReservoir =
    "The regional water authority announced on Monday that it will build a new reservoir near the village "
    "of Ashcombe to secure supplies for the growing towns in the valley. Engineers expect construction of "
    "the reservoir to begin next spring and to take about four years, at a cost of roughly 240 million "
    "pounds. The authority said the reservoir would hold enough water for some 300,000 households during a "
    "dry summer. Farmers whose land lies in the flooded area will be offered compensation, and a public "
    "consultation on the route of the new access road opens in June. Environmental groups welcomed the plan "
    "but warned that the wetland habitat of rare wading birds near Ashcombe must be protected during the "
    "works.";
const std::string kReservoirSummary =
    "Ashcombe is to get a new reservoir, the regional water authority said on Monday, securing supplies for "
    "towns in the valley. Building work starting next spring should last four years and cost around 240 "
    "million pounds. Environmental groups welcomed the plan, though they want the wetland habitat of rare "
    "wading birds protected.";

Report compare(const std::string& a, const std::string& b) { return parallax::testing::compare_two(a, b); }
using parallax::testing::span_text;

// The one passage of a report (there must be exactly one).
const parallax::PassageReport& only_passage(const Report& r) {
  REQUIRE(r.passages.size() == 1);
  return r.passages.front();
}

// The texts of the one passage's spans in the two documents.
std::pair<std::string, std::string> only_passage_texts(const Report& r) {
  const auto& p = only_passage(r);
  REQUIRE(p.spans.size() == 2);
  return {span_text(r, p.spans[0]), span_text(r, p.spans[1])};
}

}  // namespace

TEST_CASE("sentence seeds: a paragraph rewritten sentence by sentence is found whole") {
  const std::string a = "County news in brief.\n\n" + kFire + "\n\nThe school board approved a new bus route.\n";
  const std::string b = "Local roundup.\n\nThe town library will close for repairs in March.\n\n" + kFireRewritten +
                        "\n\nA charity run raised money for the animal shelter.\n";
  const Report r = compare(a, b);
  const auto& p = only_passage(r);
  CHECK(p.kind == "near");
  REQUIRE(p.spans.size() == 2);
  // From the first sentence to the last in both: the headings and the
  // unrelated paragraphs around it stay out.
  const std::string in_a = span_text(r, p.spans[0]), in_b = span_text(r, p.spans[1]);
  CHECK(in_a.rfind("Firefighters battled", 0) == 0);
  CHECK(in_a.find("3 million dollars") != std::string::npos);
  CHECK(in_b.rfind("Fire crews fought", 0) == 0);
  CHECK(in_b.find("3 million dollars") != std::string::npos);
  CHECK(in_a.find("school board") == std::string::npos);
  CHECK(in_b.find("library") == std::string::npos);
}

TEST_CASE("sentence seeds: a summary is found over the sentences it condenses") {
  const std::string a = "Regional report.\n\n" + kReservoir + "\n\nWeather: rain is expected on Tuesday.\n";
  const std::string b = "Business and environment.\n\nShares in the local bus operator rose after record "
                        "passenger numbers.\n\n" + kReservoirSummary +
                        "\n\nThe county cricket club has appointed a new coach.\n";
  const Report r = compare(a, b);
  const auto [in_a, in_b] = only_passage_texts(r);
  // The whole summary, and the source from its first sentence to the last one it draws on.
  CHECK(in_b.rfind("Ashcombe is to get", 0) == 0);
  CHECK(in_b.find("wading birds") != std::string::npos);
  CHECK(in_a.rfind("The regional water authority", 0) == 0);
  CHECK(in_a.find("wading birds") != std::string::npos);
  CHECK(in_a.find("Regional report") == std::string::npos);
}

TEST_CASE("sentence seeds: two articles on one event, written apart, share nothing") {
  const std::string a =
      "Warehouse fire in Millbrook\n\nA fire destroyed a timber warehouse on the edge of Millbrook on "
      "Thursday. The blaze was reported by a delivery driver shortly after midnight, and crews from three "
      "stations were sent to the scene. Neighbours on Station Road were asked to keep their windows closed "
      "because of the thick smoke. The owner, a family firm that has traded in the town since 1952, said it "
      "would rebuild. Police have closed the road until Monday while the structure is made safe.\n";
  const std::string b =
      "Millbrook fire: what we know\n\nFirefighters spent the night at a burning warehouse in Millbrook. "
      "According to the county fire service, the alarm was raised at 12.15am and the roof collapsed within an "
      "hour. Two firefighters were taken to Mercy Hospital with minor injuries and have since been released. "
      "Local councillors called for a review of fire safety at older industrial buildings in the area. "
      "Investigators from the fire service will examine the site next week to establish the cause.\n";
  CHECK(compare(a, b).passages.empty());
}

TEST_CASE("sentence seeds: two sentences telling one event apart are no passage beside reworded reuse") {
  // The rewritten fire report makes both documents ones the sentence seeds
  // look at; far from it, each tells the same court case in its own words
  // (two sentences, each about as close as independent reports get). Those
  // seeds weigh less than one sentence together and touch no word-seed
  // passage: no passage there. (Without the weight rule they were one.)
  const std::string case_a =
      "Jurors in Carlisle convicted Harold Benson, a retired manager of the Penrith branch of the bank, of theft on "
      "Wednesday. Prosecutors said he took money from the accounts of eleven elderly customers over six years.";
  const std::string case_b =
      "Benson, who ran the bank's Penrith branch until he retired, was found guilty of theft by a Carlisle jury. Over "
      "six years he had taken cash from eleven customers, most of them elderly, the prosecution told the court.";
  const std::string a = "County news.\n\n" + kFire +
                        "\n\nThe county show returns to the old airfield in August after a two-year break. Organisers "
                        "expect more than forty thousand visitors over the weekend. Tickets go on sale at the tourist "
                        "office next week. A new car park will open beside the main gate. The sheepdog trials move to "
                        "the Saturday afternoon.\n\n" + case_a + "\n";
  const std::string b = "Local roundup.\n\n" + kFireRewritten +
                        "\n\nRoad works on the ring road will last until the end of the month. Drivers are advised to "
                        "use the bypass during the morning rush. The council apologised for the delays. Bus timetables "
                        "have been changed to match the diversion. Cyclists may use the footpath beside the river.\n\n" +
                        case_b + "\n";
  const Report r = compare(a, b);
  const auto [in_a, in_b] = only_passage_texts(r);
  CHECK(in_a.rfind("Firefighters battled", 0) == 0);
  CHECK(in_b.rfind("Fire crews fought", 0) == 0);
  CHECK(in_a.find("Benson") == std::string::npos);
}

TEST_CASE("sentence seeds: a detection's shortest length counts characters, not bytes") {
  // Two short sentences rewritten with their words reordered, about 100
  // characters a side: under the 150 a detection needs, in Latin letters and
  // in Cyrillic alike (where they are 190-200 bytes). The rewritten fire
  // report, far from them, makes both documents ones the seeds look at.
  const std::string filler_a =
      "The county show returns to the old airfield in August after a two-year break. Organisers expect more than "
      "forty thousand visitors over the weekend. Tickets go on sale at the tourist office next week. A new car park "
      "will open beside the main gate. The sheepdog trials move to the Saturday afternoon.";
  const std::string filler_b =
      "Road works on the ring road will last until the end of the month. Drivers are advised to use the bypass "
      "during the morning rush. The council apologised for the delays. Bus timetables have been changed to match "
      "the diversion. Cyclists may use the footpath beside the river.";
  const auto passages = [&](const std::string& short_a, const std::string& short_b) {
    return compare("County news.\n\n" + kFire + "\n\n" + filler_a + "\n\n" + short_a + "\n",
                   "Local roundup.\n\n" + kFireRewritten + "\n\n" + filler_b + "\n\n" + short_b + "\n")
        .passages.size();
  };
  CHECK(passages("Pozharnye tushili sklad v Tveri shest chasov podryad. Ogon povredil oborudovanie na tri milliona "
                 "rubley.",
                 "Shest chasov podryad goryaschiy sklad v Tveri tushili pozharnye. Oborudovanie na tri milliona "
                 "rubley povredil ogon.") == 1);
  CHECK(passages("Пожарные тушили склад в Твери шесть часов подряд. Огонь повредил оборудование на три миллиона "
                 "рублей.",
                 "Шесть часов подряд горящий склад в Твери тушили пожарные. Оборудование на три миллиона рублей "
                 "повредил огонь.") == 1);
}

TEST_CASE("sentence seeds: a long rewritten passage is one passage, not pieces") {
  // Two rewritten paragraphs in a row, with the word-seed passages of the
  // closer sentences inside: one passage over both.
  const std::string a = "Morning edition.\n\n" + kFire + " " + kReservoir + "\n\nSport follows on page 9.\n";
  const std::string b = "Evening digest.\n\n" + kFireRewritten + " " + kReservoirSummary + "\n\nLetters to the editor.\n";
  const Report r = compare(a, b);
  const auto [in_a, in_b] = only_passage_texts(r);
  CHECK(in_a.rfind("Firefighters battled", 0) == 0);
  CHECK(in_a.find("wading birds") != std::string::npos);
  CHECK(in_b.rfind("Fire crews fought", 0) == 0);
  CHECK(in_b.find("wading birds") != std::string::npos);
  const auto& p = only_passage(r);
  // The word-level alignment is there for the page: the differing words are marked.
  REQUIRE(p.differ.size() == 2);
  CHECK(!p.differ[0].empty());
  CHECK(!p.differ[1].empty());
}

TEST_CASE("sentence seeds: two loosely reworded sentences around a copied phrase are one passage") {
  // Alone, two sentences this loosely reworded weigh too little to be reuse;
  // the copied phrase the word seeds find shows the copying, so the passage
  // covers both sentences, not the phrase alone.
  const std::string a =
      "Morning briefing.\n\nThe mayor opened the new harbour bridge on Saturday. Firefighters battled the blaze "
      "at the timber warehouse for more than six hours before bringing it under control early on Thursday "
      "morning. The fire started in a storage room at the back of the building, according to the county fire "
      "marshal, and spread quickly through stacks of dried pine.\n\nCouncil tax bills will rise in April.\n";
  const std::string b =
      "Evening news.\n\nA new playground was opened in the park. Fire crews fought the flames at the wooden "
      "warehouse during over six hours, and only early Thursday morning was the blaze under control. According "
      "to the fire marshal of the county, it began in a storeroom in the rear and spread quickly through stacks "
      "of dried pine.\n\nRail services will run a reduced timetable on Sunday.\n";
  const Report r = compare(a, b);
  const auto [in_a, in_b] = only_passage_texts(r);
  CHECK(in_a.rfind("Firefighters battled", 0) == 0);
  CHECK(in_a.find("dried pine") != std::string::npos);
  CHECK(in_b.rfind("Fire crews fought", 0) == 0);
  CHECK(in_b.find("dried pine") != std::string::npos);
}

TEST_CASE("sentence seeds: only documents with reworded word-seed reuse are split into sentences") {
  // Documents 0-1 share a near-verbatim copy (found whole by word seeds),
  // 2-3 a reworded one (found in part): only 2 and 3 are looked at again.
  std::vector<parallax::NearPassage> word_passages(2);
  word_passages[0].doc_a = 0, word_passages[0].doc_b = 1, word_passages[0].similarity = 0.96;
  word_passages[1].doc_a = 2, word_passages[1].doc_b = 3, word_passages[1].similarity = 0.62;
  CHECK(parallax::reworded_documents(word_passages, 5) == std::vector<bool>{false, false, true, true, false});
  CHECK(parallax::reworded_documents({}, 2) == std::vector<bool>{false, false});
}
