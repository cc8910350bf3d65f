// Discrepancies (core/discrepancies.h): value comparison rules
// (core/value_comparison.h), time zones of places (core/time_zones.h),
// quotations and speakers (core/quotes.h), and whole analyses of short
// invented articles. Invented text only.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "analyze.h"
#include "names.h"
#include "quotes.h"
#include "sentences.h"
#include "time_zones.h"
#include "tokenize.h"
#include "value_comparison.h"
#include "values.h"

using namespace parallax;

namespace {

// The first value mention of `text` (its type, value, qualifier and amounts as the finder gives them).
ValueMention value_in(const std::string& text) {
  const Tokens tokens = tokenize(text);
  const auto found = find_values(text, tokens, {});
  REQUIRE_MESSAGE(!found.empty(), "no value in: " << text);
  return found.front();
}

ValueRelation relation(const std::string& a, const std::string& b, const TimeFrame& fa = {}, const TimeFrame& fb = {}) {
  return compare_values(value_in(a), fa, value_in(b), fb).relation;
}

TimeFrame moscow() { return {true, 180, "Moscow"}; }

Report analyse(const std::vector<std::string>& texts) {
  std::vector<InputDocument> inputs;
  for (std::size_t k = 0; k < texts.size(); ++k) inputs.push_back({"doc" + std::to_string(k) + ".txt", texts[k]});
  return analyze(inputs, AnalysisOptions{});
}

std::string span_text(const Report& r, const DiscrepancyValue& v) {
  return r.documents[v.doc].text.substr(v.start, v.end - v.start);
}

// Discrepancies holding a value whose span reads `text` in document `doc`.
std::vector<const DiscrepancyReport*> with_value(const Report& r, std::uint32_t doc, const std::string& text) {
  std::vector<const DiscrepancyReport*> out;
  for (const DiscrepancyReport& d : r.discrepancies)
    for (const DiscrepancyValue& v : d.values)
      if (v.doc == doc && span_text(r, v) == text) {
        out.push_back(&d);
        break;
      }
  return out;
}

std::size_t conflicts(const Report& r) {
  return static_cast<std::size_t>(std::count_if(r.discrepancies.begin(), r.discrepancies.end(),
                                                [](const DiscrepancyReport& d) { return d.verdict == "conflict"; }));
}

}  // namespace

TEST_CASE("value comparison: counts without qualifiers") {
  CHECK(relation("12 killed", "15 killed") == ValueRelation::kDisjoint);
  CHECK(relation("12 killed", "twelve killed") == ValueRelation::kSame);
  // A round number may be rounded: 5,300 covers 5,342, not 5,500.
  CHECK(relation("5,300 people", "5,342 people") == ValueRelation::kCompatible);
  CHECK(relation("5,300 people", "5,500 people") == ValueRelation::kDisjoint);
}

TEST_CASE("value comparison: qualifiers make intervals") {
  // more than X: up to twice X; hundreds used loosely from 100.
  CHECK(relation("More than 100 women", "Hundreds of women") == ValueRelation::kCompatible);
  CHECK(relation("more than 11,000 people", "thousands of people") == ValueRelation::kCompatible);
  CHECK(relation("more than 100 women", "more than 500 women") == ValueRelation::kDisjoint);
  // at least X is open above.
  CHECK(relation("at least 5,300 people", "more than 11,000 people") == ValueRelation::kCompatible);
  CHECK(relation("at least 5,300 people", "4,000 people") == ValueRelation::kDisjoint);
  // about X: 15% either way; almost X: up to X.
  CHECK(relation("about 200 people", "220 people") == ValueRelation::kCompatible);
  CHECK(relation("about 200 people", "300 people") == ValueRelation::kDisjoint);
  CHECK(relation("almost 2,000 people", "1,800 people") == ValueRelation::kCompatible);
  CHECK(relation("almost 2,000 people", "2,500 people") == ValueRelation::kDisjoint);
  CHECK(relation("fewer than 50 people", "30 people") == ValueRelation::kCompatible);
}

