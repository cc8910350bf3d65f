// Value mentions (core/values.h) and their alignment across documents
// (core/value_entities.h). Invented text only.
#include <doctest/doctest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "analyze.h"
#include "request.h"
#include "report_json.h"
#include "tokenize.h"
#include "value_entities.h"
#include "values.h"

using namespace parallax;

namespace {

struct Found {
  std::string type;
  std::string surface;
  std::string value;
  std::string qualifier;
  std::string unit;
  bool age = false;
};

std::vector<Found> values_of(const std::string& text, const char* date = nullptr) {
  ValueContext ctx;
  if (date) REQUIRE(parse_publication_date(date, ctx));
  const Tokens tokens = tokenize(text);
  std::vector<Found> out;
  for (const ValueMention& m : find_values(text, tokens, ctx))
    out.push_back({value_type_name(m.type), text.substr(m.start, m.end - m.start), m.value, m.qualifier, m.unit, m.age});
  return out;
}

// The single mention found in the text (fails when there is not exactly one).
Found one(const std::string& text, const char* date = nullptr) {
  const auto all = values_of(text, date);
  REQUIRE_MESSAGE(all.size() == 1, text);
  return all[0];
}

bool none(const std::string& text) { return values_of(text).empty(); }

}  // namespace

TEST_CASE("values: day and month in either order are one date") {
  CHECK(one("They met on 17 January in the park.").value == "XXXX-01-17");
  CHECK(one("They met on January 17 in the park.").value == "XXXX-01-17");
  CHECK(one("They met on the 17th of January.").surface == "17th of January");
  CHECK(one("Talks resumed Feb. 2 after a pause.").value == "XXXX-02-02");
  CHECK(one("Talks resumed Feb. 2 after a pause.").surface == "Feb. 2");
  const Found full = one("Signed on February 14, 2021, by both.");
  CHECK(full.value == "2021-02-14");
  CHECK(full.surface == "February 14, 2021");
  CHECK(one("The deadline is 2021-02-14.").value == "2021-02-14");
  CHECK(one("Friday 29 January was cold.").surface == "Friday 29 January");
  CHECK(one("It ended in March 2019.").value == "2019-03");
}

TEST_CASE("values: a date without a year takes the publication year when known") {
  CHECK(one("They met on 17 January.", "2021-02-14").value == "2021-01-17");
  CHECK(one("They will meet on 3 January.", "2021-12-20").value == "2022-01-03");
  SUBCASE("an impossible date is no date") { CHECK(one("Due on 31 February.").type == "NUMBER"); }
}

TEST_CASE("values: a year alone after a preposition, and decades") {
  const Found y = one("Prices rose in 2020, the report says.");
  CHECK(y.type == "DATE");
  CHECK(y.value == "2020");
  CHECK(one("Music of the 1990s returned.").value == "199X");
  SUBCASE("a count of 2000 is not a year") {
    const Found n = one("Some 2000 people came.");
    CHECK(n.type == "NUMBER");
    CHECK(n.unit == "people");
    CHECK(one("They sold 1999 tickets.").type == "NUMBER");
  }
  SUBCASE("a year before the noun it dates") {
    const std::pair<const char*, const char*> years[] = {{"Police reopened the 1967 killings.", "1967"},
                                                         {"Its 2007 ceremony was long.", "2007"},
                                                         {"He hosts the 2014 Oscars.", "2014"},
                                                         {"She drove a grey 2013 Vesta sedan.", "2013"}};
    for (const auto& [text, year] : years) {
      const Found y = one(text);
      CHECK_MESSAGE(y.type == "DATE", text);
      CHECK(y.value == year);
      CHECK(y.surface == year);
    }
  }
}

