#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "analyze.h"
#include "near_passages.h"
#include "test_helpers.h"

using parallax::analyze;
using parallax::AnalysisOptions;
using parallax::Report;

namespace {

// A wire paragraph (invented) that the variants below edit.
const std::string kWire =
    "The harbour authority said the ferry lost power to both engines in heavy seas and began "
    "drifting towards the rocks off the northern point before two lifeboats reached it late on "
    "Sunday evening.";
const std::string kBefore = "Residents gathered on the quay as the weather worsened through the afternoon. ";
const std::string kAfter = " The mayor thanked the volunteers and promised a full inquiry into the crossing.";
const std::string kOther =
    "Council members voted to extend the library opening hours during the winter months, citing "
    "strong demand from students and pensioners alike. ";

Report compare(const std::string& a, const std::string& b) { return parallax::testing::compare_two(a, b); }
using parallax::testing::span_text;

const parallax::PassageReport* only_near(const Report& r) {
  const parallax::PassageReport* found = nullptr;
  for (const auto& p : r.passages)
    if (p.kind == "near") {
      REQUIRE(found == nullptr);
      found = &p;
    }
  return found;
}

}  // namespace

TEST_CASE("near passages: one passage survives each kind of edit") {
  SUBCASE("substituted words") {
    const std::string edited =
        "The harbour authority said the ferry lost power to both motors in rough seas and began "
        "drifting towards the rocks off the northern point before two lifeboats reached it late on "
        "Sunday evening.";
    const Report r = compare(kBefore + kWire + kAfter, kOther + edited);
    const auto* p = only_near(r);
    REQUIRE(p);
    CHECK(span_text(r, p->spans[1]) == edited.substr(0, edited.size() - 1));
    // The differing words are marked in each version.
    REQUIRE(p->differ.size() == 2);
    std::vector<std::string> differ_b;
    for (const auto& d : p->differ[1]) differ_b.push_back(r.documents[1].text.substr(d.start, d.end - d.start));
    CHECK(differ_b == std::vector<std::string>{"motors", "rough"});
  }
  SUBCASE("inserted and deleted words") {
    const std::string edited =
        "The harbour authority said on Monday that the ferry lost power to both engines in heavy "
        "seas and began drifting towards rocks off the northern point before lifeboats reached it "
        "late on Sunday evening.";
    const Report r = compare(kWire, kOther + edited);
    const auto* p = only_near(r);
    REQUIRE(p);
    CHECK(p->similarity > 0.8);
    CHECK(p->words >= 25);
  }
  SUBCASE("British and American spelling, curly quotes, case") {
    const std::string edited =
        "THE HARBOR AUTHORITY said the ferry lost power to both engines in heavy seas and began "
        "drifting toward the rocks off the northern point before two lifeboats reached it late on "
        "Sunday evening.";
    const Report r = compare(kWire, edited);
    const auto* p = only_near(r);
    REQUIRE(p);
    CHECK(p->spans[0].start == 0);
    CHECK(p->spans[1].start == 0);
  }
  SUBCASE("neighbouring words swapped") {
    const std::string edited =
        "The harbour authority said the ferry lost power to both engines in seas heavy and began "
        "drifting towards the rocks off the point northern before two lifeboats reached it on late "
        "Sunday evening.";
    const Report r = compare(kWire, kOther + edited);
    REQUIRE(only_near(r));
  }
}

TEST_CASE("near passages: fragments separated by small edits merge into one passage") {
  const std::string edited =
      "The harbour authority said the ferry lost all power to both engines in very heavy seas and "
      "then began drifting towards the rocks off the northern point before two lifeboats finally "
      "reached it late on Sunday evening.";
  const Report r = compare(kWire, edited);
  CHECK(r.passages.size() == 1);
  REQUIRE(only_near(r));
}

TEST_CASE("near passages: unrelated texts share nothing") {
  const Report r = compare(kBefore + kWire, kOther + kAfter);
  CHECK(r.passages.empty());
}

