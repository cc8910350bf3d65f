#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "analyze.h"
#include "report_json.h"
#include "request.h"
#include "unicode.h"

using parallax::analyze;
using parallax::AnalysisOptions;
using parallax::InputDocument;
using parallax::OffsetUnit;
using parallax::report_to_json;

namespace {

// Text with curly quotes, guillemets, accents, Cyrillic and emoji around a
// shared passage, so offsets in every unit are exercised.
const std::string kDocA =
    "\xE2\x80\x9CSupporters\xE2\x80\x9D gathered \xC2\xAB\xD0\x9D\xD0\xB0\xD0\xB2\xD0\xB0\xD0\xBB"
    "\xD1\x8C\xD0\xBD\xD1\x8B\xD0\xB9\xC2\xBB \xF0\x9F\x98\x80 near Caf\xC3\xA9 Z\xC3\xBCrich.\n\n"
    "An ally of the Kremlin critic urged Russians to light candles on Sunday.";
const std::string kDocB =
    "Headline \xF0\x9F\x87\xBA\xF0\x9F\x87\xA6\n\nOn Tuesday an ally of the Kremlin critic, urged "
    "Russians to light candles \xE2\x80\x94 and phone torches.";
const std::string kDocC = "A completely unrelated report about the local football season and its results.";

// Slices text by offsets in `unit` (a reference implementation independent of OffsetMap).
std::string slice(const std::string& text, std::uint64_t start, std::uint64_t end, OffsetUnit unit) {
  std::uint64_t units = 0;
  std::size_t pos = 0, from = std::string::npos, to = std::string::npos;
  while (true) {
    if (units == start && from == std::string::npos) from = pos;
    if (units == end) {
      to = pos;
      break;
    }
    if (pos >= text.size()) break;
    const auto d = parallax::decode_utf8(text, pos);
    pos += d.length;
    units += unit == OffsetUnit::kUtf8 ? d.length
             : unit == OffsetUnit::kUtf16 ? parallax::utf16_length(d.code_point)
                                          : 1;
  }
  REQUIRE(from != std::string::npos);
  REQUIRE(to != std::string::npos);
  return text.substr(from, to - from);
}

}  // namespace

TEST_CASE("analyze: a passage across punctuation and case, with exact spans in every unit") {
  const std::vector<InputDocument> inputs = {{"a.txt", kDocA}, {"b.txt", kDocB}, {"c.txt", kDocC}};
  const auto report = analyze(inputs, AnalysisOptions{});
  REQUIRE_FALSE(report.has_error);
  REQUIRE(report.passages.size() == 1);
  const auto& p = report.passages[0];
  CHECK(p.words == 11);  // "an ally of the kremlin critic urged russians to light candles"
  CHECK(p.documents == 2);
  const std::string expected_a = "An ally of the Kremlin critic urged Russians to light candles";
  const std::string expected_b = "an ally of the Kremlin critic, urged Russians to light candles";
  CHECK(report.documents[0].text.substr(p.spans[0].start, p.spans[0].end - p.spans[0].start) ==
        expected_a);
  CHECK(report.documents[1].text.substr(p.spans[1].start, p.spans[1].end - p.spans[1].start) ==
        expected_b);

  for (OffsetUnit unit : {OffsetUnit::kUtf8, OffsetUnit::kUtf16, OffsetUnit::kCodePoint}) {
    CAPTURE(parallax::offset_unit_name(unit));
    const auto json = nlohmann::json::parse(parallax::report_to_json(report, {unit, false, -1}));
    for (const auto& passage : json["passages"])
      for (const auto& span : passage["spans"]) {
        const std::string& text = report.documents[span["doc"].get<int>()].text;
        const std::string got = slice(text, span["start"], span["end"], unit);
        CHECK((got == expected_a || got == expected_b));
      }
    for (std::size_t d = 0; d < report.documents.size(); ++d) {
      const auto& doc = json["documents"][d];
      const std::string& text = report.documents[d].text;
      CHECK(slice(text, 0, doc["length"], unit) == text);
      for (std::size_t s = 0; s < report.documents[d].sentences.size(); ++s) {
        const auto& bytes = report.documents[d].sentences[s];
        CHECK(slice(text, doc["sentences"][s]["start"], doc["sentences"][s]["end"], unit) ==
              text.substr(bytes.start, bytes.end - bytes.start));
      }
    }
  }
}

TEST_CASE("analyze: documents get a title, word count and coverage") {
  const auto report = analyze({{"a.txt", kDocA}, {"b.txt", kDocB}, {"c.txt", kDocC}}, {});
  REQUIRE(report.documents.size() == 3);
  CHECK(report.documents[1].title == "Headline \xF0\x9F\x87\xBA\xF0\x9F\x87\xA6");
  CHECK(report.documents[2].words == 12);
  CHECK(report.documents[0].shared_words == 11);
  CHECK(report.documents[2].shared_words == 0);
  CHECK(report.overlap[0][0] == 1.0);
  CHECK(report.overlap[0][1] == doctest::Approx(11.0 / report.documents[0].words));
  CHECK(report.overlap[0][2] == 0.0);
  CHECK(report.documents[0].sentences.size() == 2);
}