TEST_CASE("values: weekdays resolve against the publication date") {
  CHECK(one("Crowds gathered on Sunday.").value == "XXXX-WXX-7");
  CHECK(one("Crowds gathered on Sunday.", "2021-02-16").value == "2021-02-14");
  CHECK(one("Crowds will gather on Friday.", "2021-02-16").value == "2021-02-19");
  const Found last = one("Last Saturday saw rain.", "2021-02-14");
  CHECK(last.surface == "Last Saturday");
  CHECK(last.value == "2021-02-13");
  CHECK(one("It was announced yesterday.", "2021-03-01").value == "2021-02-28");
  CHECK(none("It was announced yesterday."));  // nothing to resolve against
  CHECK(none("Sundays are quiet, sunday is lower case."));
}

TEST_CASE("values: months as words and names") {
  CHECK(one("March 3 was the day.").value == "XXXX-03-03");  // sentence-start capital
  CHECK(none("March organisers said the march would go ahead."));
  CHECK(one("The vote was held in May.").value == "XXXX-05");
  CHECK(none("May I ask? It may rain. Theresa May spoke."));
  CHECK(one("Elections are due in mid-January.").value == "XXXX-01");
  CHECK(none("The Jan report.") );
}

TEST_CASE("values: times with their zone") {
  const Found gmt = one("Start at 1700 GMT sharp.");
  CHECK(gmt.type == "TIME");
  CHECK(gmt.value == "T17:00Z");
  CHECK(gmt.unit == "GMT");
  CHECK(one("Start at 17:00 GMT sharp.").value == "T17:00Z");
  CHECK(one("Start at 20:00 MSK sharp.").value == "T17:00Z");
  const Found local = one("Lights on at 8 p.m. local time, they said.");
  CHECK(local.surface == "8 p.m. local time");
  CHECK(local.value == "T20:00");
  CHECK(local.qualifier == "local time");
  CHECK(one("Lights on at 8:00 pm.").value == "T20:00");
  CHECK(one("Lights on at 8pm.").value == "T20:00");
  CHECK(one("Lights on at 20:00.").value == "T20:00");
  CHECK(one("Lights off at 12 a.m.").value == "T00:00");
  SUBCASE("not times") {
    CHECK(one("The score was 3:1 and 1700 fans left.").unit == "fans");  // a count, not a time
    CHECK(none("Clip 0:00 0:01:46 0:00"));
  }
}

TEST_CASE("values: numbers with qualifier and counted noun") {
  const Found a = one("Police said more than 11,000 people were held.");
  CHECK(a.type == "NUMBER");
  CHECK(a.surface == "more than 11,000 people");
  CHECK(a.value == "11000");
  CHECK(a.qualifier == "more than");
  CHECK(a.unit == "people");
  const Found b = one("At least 5,300 people were held.");
  CHECK(b.qualifier == "at least");
  CHECK(b.surface == "At least 5,300 people");
  CHECK(one("Rallies in 88 cities.").surface == "88 cities");
  CHECK(one("Rallies in 88 Russian cities.").unit == "cities");
  CHECK(one("They opened 20 criminal cases.").surface == "20 criminal cases");
  CHECK(one("They held 20 Russians there.").unit == "russians");
  CHECK(one("The man, 44, was held.").value == "44");
  CHECK(one("It grew 3.5 times.").value == "3.5");
  CHECK(one("Almost 40 cars.").qualifier == "almost");
  CHECK(one("Nearly 40 cars.").qualifier == "nearly");
  CHECK(one("About 40 cars.").qualifier == "about");
  CHECK(one("Up to 40 cars.").qualifier == "up to");
  CHECK(one("Over 40 cars.").qualifier == "over");
  CHECK(one("Some 40 cars.").qualifier == "some");
  CHECK(one("Between 10-15 cars.").value == "10..15");
}

TEST_CASE("values: the counted noun is a noun") {
  SUBCASE("a noun before a plural noun is part of it") {
    CHECK(one("He overpowered two prison guards today.").surface == "two prison guards");
    CHECK(one("He overpowered two prison guards today.").unit == "guards");
    CHECK(one("Four ferry workers were saved.").unit == "workers");
    CHECK(one("Two armed men fled.").unit == "men");
    CHECK(one("Two people says nobody.").unit == "people");  // a head noun stays the head
    CHECK(one("They lost 20 games in a row.").unit == "games");
  }
  SUBCASE("a participle or a state is no counted noun") {
    CHECK(one("Three killed in the blast").surface == "Three");
    CHECK(one("Three killed in the blast").unit.empty());
    CHECK(one("Flood leaves 12 dead").unit.empty());
    CHECK(one("Crash: 2 hurt on the bridge").unit.empty());
    CHECK(one("Dozens injured after the match").surface == "Dozens");
  }
}