TEST_CASE("value comparison: intervals of qualified numbers") {
  const ValueInterval more = value_interval(value_in("more than 100 women"));
  CHECK(more.low == doctest::Approx(100));
  CHECK(more.high == doctest::Approx(200));
  const ValueInterval vague = value_interval(value_in("hundreds of women"));
  CHECK(vague.low == doctest::Approx(100));
  CHECK(vague.high == doctest::Approx(1998));
  const ValueInterval about = value_interval(value_in("about 40 people"));
  CHECK(about.low == doctest::Approx(34));
  CHECK(about.high == doctest::Approx(46));
}

TEST_CASE("value comparison: dates at the precision both give") {
  CHECK(relation("on January 17", "on January 18") == ValueRelation::kDisjoint);
  CHECK(relation("on January 17", "on 17 January") == ValueRelation::kSame);
  CHECK(relation("on January 17, 2021", "on January 17") == ValueRelation::kCompatible);
  CHECK(relation("in January 2021", "on January 17, 2021") == ValueRelation::kCompatible);
  CHECK(relation("in January 2021", "on February 2, 2021") == ValueRelation::kDisjoint);
  // A day against a month can differ, but is not precise enough to contradict.
  CHECK_FALSE(compare_values(value_in("in January 2021"), {}, value_in("on February 2, 2021"), {}).precise);
  // A weekday without a publication date is not compared.
  CHECK(relation("on Sunday", "on January 17") == ValueRelation::kIncomparable);
}

TEST_CASE("value comparison: times in UTC once the story's place gives the zone") {
  // 1700 GMT is 20:00 in Moscow (UTC+3).
  const ValueComparison c = compare_values(value_in("at 1700 GMT"), moscow(), value_in("at 8 p.m. local time"), moscow());
  CHECK(c.relation == ValueRelation::kCompatible);
  CHECK(c.inferred);
  CHECK(c.reason.find("UTC+3") != std::string::npos);
  CHECK(resolved_time(value_in("at 8:00 pm"), moscow()) == "T17:00Z");
  CHECK(resolved_time(value_in("at 1700 GMT"), moscow()) == "");
  // In London the same local time is another moment.
  CHECK(relation("at 1700 GMT", "at 8 p.m.", {}, TimeFrame{true, 0, "London"}) == ValueRelation::kDisjoint);
  // Unplaced local time against a zoned one: not compared.
  CHECK(relation("at 1700 GMT", "at 8 p.m.") == ValueRelation::kIncomparable);
  // Two local times of one place compare directly.
  CHECK(relation("at 8 p.m.", "at 20:00", moscow(), moscow()) == ValueRelation::kSame);
  CHECK(relation("at 8 p.m.", "at 9 p.m.", moscow(), moscow()) == ValueRelation::kDisjoint);
}

TEST_CASE("value comparison: durations, money and percentages") {
  CHECK(relation("for 15 minutes", "for about 15 minutes") == ValueRelation::kCompatible);
  CHECK(relation("a 3.5-year sentence", "a three-and-a-half-year sentence") == ValueRelation::kSame);
  CHECK(relation("for 15 minutes", "for 20 minutes") == ValueRelation::kDisjoint);
  CHECK(relation("$5 million", "$7 million") == ValueRelation::kDisjoint);
  CHECK(relation("$5 million", "\xE2\x82\xAC" "5 million") == ValueRelation::kIncomparable);
  CHECK(relation("5%", "about 5.5%") == ValueRelation::kCompatible);
}

TEST_CASE("time zones: places the gazetteer knows, countries by their capital") {
  int offset = 0;
  REQUIRE(place_utc_offset("moscow", offset));
  CHECK(offset == 180);
  REQUIRE(place_utc_offset("russia", offset));
  CHECK(offset == 180);
  REQUIRE(place_utc_offset("new delhi", offset));
  CHECK(offset == 330);
  CHECK_FALSE(place_utc_offset("atlantis", offset));
  const std::string text = "MOSCOW (Reuters) - Police in Moscow and across Russia said on Sunday that Berlin had not replied.";
  const Tokens tokens = tokenize(text);
  const auto sentences = segment_sentences(text, tokens);
  const auto values = find_values(text, tokens, {});
  const TimeFrame frame = story_time_frame(text, find_names(text, tokens, sentences, values));
  CHECK(frame.known);
  CHECK(frame.offset_minutes == 180);
  const std::string none = "Nobody said where it happened.";
  const Tokens t2 = tokenize(none);
  CHECK_FALSE(story_time_frame(none, find_names(none, t2, segment_sentences(none, t2), {})).known);
}

