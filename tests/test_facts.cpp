#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "analyze.h"
#include "facts.h"
#include "sentences.h"
#include "tokenize.h"
#include "vocabulary.h"

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

namespace {

// Whether the sentences holding `x` (in doc dx) and `y` (in doc dy) share a fact.
bool share_fact(const Report& r, std::uint32_t dx, const std::string& x, std::uint32_t dy, const std::string& y) {
  for (const auto& f : r.facts) {
    bool has_x = false, has_y = false;
    for (const auto& s : f.sentences) {
      const std::string text = sentence_text(r, s.doc, s.sentence);
      has_x = has_x || (s.doc == dx && text.find(x) != std::string::npos);
      has_y = has_y || (s.doc == dy && text.find(y) != std::string::npos);
    }
    if (has_x && has_y) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("facts: a sentence starts a second fact only through words it has not used") {
  // The short sentence of b matches a (the call to post pictures) and, with
  // the same words, c (pictures that were posted; a pair above the threshold
  // on its own): c is not glued to it, nor made a second fact with it. (c
  // shares little with a: its mean to the fact of a and b stays under the
  // join average; with "outside the clinic." alone, clause containment took
  // it from 0.297 to 0.304, over the 0.3 needed.)
  const std::string a =
      "Organisers asked people to flood social media with photos of the candlelit vigils, a tactic borrowed from the "
      "student movement in neighbouring Serbia last winter.\n";
  const std::string b = "Residents could then flood social media with pictures of the vigils.\n";
  const std::string c =
      "Pictures shared on social media on Sunday showed nurses holding yellow tulips outside the children's clinic "
      "in the old town.\n";
  parallax::AnalysisOptions options;
  options.fact_threshold = 0.3;
  const Report r = analyze({{"a", a}, {"b", b}, {"c", c}}, options);
  CHECK(share_fact(r, 0, "flood social media", 1, "flood social media"));
  CHECK_FALSE(share_fact(r, 1, "flood social media", 2, "Pictures shared"));
}

TEST_CASE("facts: one fact across five articles even when it was linked from two ends") {
  // Each article tells the arrest in its own words; some pairs share little,
  // but every one is close to the others on the whole.
  const std::vector<std::string> texts = {
      "Okafor was arrested in March after returning from Portugal, where he had been treated after a stabbing in Lagos.\n",
      "Okafor was arrested in March after returning to Nigeria for the first time since the stabbing in Lagos last year.\n",
      "Okafor, 51, was arrested on March 3 after returning to Nigeria from Portugal, where he was treated for stab wounds.\n",
      "Okafor was detained by police at the airport on March 3 when he arrived from Portugal after recovering from the stabbing.\n",
      "Okafor returned to Nigeria on 3 March after months recovering in Portugal from a stabbing.\n"};
  std::vector<parallax::InputDocument> docs;
  for (std::size_t k = 0; k < texts.size(); ++k) docs.push_back({std::string(1, static_cast<char>('a' + k)), texts[k]});
  const Report r = analyze(docs, {});
  bool all = false;
  for (const auto& f : r.facts) all = all || f.sentences.size() == texts.size();
  CHECK(all);
  SUBCASE("and no fact is left that another fact holds whole") {
    for (double threshold : {0.3, 0.4}) {
      parallax::AnalysisOptions options;
      options.fact_threshold = threshold;
      const Report t = analyze(docs, options);
      const auto key = [](const auto& s) { return std::make_pair(s.doc, s.sentence); };
      for (std::size_t x = 0; x < t.facts.size(); ++x)
        for (std::size_t y = 0; y < t.facts.size(); ++y) {
          if (x == y) continue;
          bool inside = true;
          for (const auto& s : t.facts[x].sentences) {
            bool found = false;
            for (const auto& u : t.facts[y].sentences) found = found || key(s) == key(u);
            inside = inside && found;
          }
          CHECK_FALSE(inside);
        }
    }
  }
}

namespace {

// Facts of one-sentence documents found directly by find_facts, with `options`.
parallax::FactResult facts_of_sentences(const std::vector<std::string>& texts, const parallax::FactOptions& options) {
  parallax::Vocabulary vocabulary;
  std::vector<parallax::AnalysedDocument> docs(texts.size());
  std::vector<std::vector<parallax::SentenceRange>> sentences;
  for (std::size_t d = 0; d < texts.size(); ++d) {
    docs[d].tokens = parallax::tokenize(texts[d]);
    vocabulary.assign_ids(texts[d], docs[d].tokens);
    sentences.push_back(parallax::segment_sentences(texts[d], docs[d].tokens));
  }
  return parallax::find_facts(docs, sentences, vocabulary, options);
}

}  // namespace

TEST_CASE("facts: a fact told in several wordings takes in one whose mean is a little under the threshold") {
  // The fourth is close to the first two (about 0.44 each) and far from the
  // third (about 0.3): its mean, 0.39, is under the threshold 0.4 but above
  // 0.85 of it.
  const std::vector<std::string> texts = {
      "Volunteers handed out blankets and hot soup to the passengers in the ferry terminal at Larnport.\n",
      "At the Larnport terminal, passengers were given blankets and soup by volunteers.\n",
      "Passengers waiting in the terminal received hot drinks and blankets from local volunteers.\n",
      "Local people brought hot soup and warm clothes to the stranded travellers at Larnport.\n"};
  const auto largest = [](const parallax::FactResult& r) {
    std::size_t n = 0;
    for (const auto& f : r.facts) n = std::max(n, f.sentences.size());
    return n;
  };
  parallax::FactOptions options;
  CHECK(largest(facts_of_sentences(texts, options)) == 4);
  SUBCASE("a mean of the full threshold leaves it out") {
    options.join_average_share = 1.0;
    CHECK(largest(facts_of_sentences(texts, options)) == 3);
  }
  SUBCASE("never below min_join_average, whatever the threshold") {
    options.threshold = 0.3;
    options.min_join_average = 0.45;  // above the fourth's mean
    CHECK(largest(facts_of_sentences(texts, options)) == 3);
  }
}

TEST_CASE("facts: a long sentence joins a fact through one of its clauses") {
  // One article announces the picket line in a long sentence that also says
  // where and why; the other reports it between the ages and the banner. The
  // whole sentences share little (0.26), their clauses the picket line.
  const std::string a =
      "Nurses plan protest over pay\n\n"
      "Separately, a union leader called on nurses to form a picket line outside the regional hospital in Leeds to "
      "press for better pay and for staff who were suspended during the strike.\n\n"
      "The health trust said talks with the union would resume next week.\n\n"
      "Hospital managers have warned that waiting lists could grow over the winter.\n";
  const std::string b =
      "Nurses picket Leeds hospital\n\n"
      "More than 200 nurses, most of them aged between 25 and 50, formed a picket line, holding a banner more than "
      "30 metres long.\n\n"
      "Drivers sounded their horns in support as they passed the main gate.\n\n"
      "A spokesman for the trust declined to comment on the dispute.\n";
  const Report r = analyze({{"a", a}, {"b", b}}, {});
  bool found = false;
  for (const auto& f : r.facts) {
    std::string all;
    for (const auto& s : f.sentences) all += sentence_text(r, s.doc, s.sentence) + " | ";
    found = found || (all.find("to form a picket line") != std::string::npos &&
                      all.find("formed a picket line") != std::string::npos);
  }
  CHECK(found);
}