TEST_CASE("values: numbers in words and vague amounts") {
  const Found h = one("Hundreds of women marched.");
  CHECK(h.surface == "Hundreds of women");
  CHECK(h.value == "200..999");
  CHECK(h.unit == "women");
  CHECK(one("Thousands came.").value == "2000..9999");
  CHECK(one("Tens of thousands came.").value == "20000..99999");
  CHECK(one("Hundreds of thousands came.").value == "200000..999999");
  CHECK(one("They waited for a dozen buses.").value == "12");
  CHECK(one("Dozens of buses.").value == "24..99");
  CHECK(one("Several hundred buses.").value == "200..999");
  CHECK(one("Twenty-five buses.").value == "25");
  CHECK(one("Two hundred and five buses.").value == "205");
  CHECK(one("It took three-and-a-half hours.").value == "PT3.5H");
  CHECK(one("More than 100 women formed a chain.").qualifier == "more than");
  CHECK(one("Three million people.").value == "3000000");
  CHECK(one("2.5 million people.").value == "2500000");
}

TEST_CASE("values: what is not a number") {
  CHECK(none("Covid-19 spread."));
  CHECK(none("The G7 met."));
  CHECK(none("Call +7 495 123-45-67 now."));
  CHECK(none("Call 555-1234 now."));
  CHECK(none("One of them left. No one stayed."));
  CHECK(none("See REUTERS/2021 and #3."));
  CHECK(none("1. First item"));
  CHECK(none("He came 5th."));
  // A team's name: the 76ers and the 49ers are no counts; "5km" still is.
  CHECK(none("The 76ers fired their coach."));
  CHECK(none("The 49ers won again."));
  CHECK(one("They ran 5km.").unit == "km");
}

TEST_CASE("values: a number that ends a name is left to the name") {
  CHECK(none("They drove down state Route 12 toward the farm."));
  CHECK(none("The bug hits Windows 7 users and the Pelican 4 browser."));
  CHECK(none("the Gemini 9 crew landed."));
  // Still values: after a month, a weekday or a lower-case word, before a
  // unit, a percent sign or a dash, and at a sentence start.
  CHECK(one("It opened on May 5.", "2021-06-01").type == "DATE");
  CHECK(one("Orbit Labs scored 20 points.").value == "20");
  CHECK(one("Shares of Orbit Labs fell 5% on the day.").type == "PERCENT");
  CHECK(one("The Falcons beat Rovers 3-1 at home.").value == "3-1");
  CHECK(one("Orbit 12 million").value == "12000000");
  CHECK(one("Nine said they left.").value == "9");
}

TEST_CASE("values: an ordinal before 'time' counts how often something happened") {
  const Found second = one("She hosted the gala for the second time.");
  // type, span, value and counted noun at once
  CHECK(second.type + " | " + second.surface + " | " + second.value + " | " + second.unit ==
        "NUMBER | second time | 2 | time");
  CHECK(one("It flooded a third time that spring.").value == "3");
  CHECK(one("It was the first time he spoke.").value == "1");
  // Not without "time", nor a plural ("second times" is no phrase), nor other nouns.
  CHECK(none("The second quarter was slow."));
  CHECK(none("He came second."));
  CHECK(none("It was the last time."));
  CHECK(none("The first times were hard."));
}

TEST_CASE("values: an age is not a duration") {
  CHECK(none("A 36-year-old man was arrested."));
  CHECK(none("The five-year-old girl was found safe."));
  CHECK(one("A 3-year term.").value == "P3Y");  // a length of time stays one
  CHECK(one("He served a 10-year sentence.").value == "P10Y");
}