TEST_CASE("quotes: spans and speakers") {
  const std::string text =
      "\xE2\x80\x9CWe will rebuild the bridge before winter,\xE2\x80\x9D Mayor Anna Keller said on Monday.\n\n"
      "Engineer Tomas Brandt was less sure. He told reporters: \"The river is still too high to start.\"\n\n"
      "\xC2\xAB" "Nobody warned us in time\xC2\xBB, wrote one of Keller's critics, Jonas Weber.\n\n"
      "\"Nothing will change,\" the sign read.";
  const Tokens tokens = tokenize(text);
  const auto sentences = segment_sentences(text, tokens);
  const auto values = find_values(text, tokens, {});
  const auto names = find_names(text, tokens, sentences, values);
  const auto quotes = find_quotes(text, tokens, names);
  REQUIRE(quotes.size() == 4);
  const auto quoted = [&](const Quote& q) { return text.substr(q.start, q.end - q.start); };
  const auto speaker = [&](const Quote& q) {
    return q.speaker < 0 ? std::string() : text.substr(names[q.speaker].start, names[q.speaker].end - names[q.speaker].start);
  };
  CHECK(quoted(quotes[0]) == "We will rebuild the bridge before winter,");
  CHECK(speaker(quotes[0]) == "Anna Keller");
  CHECK(quotes[0].attribution == Attribution::kNamed);
  CHECK(quoted(quotes[1]) == "The river is still too high to start.");
  CHECK(speaker(quotes[1]) == "Tomas Brandt");
  CHECK(quotes[1].attribution == Attribution::kPronoun);
  // A possessive name is not the speaker.
  CHECK(speaker(quotes[2]) == "Jonas Weber");
  // No attribution verb: no speaker.
  CHECK(quotes[3].attribution == Attribution::kNone);
  CHECK(quotes[3].speaker == -1);
}

TEST_CASE("discrepancies: different counts of the same fact conflict") {
  const Report r = analyse({
      "A landslide buried part of the mountain village of Ostrava Dolna on Tuesday.\n\n"
      "Rescuers said 12 people were killed when the landslide hit the village school.",
      "Heavy rain set off a landslide in the mountains on Tuesday.\n\n"
      "Rescuers said 15 people were killed when the landslide hit the village school.",
  });
  const auto found = with_value(r, 0, "12 people");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->verdict == "conflict");
  CHECK(found[0]->kind == "count");
  REQUIRE(found[0]->values.size() == 2);
  CHECK(span_text(r, found[0]->values[1]) == "15 people");
  CHECK(found[0]->fact >= 0);
  CHECK(conflicts(r) == 1);
}

TEST_CASE("discrepancies: the same counts, or counts of different things, do not conflict") {
  const Report same = analyse({
      "Rescuers said 12 people were killed when the landslide hit the village school on Tuesday.",
      "Rescuers said twelve people were killed when the landslide hit the village school on Tuesday.",
  });
  CHECK(conflicts(same) == 0);
  const auto agreed = with_value(same, 0, "12 people");
  REQUIRE(agreed.size() == 1);
  CHECK(agreed[0]->verdict == "agree");
  // Killed and injured are different roles: not paired as one count.
  const Report roles = analyse({
      "Rescuers said 12 people were killed when the landslide hit the village school on Tuesday.",
      "Rescuers said 30 people were injured when the landslide hit the village school on Tuesday.",
  });
  CHECK(conflicts(roles) == 0);
  // Different places in the two sentences: different scopes.
  const Report places = analyse({
      "Police detained 1,800 people at the protests in Moscow on Sunday, the monitoring group said.",
      "Police detained 1,176 people at the protests in St. Petersburg on Sunday, the monitoring group said.",
  });
  CHECK(conflicts(places) == 0);
  const auto scoped = with_value(places, 0, "1,800 people");
  REQUIRE(scoped.size() == 1);
  CHECK(scoped[0]->verdict == "different-scope");
}