TEST_CASE("analyze: the input bytes may be freed once release_input is called") {
  // kDocB twice in one buffer (one copy refused as empty before it), as the WASM door passes them.
  std::string data = kDocA + kDocB;
  const std::string data_copy = data;
  const auto expected = report_to_json(analyze({{"a.txt", kDocA}, {"empty.txt", ""}, {"b.txt", kDocB}}, {}), {});
  int calls = 0;
  AnalysisOptions options;
  options.release_input = [&] {  // overwrite and free: nothing may read them after this
    ++calls;
    data.assign(data.size(), '#');
    std::string().swap(data);
  };
  const std::string_view view(data);
  const auto report = analyze({{"a.txt", view.substr(0, kDocA.size())}, {"empty.txt", view.substr(0, 0)},
                               {"b.txt", view.substr(kDocA.size())}}, options);
  CHECK(calls == 1);
  CHECK(report.documents[0].text == kDocA);
  CHECK(report_to_json(report, {}) == expected);
  SUBCASE("also through a request") {
    std::string bytes = data_copy;
    int request_calls = 0;
    const std::string request = R"({"documents":[{"name":"a.txt","size":)" + std::to_string(kDocA.size()) +
                                R"(},{"name":"b.txt","size":)" + std::to_string(kDocB.size()) + "}]}";
    const auto out = parallax::analyze_request(request, bytes, [&] {
      ++request_calls;
      bytes.assign(bytes.size(), '#');
    });
    CHECK(request_calls == 1);
    CHECK(out == parallax::analyze_request(request, data_copy));
    CHECK(out.find("Supporters") != std::string::npos);
  }
}

TEST_CASE("analyze: bad files are rejected by name and the rest is still compared") {
  AnalysisOptions options;
  options.max_documents = 3;
  const auto report = analyze({{"a.txt", kDocA},
                               {"empty.txt", ""},
                               {"photo.jpg", std::string("\xFF\xD8\xFF\0\x10JFIF", 9)},
                               {"b.txt", kDocB},
                               {"c.txt", kDocC},
                               {"d.txt", kDocC}},
                              options);
  REQUIRE(report.rejected.size() == 3);
  CHECK(report.rejected[0].name == "empty.txt");
  CHECK(report.rejected[0].code == "empty");
  CHECK(report.rejected[1].code == "binary");
  CHECK(report.rejected[2].name == "d.txt");
  CHECK(report.rejected[2].code == "too-many-documents");
  CHECK(report.documents.size() == 3);
  CHECK(report.passages.size() == 1);
}

TEST_CASE("analyze: the byte limit refuses the file that crosses it") {
  AnalysisOptions options;
  options.max_total_bytes = kDocA.size() + 10;
  const auto report = analyze({{"a.txt", kDocA}, {"b.txt", kDocB}}, options);
  REQUIRE(report.rejected.size() == 1);
  CHECK(report.rejected[0].code == "too-large");
  CHECK(report.rejected[0].message.find("b.txt") != std::string::npos);
}

TEST_CASE("analyze: an out-of-range option is an error, not a crash") {
  AnalysisOptions options;
  options.min_words = 1;
  const auto report = analyze({{"a.txt", kDocA}}, options);
  CHECK(report.has_error);
  CHECK(report.error.code == "bad-option");
}

TEST_CASE("analyze: K counts words, not punctuation") {
  const std::string a = "It was, in fact, they who left early.";
  const std::string b = "It was in fact they who left early!";
  AnalysisOptions options;
  options.min_words = 8;
  const auto report = analyze({{"a", a}, {"b", b}}, options);
  REQUIRE(report.passages.size() == 1);
  CHECK(report.passages[0].words == 8);
}

