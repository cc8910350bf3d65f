#include <doctest/doctest.h>

#include <string>

#include "analyze.h"

using parallax::analyze;
using parallax::Report;

namespace {

// Three invented reports of one event, in other words, plus unrelated lines.
const std::string kA =
    "Ferry loses power off Carrowmere\n\n"
    "Passengers switched on their phone torches so the rescuers could see them on the deck.\n\n"
    "The harbour master said the storm was the worst in a decade.\n\n"
    "A local choir will perform at the town hall next month.\n";
const std::string kB =
    "Storm strands ferry\n\n"
    "Travellers held up their smartphone flashlights to help rescuers spot them on deck.\n\n"
    "According to the harbour master, it was the worst storm in ten years.\n\n"
    "Parking charges in the town centre rise in April.\n";
const std::string kC =
    "Rescue at sea\n\n"
    "Many passengers used the torches on their mobile phones so rescuers could see them.\n\n"
    "The council has not yet set a date for the inquiry into the crossing.\n";

std::string sentence_text(const Report& r, std::uint32_t doc, std::uint32_t s) {
  const auto& span = r.documents[doc].sentences[s];
  return r.documents[doc].text.substr(span.start, span.end - span.start);
}

}  // namespace

TEST_CASE("facts: the same fact in other words is one fact across articles") {
  const Report r = analyze({{"a", kA}, {"b", kB}, {"c", kC}}, {});
  bool torches = false, storm = false;
  for (const auto& f : r.facts) {
    std::string all;
    for (const auto& s : f.sentences) all += sentence_text(r, s.doc, s.sentence) + " | ";
    if (all.find("phone torches") != std::string::npos && all.find("flashlights") != std::string::npos) {
      torches = true;
      CHECK(f.sentences.size() >= 2);
      CHECK_FALSE(f.sentences[0].matched.empty());  // the matching words are given
    }
    if (all.find("worst in a decade") != std::string::npos && all.find("worst storm in ten years") != std::string::npos)
      storm = true;
  }
  CHECK(torches);
  CHECK(storm);
}

TEST_CASE("facts: unrelated sentences are only in their article") {
  const Report r = analyze({{"a", kA}, {"b", kB}, {"c", kC}}, {});
  bool choir_only = false;
  for (std::uint32_t s : r.documents[0].only_in)
    choir_only = choir_only || sentence_text(r, 0, s).find("choir") != std::string::npos;
  CHECK(choir_only);
  for (const auto& f : r.facts)
    for (const auto& s : f.sentences) CHECK(sentence_text(r, s.doc, s.sentence).find("choir") == std::string::npos);
}

TEST_CASE("facts: the similarity matrix counts shared sentences") {
  const Report r = analyze({{"a", kA}, {"b", kB}, {"c", kC}}, {});
  REQUIRE(r.similarity.size() == 3);
  CHECK(r.similarity[0][0] == 1.0);
  CHECK(r.similarity[0][1] > 0.0);
  CHECK(r.similarity[0][1] <= 1.0);
}

TEST_CASE("facts: can be switched off") {
  parallax::AnalysisOptions options;
  options.facts = false;
  const Report r = analyze({{"a", kA}, {"b", kB}}, options);
  CHECK(r.facts.empty());
}