TEST_CASE("discrepancies: different days for one event conflict, different periods do not") {
  const Report r = analyse({
      "The former mayor Viktor Lanz was arrested on January 17 at the airport after returning from Vienna.",
      "The former mayor Viktor Lanz was arrested on January 18 at the airport after returning from Vienna.",
  });
  const auto found = with_value(r, 0, "January 17");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->verdict == "conflict");
  CHECK(found[0]->kind == "date");
  const Report month = analyse({
      "The former mayor Viktor Lanz was arrested in January at the airport after returning from Vienna.",
      "The former mayor Viktor Lanz was arrested on January 18 at the airport after returning from Vienna.",
  });
  CHECK(conflicts(month) == 0);
}

TEST_CASE("discrepancies: a zoned time and local times of a Moscow story agree") {
  const Report r = analyse({
      "MOSCOW (Reuters) - Organisers in Moscow asked residents of Russia to switch on their torches at 1700 GMT on "
      "Sunday for ten minutes.",
      "Organisers in Moscow asked residents across Russia to switch on their torches at 8 p.m. local time on Sunday "
      "for ten minutes.",
  });
  const auto found = with_value(r, 0, "1700 GMT");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->verdict == "agree");
  CHECK(found[0]->kind == "time");
  REQUIRE(found[0]->values.size() == 2);
  CHECK(found[0]->values[1].resolved == "T17:00Z");
  CHECK(conflicts(r) == 0);
}

TEST_CASE("discrepancies: a quotation attributed to different people conflicts, to one person agrees") {
  const Report r = analyse({
      "The council met on Monday. \xE2\x80\x9CWe will rebuild the old bridge before the winter comes,\xE2\x80\x9D "
      "Mayor Anna Keller said after the meeting.",
      "The council met on Monday. \xE2\x80\x9CWe are going to rebuild the old bridge before winter comes,\xE2\x80\x9D "
      "said engineer Tomas Brandt after the meeting.",
      "The council met on Monday. \xE2\x80\x9CWe will rebuild the old bridge before the winter comes,\xE2\x80\x9D "
      "Anna Keller told reporters.",
  });
  std::vector<const DiscrepancyReport*> quotes;
  for (const DiscrepancyReport& d : r.discrepancies)
    if (d.kind == "quote") quotes.push_back(&d);
  REQUIRE(quotes.size() == 1);
  CHECK(quotes[0]->verdict == "conflict");
  REQUIRE(quotes[0]->values.size() == 3);
  CHECK(quotes[0]->values[0].speaker == "Anna Keller");
  CHECK(quotes[0]->values[1].speaker == "Tomas Brandt");
  // The second version's differing words: "are going to" and not "the".
  REQUIRE_FALSE(quotes[0]->values[1].differ.empty());
  const DiscrepancyValue& v = quotes[0]->values[1];
  CHECK(r.documents[1].text.substr(v.differ[0].start, v.differ[0].end - v.differ[0].start) == "are going to");

  const Report agree = analyse({
      "\xE2\x80\x9CWe will rebuild the old bridge before the winter comes,\xE2\x80\x9D Mayor Anna Keller said.",
      "\xE2\x80\x9CWe shall rebuild the old bridge before winter comes,\xE2\x80\x9D Keller said.",
  });
  REQUIRE(agree.discrepancies.size() == 1);
  CHECK(agree.discrepancies[0].verdict == "agree");
  CHECK(agree.discrepancies[0].values[1].speaker == "Anna Keller");
}

TEST_CASE("discrepancies: off with the option, and without values") {
  AnalysisOptions options;
  options.discrepancies = false;
  const std::string a = "Rescuers said 12 people were killed when the landslide hit the village school.";
  const std::string b = "Rescuers said 15 people were killed when the landslide hit the village school.";
  CHECK(analyze({{"a.txt", a}, {"b.txt", b}}, options).discrepancies.empty());
  CHECK_FALSE(analyze({{"a.txt", a}, {"b.txt", b}}, AnalysisOptions{}).discrepancies.empty());
  options.discrepancies = true;
  options.values = false;
  CHECK(analyze({{"a.txt", a}, {"b.txt", b}}, options).discrepancies.empty());
}
