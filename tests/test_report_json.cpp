#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "analyze.h"
#include "json_writer.h"
#include "report_json.h"
#include "request.h"

using nlohmann::json;
using parallax::JsonWriter;

TEST_CASE("report json: the field names scripts rely on") {
  const std::string a = "One two three four five six seven eight nine.";
  const std::string b = "Zero one two three four five six seven eight.";
  const auto report = parallax::analyze({{"a.txt", a}, {"b.txt", b}}, {});
  const json j = json::parse(parallax::report_to_json(report, {}));
  CHECK(j["version"] == 1);
  CHECK(j["offset_unit"] == "codepoint");
  for (const char* key : {"name", "title", "length", "sentences", "words", "shared_words"})
    CHECK(j["documents"][0].contains(key));
  CHECK_FALSE(j["documents"][0].contains("text"));
  const json& p = j["passages"][0];
  CHECK(p["id"] == 0);
  CHECK(p["kind"] == "exact");
  CHECK(p["words"] == 8);
  CHECK(p["spans"][0]["doc"] == 0);
  CHECK(p["spans"][0]["start"] == 0);
  CHECK(p["spans"][1]["start"] == 5);
  CHECK(j["overlap"][0][1] == doctest::Approx(8.0 / 9));
  CHECK(j["overlap"][0][1].get<double>() == 0.8889);  // rounded to 4 decimals
}

TEST_CASE("report json: a request with sizes and bytes") {
  const std::string a = "One two three four five six seven eight nine.";
  const std::string b = "Zero one two three four five six seven eight.";
  const std::string request =
      R"({"documents":[{"name":"a.txt","size":)" + std::to_string(a.size()) +
      R"(},{"name":"b.txt","size":)" + std::to_string(b.size()) +
      R"(}],"options":{"min_words":6,"offset_unit":"utf16","include_text":true}})";
  const json j = json::parse(parallax::analyze_request(request, a + b));
  CHECK(j["offset_unit"] == "utf16");
  CHECK(j["documents"][1]["text"] == b);
  CHECK(j["passages"].size() == 1);

  SUBCASE("sizes that do not add up are a bad request") {
    const json e = json::parse(parallax::analyze_request(request, a));
    CHECK(e["error"]["code"] == "bad-request");
  }
  SUBCASE("malformed JSON is a bad request") {
    CHECK(json::parse(parallax::analyze_request("{nope", ""))["error"]["code"] == "bad-request");
  }
  SUBCASE("an unknown offset unit is a bad request") {
    const json e = json::parse(parallax::analyze_request(R"({"options":{"offset_unit":"utf32"}})", ""));
    CHECK(e["error"]["code"] == "bad-request");
  }
  SUBCASE("fact_threshold must be in (0, 1]") {
    for (const char* bad : {"0", "-0.2", "1.5", "\"0.5\"", "null"}) {
      CAPTURE(bad);
      const json e = json::parse(parallax::analyze_request(std::string(R"({"options":{"fact_threshold":)") + bad + "}}", ""));
      CHECK(e["error"]["code"] == "bad-request");
      CHECK(e["error"]["message"] == "fact_threshold must be a number in (0, 1]");
    }
    for (const char* good : {"0.9", "1"}) {
      CAPTURE(good);
      std::string with = request;
      with.replace(with.find(R"("min_words":6)"), 13, std::string(R"("min_words":6,"fact_threshold":)") + good);
      const json j2 = json::parse(parallax::analyze_request(with, a + b));
      CHECK_FALSE(j2.contains("error"));
      CHECK(j2["passages"].size() == 1);
    }
  }
}

TEST_CASE("report json: boolean options are checked, and sentences can be left out") {
  const std::string a = "The ferry left at noon. It carried forty people across the bay.";
  const std::string b = "Rescuers said the ferry left at noon. Nobody was hurt.";
  const auto request_with = [&](const std::string& options) {
    return R"({"documents":[{"name":"a.txt","size":)" + std::to_string(a.size()) +
           R"(},{"name":"b.txt","size":)" + std::to_string(b.size()) + R"(}],"options":{)" + options + "}}";
  };
  const json full = json::parse(parallax::analyze_request(request_with(R"("facts":false,"values":false)"), a + b));
  CHECK(full["documents"][0]["sentences"].size() == 2);

  const json bare = json::parse(
      parallax::analyze_request(request_with(R"("facts":false,"values":false,"sentences":false)"), a + b));
  CHECK(bare["documents"][0]["sentences"].empty());
  CHECK(bare["passages"] == full["passages"]);  // the passages do not depend on sentences

  // Facts need sentences: asking for facts brings them back.
  const json with_facts = json::parse(parallax::analyze_request(request_with(R"("sentences":false)"), a + b));
  CHECK(with_facts["documents"][1]["sentences"].size() == 2);

  for (const char* key : {"facts", "values", "near", "sentences", "include_text"}) {
    CAPTURE(key);
    const json e = json::parse(parallax::analyze_request(request_with(std::string("\"") + key + "\":1"), a + b));
    CHECK(e["error"]["code"] == "bad-request");
    CHECK(e["error"]["message"] == std::string(key) + " must be true or false");
  }
}

TEST_CASE("json writer: output that outgrows its buffer is whole, and str() can be read twice") {
  JsonWriter w;
  std::string expected = "[";
  w.begin_array();
  for (std::uint32_t k = 0; k < 5000; ++k) {
    w.begin_object().key("n").value(k).key("s").value("caf\xC3\xA9 \"q\"\n").end_object();
    expected += (k ? "," : "") + std::string("{\"n\":") + std::to_string(k) + ",\"s\":\"caf\xC3\xA9 \\\"q\\\"\\n\"}";
  }
  CHECK(w.str() == expected);  // read in the middle: the writer goes on after it
  w.value_rounded(0.12345).value(true).null().value(-3);
  w.end_array();
  expected += ",0.1235,true,null,-3]";
  CHECK(w.str() == expected);
  CHECK(nlohmann::json::parse(w.str()).size() == 5004);
}