TEST_CASE("values: an age after a name is a value but no entity") {
  const auto age = [](const std::string& text) { return one(text).age; };
  SUBCASE("apposition and age words") {
    CHECK(age("Mara Lindqvist, 44, was detained."));
    CHECK(age("The painter, 71. She lived alone."));
    CHECK(age("Tom Ferro Jr., 52, left the court."));
    CHECK(age("Ana Ruiz, 19 and her brother came."));
    CHECK(age("Lord Hale (63) resigned."));
    CHECK(age("She died in her sleep aged 88."));
    CHECK(age("He retired at the age of 60 last year."));
    CHECK(age("Singer dies at 79"));
    CHECK(one("Mara Lindqvist, 44, was detained.").value == "44");  // still a value for comparisons
  }
  SUBCASE("counts are no ages") {
    CHECK_FALSE(age("Mara Lindqvist, 44 people and more."));
    CHECK_FALSE(age("In the end, 44 were left."));
    CHECK_FALSE(age("The bus carried 44, police said."));
    CHECK_FALSE(age("Of the boats, 12 sank."));
    CHECK_FALSE(age("Mara Lindqvist, 440, was detained."));
  }
  SUBCASE("an age joins no entity") {
    std::vector<InputDocument> inputs = {{"a.txt", "Mara Lindqvist, 44, was detained."},
                                         {"b.txt", "Police held Mara Lindqvist, 44, on Friday."}};
    const Report report = analyze(inputs, AnalysisOptions{});
    for (const EntityReport& e : report.entities) CHECK(e.type != "NUMBER");
  }
}

TEST_CASE("values: a tally is one number") {
  const Found score = one("The visitors won 20-13 at home.");
  CHECK(score.type == "NUMBER");
  CHECK(score.surface == "20-13");
  CHECK(score.value == "20-13");
  CHECK(one("The bill passed 52-47.").value == "52-47");
  CHECK(one("They led 10-0 early.").value == "10-0");
  SUBCASE("a rising pair is a range, three parts no tally") {
    CHECK(one("Some 10-15 boats.").value == "10..15");
    CHECK(none("His record is 45-7-2 now."));
    CHECK(none("Call 555-1234 now."));
  }
}

TEST_CASE("values: percentages, money and durations") {
  CHECK(one("Turnout was 5% lower.").value == "5%");
  CHECK(one("Turnout was 5 per cent lower.").value == "5%");
  CHECK(one("Turnout was five percent lower.").value == "5%");
  CHECK(one("Turnout fell almost 3.5%.").qualifier == "almost");
  const Found usd = one("A fine of $5 million was paid.");
  CHECK(usd.type == "MONEY");
  CHECK(usd.value == "USD 5000000");
  CHECK(usd.surface == "$5 million");
  CHECK(one("A \xC2\xA3" "2.5bn deal.").value == "GBP 2500000000");
  CHECK(one("A deal of 4 million pounds.").value == "GBP 4000000");
  CHECK(one("A deal of more than a billion euros.").qualifier == "more than");
  CHECK(one("Wait 15 minutes.").value == "PT15M");
  CHECK(one("Wait three weeks.").value == "P3W");
  CHECK(one("Wait two years.").value == "P2Y");
  CHECK(one("A 3-year term.").value == "P3Y");
  CHECK(one("Wait one year.").value == "P1Y");
  CHECK(none("Two years ago."));
}

TEST_CASE("values: spans are exact byte spans with non-ASCII text around") {
  const std::string text = "«Grüße» — 17 января? No: “17 January” and 8:00 pm 😀, €5 million, ½.";
  const Tokens tokens = tokenize(text);
  const auto found = find_values(text, tokens, ValueContext{});
  REQUIRE(found.size() == 4);
  // "17 января" is read as a count of a noun the finder does not know.
  CHECK(text.substr(found[0].start, found[0].end - found[0].start) == "17 января");
  CHECK(text.substr(found[1].start, found[1].end - found[1].start) == "17 January");
  CHECK(text.substr(found[2].start, found[2].end - found[2].start) == "8:00 pm");
  CHECK(text.substr(found[3].start, found[3].end - found[3].start) == "€5 million");
  CHECK(found[3].value == "EUR 5000000");
  for (const ValueMention& m : found) CHECK(m.start < m.end);
}