TEST_CASE("analyze: shared furniture is no passage, but copied text carrying a furniture line is one") {
  // Both articles of one outlet end with the same link list: shared, but not reuse.
  const std::string links = "\n\nMore in Politics\n\nBridge closes for repairs\nCouncil votes on the budget\n"
                            "New school opens in Skerrow\nFerry fares to rise in spring\n";
  const std::string a = "Storm closes the port\n\nThe port of Carrowmere closed on Monday as winds rose "
                        "above ninety kilometres an hour and waves broke over the harbour wall." + links;
  const std::string b = "Council backs new quay\n\nThe council voted on Tuesday to spend four million on a "
                        "new quay for the fishing fleet, after two years of arguments." + links;
  SUBCASE("only furniture is shared") {
    const auto report = analyze({{"a.txt", a}, {"b.txt", b}}, AnalysisOptions{});
    REQUIRE_FALSE(report.has_error);
    CHECK(report.passages.empty());
    CHECK(report.documents[0].shared_words == 0);
    AnalysisOptions with_furniture;
    with_furniture.include_furniture = true;
    CHECK_FALSE(analyze({{"a.txt", a}, {"b.txt", b}}, with_furniture).passages.empty());
  }
  SUBCASE("a copied block keeps the furniture-like lines it starts with and carries") {
    const std::string copied = "Chapter 1: The long night\nRescue crews worked through the night to free the trawler that ran aground "
                               "near the lighthouse,\nFILE PHOTO: The lighthouse at Carrowmere. REUTERS/Jane Doe\n"
                               "and all six fishermen on board were brought ashore safely by the lifeboat crew.";
    const auto report = analyze({{"a.txt", a + "\n" + copied}, {"b.txt", "Trawler aground\n\n" + copied}},
                                AnalysisOptions{});
    REQUIRE(report.passages.size() == 1);
    const auto& span = report.passages[0].spans[1];
    const std::string text = report.documents[1].text.substr(span.start, span.end - span.start);
    CHECK(text.find("Chapter 1: The long night") == 0);
    CHECK(text.find("REUTERS/Jane Doe") != std::string::npos);
    CHECK(text.size() > copied.size() - 2);
  }
}

TEST_CASE("analyze: a phrase of a reused paragraph that recurs elsewhere is not a second passage") {
  // b reuses a's paragraph with a few words changed, and repeats one of its
  // phrases in its closing line: one reuse, shown once.
  const std::string a =
      "Ferry strike ends\n\nThe ferry company and the crews agreed on Friday night to end the strike that "
      "had stranded thousands of passengers on the islands for more than a week, the union said in a "
      "statement, and the first boats are expected to sail on Saturday morning.";
  const std::string b =
      "Strike over\n\nThe ferry firm and its crews agreed late on Friday to end the strike that had "
      "stranded thousands of passengers on the islands for more than a week, the union said in a short "
      "statement, and the first ships are expected to sail on Saturday.\n\nFor islanders, the strike that "
      "had stranded thousands of passengers on the islands is a lesson in how fragile the links are.";
  const auto report = analyze({{"a.txt", a}, {"b.txt", b}}, AnalysisOptions{});
  REQUIRE_FALSE(report.has_error);
  REQUIRE(report.passages.size() == 1);
  CHECK(report.passages[0].kind == "near");
  CHECK(report.passages[0].spans.size() == 2);
}

TEST_CASE("analyze: one paragraph repeated for pages in two files is a few passages, not one per repeat") {
  // Periodic text: every repeat length starts at the first word, so thousands
  // of nested passages share a start; the longest must hide the others.
  const std::string paragraph =
      "Harbour officials said on Monday that the new breakwater would be finished before the winter "
      "storms, although the contractor has asked for another three weeks and more money to bring in "
      "a second crane from the south coast.\n";
  std::string text;
  for (int i = 0; i < 300; ++i) text += paragraph;
  const auto report = analyze({{"a.txt", text}, {"b.txt", text}}, AnalysisOptions{});
  CHECK(report.rejected.empty());
  REQUIRE(!report.passages.empty());
  CHECK(report.passages.size() <= 4);
  CHECK(report.documents[0].shared_words == report.documents[0].words);
}

TEST_CASE("analyze: an article that carries a reused paragraph twice shows both copies as reused") {
  const std::string paragraph =
      "The harbour master said the ferry would not sail again until the storm had passed and the "
      "divers had checked the hull, which struck a sandbank off the northern point on Tuesday night.";
  const auto with = [&](const std::string& from, const std::string& to) {
    std::string p = paragraph;
    return p.replace(p.find(from), from.size(), to);
  };
  // a: the paragraph, other text, the paragraph again with one word changed;
  // b: the paragraph once, with another word changed.
  const std::string a = "Ferry stays in port\n\n" + paragraph +
                        "\n\nIslanders queued for the small plane instead, and the school closed for the day.\n\n" +
                        with("northern", "north");
  const std::string b = "Storm keeps ferry ashore\n\nVisitors were told to wait. " + with("Tuesday", "Monday") +
                        "\n\nThe forecast is better for the weekend.";
  const auto report = analyze({{"a.txt", a}, {"b.txt", b}}, AnalysisOptions{});
  REQUIRE_FALSE(report.has_error);
  const auto shown_with_b = [&](std::size_t start, std::size_t end) {
    for (const auto& p : report.passages) {
      bool in_b = false, covers = false;
      for (const auto& s : p.spans) {
        in_b = in_b || s.doc == 1;
        covers = covers || (s.doc == 0 && s.start <= start + 1 && s.end + 1 >= end);
      }
      if (in_b && covers) return true;
    }
    return false;
  };
  const std::size_t first = a.find(paragraph), second = a.rfind("The harbour master");
  CHECK(shown_with_b(first, first + paragraph.size()));
  CHECK(shown_with_b(second, a.size()));
}