TEST_CASE("near passages: exact copies stay exact and shared by three articles stay grouped") {
  const Report r = analyze({{"a", kBefore + kWire}, {"b", kOther + kWire}, {"c", kWire + kAfter}},
                           AnalysisOptions{});
  REQUIRE(r.passages.size() == 1);
  CHECK(r.passages[0].kind == "exact");
  CHECK(r.passages[0].documents == 3);
}

TEST_CASE("near passages: can be switched off") {
  AnalysisOptions options;
  options.near = false;
  const std::string edited =
      "The harbour authority said the ferry lost power to both motors in rough seas and began "
      "drifting towards the rocks off the northern point.";
  const Report r = analyze({{"a", kWire}, {"b", edited}}, options);
  for (const auto& p : r.passages) CHECK(p.kind == "exact");
  CHECK(r.documents[0].near_words == 0);
}

TEST_CASE("near passages: two reuses with unrelated text between them stay two") {
  // The copied sentence and the edited paragraph come in the other order in b,
  // and a paragraph of a's own stands between them.
  const std::string copied = "The project is expected to cost about four million pounds, most of it from a regional flood fund.";
  const std::string own = "The town council voted on Tuesday night to build a movable barrier across the estuary, after three winters in which the lower streets flooded again and again.";
  const std::string para_a =
      "Councillor Mara Okafor, who chairs the works committee, said the barrier would be raised only "
      "during the highest spring tides and storm surges, and that boats would pass freely the rest of the year.";
  const std::string para_b =
      "Councillor Mara Okafor, who leads the works committee, said the barrier would be lifted only "
      "during the highest spring tides and violent storm surges, and that vessels would pass freely the rest of the year.";
  const Report r = compare(copied + "\n\n" + own + "\n\n" + para_a, para_b + "\n\nShopkeepers said they had waited long enough.\n\n" + copied);
  REQUIRE(r.passages.size() == 2);
  const auto* near = only_near(r);
  REQUIRE(near);
  std::vector<std::string> differ_a;
  for (const auto& d : near->differ[0]) differ_a.push_back(r.documents[0].text.substr(d.start, d.end - d.start));
  CHECK(differ_a == std::vector<std::string>{"chairs", "raised", "boats"});
}

TEST_CASE("near passages: gaps tested against one marking of a range read as gap_is_reused reads them") {
  // Match keys stand for words; content 0 marks a function word. y's range
  // holds keys 10-14; x's gaps share none, a fifth, or all of their content words with it.
  parallax::NearDocument y{{10, 11, 1, 12, 13, 14, 99}, {1, 1, 0, 1, 1, 1, 1}};
  parallax::NearDocument x{{20, 21, 22, 23, 24, 10, 2, 30, 11, 12, 2}, {1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 0}};
  const std::vector<std::pair<std::uint32_t, std::uint32_t>> gaps = {{0, 4}, {1, 6}, {8, 10}, {6, 7}, {10, 11}};
  std::vector<std::uint32_t> marks, alone;
  parallax::mark_content(y, 0, 6, marks);
  std::vector<bool> together;
  for (const auto& [first, end] : gaps) together.push_back(parallax::gap_is_marked(x, first, end, marks));
  parallax::unmark_content(y, 0, 6, marks);
  // No key of x's first gap is in y's range; one of five content words is
  // (the share a gap needs); both of the third's are; the last two have no
  // content word, so nothing speaks against them.
  CHECK(together == std::vector<bool>{false, true, true, true, true});
  for (std::size_t k = 0; k < gaps.size(); ++k)
    CHECK(together[k] == parallax::gap_is_reused(x, gaps[k].first, gaps[k].second, y, 0, 6, 0, alone));
  // Key 99 lies outside the marked range, and the marks are all cleared.
  CHECK(!parallax::gap_is_marked(parallax::NearDocument{{99}, {1}}, 0, 1, marks));
  CHECK(std::all_of(marks.begin(), marks.end(), [](std::uint32_t m) { return m == 0; }));
}