TEST_CASE("values: a date without its year or week joins the full date that fits") {
  const auto entities_of = [](const std::vector<std::string>& texts) {
    std::vector<InputDocument> inputs;
    for (std::size_t k = 0; k < texts.size(); ++k) inputs.push_back({"d" + std::to_string(k) + ".txt", texts[k]});
    const Report report = analyze(inputs, AnalysisOptions{});
    REQUIRE_FALSE(report.has_error);
    std::vector<std::pair<std::string, std::vector<std::string>>> out;  // value, variants
    for (const EntityReport& e : report.entities)
      if (e.type == "DATE") out.push_back({e.value, e.variants});
    return out;
  };
  SUBCASE("a weekday joins the full date of its own article on that weekday") {
    const auto dates = entities_of({"The ceremony was held on Sunday, February 22, 2009. On Sunday the winners spoke.",
                                    "The tour began on Sunday, March 1, 2009. By Sunday night it was over."});
    REQUIRE(dates.size() == 2);
    CHECK(dates[0].first == "2009-02-22");
    CHECK(dates[0].second == std::vector<std::string>{"Sunday, February 22, 2009", "Sunday"});
    CHECK(dates[1].first == "2009-03-01");
    CHECK(dates[1].second == std::vector<std::string>{"Sunday, March 1, 2009", "Sunday"});
  }
  SUBCASE("else the one full date on that weekday in all the articles") {
    const auto dates = entities_of({"The ceremony was held on Sunday, February 22, 2009.", "On Sunday the crowd left."});
    REQUIRE(dates.size() == 1);
    CHECK(dates[0].first == "2009-02-22");
  }
  SUBCASE("a day and month join the one year they have in the articles") {
    const auto dates = entities_of({"The awards on February 22, 2009 were long.", "The Feb. 22 show ran late."});
    REQUIRE(dates.size() == 1);
    CHECK(dates[0].first == "2009-02-22");
  }
  SUBCASE("two fitting dates: nothing joins") {
    const auto dates = entities_of({"It met on Sunday, February 22, 2009 and on Sunday, March 1, 2009. On Sunday it ended.",
                                    "On February 22, 2008 and February 22, 2009 it rained; on Feb. 22 it snowed."});
    bool weekday = false, day_month = false;
    for (const auto& [value, variants] : dates) {
      weekday |= value == "XXXX-WXX-7";
      day_month |= value == "XXXX-02-22";
    }
    CHECK(weekday);
    CHECK(day_month);
  }
  SUBCASE("elsewhere, the full date that most articles have; none on a tie") {
    const std::string most = "The gala was on Sunday, February 22, 2009.";
    const std::string other = "A rehearsal took place on Sunday, February 15, 2009.";
    const std::string bare = "On Sunday the crowd left.";
    const auto joined = entities_of({most, most, other, bare});
    REQUIRE(joined.size() == 2);
    CHECK(joined[0].first == "2009-02-22");
    CHECK(joined[0].second == std::vector<std::string>{"Sunday, February 22, 2009", "Sunday"});
    bool weekday = false;
    for (const auto& [value, variants] : entities_of({most, other, bare})) weekday |= value == "XXXX-WXX-7";
    CHECK(weekday);
  }
}

TEST_CASE("values: mentions align across documents into entities") {
  const std::string a = "Protests on 17 January. Lights at 1700 GMT. More than 100 women came.";
  const std::string b = "On January 17 there were protests; lights at 17:00 GMT. About 100 women came.";
  const std::string c = "January 17: nothing. 100 cities took part.";
  std::vector<InputDocument> inputs = {{"a.txt", a}, {"b.txt", b}, {"c.txt", c}};
  const Report report = analyze(inputs, AnalysisOptions{});
  REQUIRE_FALSE(report.has_error);
  const EntityReport* date = nullptr;
  const EntityReport* time = nullptr;
  const EntityReport* women = nullptr;
  int hundreds = 0;
  for (const EntityReport& e : report.entities) {
    if (e.type == "DATE" && e.value == "XXXX-01-17") date = &e;
    if (e.type == "TIME") time = &e;
    if (e.type == "NUMBER" && e.value == "100") {
      ++hundreds;
      if (e.unit == "women") women = &e;
    }
  }
  REQUIRE(date);
  CHECK(date->mentions.size() == 3);
  CHECK(date->name == "January 17");  // the most frequent form
  CHECK(date->variants == std::vector<std::string>{"January 17", "17 January"});
  REQUIRE(time);
  CHECK(time->variants == std::vector<std::string>{"1700 GMT", "17:00 GMT"});
  REQUIRE(women);
  CHECK(women->mentions.size() == 2);
  CHECK(women->mentions[0].qualifier == "more than");
  CHECK(women->mentions[1].qualifier == "about");
  CHECK(hundreds == 2);  // 100 cities is another entity

  SUBCASE("the JSON section, offsets in the unit asked for") {
    JsonOptions json;
    json.offset_unit = OffsetUnit::kUtf8;
    const std::string out = report_to_json(report, json);
    CHECK(out.find("\"entities\":[{\"id\":0,\"type\":\"DATE\",\"name\":\"January 17\"") != std::string::npos);
  }
  SUBCASE("values off") {
    AnalysisOptions options;
    options.values = false;
    CHECK(analyze(inputs, options).entities.empty());
  }
}

TEST_CASE("values: a local time joins a zoned time by its UTC value in the story's place") {
  const std::string a = "Residents of Moscow lit torches at 1700 GMT on Sunday in Moscow.";
  const std::string b = "In Moscow, the action began at 8 p.m. local time. Moscow police watched.";
  const std::string c = "In Moscow, a second action began at 9 p.m. Moscow police watched.";
  const std::string d = "Torches were lit at 8 p.m. in the square.";  // no known place
  std::vector<InputDocument> inputs = {{"a.txt", a}, {"b.txt", b}, {"c.txt", c}, {"d.txt", d}};
  const Report report = analyze(inputs, AnalysisOptions{});
  REQUIRE_FALSE(report.has_error);
  const EntityReport* utc17 = nullptr;
  int times = 0;
  for (const EntityReport& e : report.entities) {
    if (e.type != "TIME") continue;
    ++times;
    if (e.value == "T17:00Z") utc17 = &e;
  }
  REQUIRE(utc17);
  REQUIRE(utc17->mentions.size() == 2);  // 1700 GMT and 8 p.m. in Moscow (UTC+3)
  CHECK(utc17->mentions[0].value == "T17:00Z");
  CHECK(utc17->mentions[1].value == "T20:00");  // the mention keeps its own local value
  CHECK(times == 3);  // 9 p.m. in Moscow and 8 p.m. with no place stay apart
}

TEST_CASE("values: each document's weekday resolves against that document's own date (request)") {
  // The page sends a date per document; the same words mean different days in two articles.
  const std::string a = "The ferry lost power on Sunday, the coastguard said.\n";
  const std::string b = "Officials said on Sunday that an inquiry would open.\n";
  const std::string request = R"({"documents": [)"
                              R"({"name": "a.txt", "size": )" + std::to_string(a.size()) + R"(, "date": "2021-02-15"},)"
                              R"({"name": "b.txt", "size": )" + std::to_string(b.size()) + R"(, "date": "2021-02-24"}]})";
  const auto report = nlohmann::json::parse(analyze_request(request, a + b));
  std::map<int, std::string> sunday_by_doc;
  for (const auto& e : report["entities"]) {
    if (e["type"] != "DATE") continue;
    for (const auto& m : e["mentions"]) sunday_by_doc[m["doc"].get<int>()] = m["value"].get<std::string>();
  }
  CHECK(sunday_by_doc[0] == "2021-02-14");
  CHECK(sunday_by_doc[1] == "2021-02-21");
}
