#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "json_reader.h"

using parallax::JsonValue;

namespace {

// The same value as nlohmann_json's, kind by kind, member by member.
void check_same(const JsonValue& ours, const nlohmann::json& theirs) {
  CHECK(ours.is_object() == theirs.is_object());
  CHECK(ours.is_array() == theirs.is_array());
  CHECK(ours.is_string() == theirs.is_string());
  CHECK(ours.is_boolean() == theirs.is_boolean());
  CHECK(ours.is_null() == theirs.is_null());
  CHECK(ours.is_number() == theirs.is_number());
  CHECK(ours.is_number_unsigned() == theirs.is_number_unsigned());
  CHECK(ours.is_number_integer() == theirs.is_number_integer());
  if (ours.is_string() && theirs.is_string()) CHECK(ours.get<std::string>() == theirs.get<std::string>());
  if (ours.is_boolean() && theirs.is_boolean()) CHECK(ours.get<bool>() == theirs.get<bool>());
  if (ours.is_number() && theirs.is_number()) CHECK(ours.get<double>() == theirs.get<double>());
  if (ours.is_number_unsigned() && theirs.is_number_unsigned())
    CHECK(ours.get<std::uint64_t>() == theirs.get<std::uint64_t>());
  if (ours.is_number_integer() && theirs.is_number_integer())
    CHECK(ours.get<std::int64_t>() == theirs.get<std::int64_t>());
  REQUIRE(ours.size() == (theirs.is_array() || theirs.is_object() ? theirs.size() : 0));
  if (ours.is_array() && theirs.is_array())
    for (std::size_t i = 0; i < ours.size(); ++i) check_same(ours[i], theirs[i]);
  if (ours.is_object() && theirs.is_object())
    for (const std::string& key : ours.keys()) {
      REQUIRE(theirs.contains(key));
      check_same(ours[key], theirs[key]);
    }
}

// The reader's verdict on `text` and the value it reads, against nlohmann_json's, which read
// requests before it.
void check_same_as_nlohmann(const std::string& text) {
  CAPTURE(text);
  const JsonValue ours = JsonValue::parse(text);
  const nlohmann::json theirs = nlohmann::json::parse(text, nullptr, false);
  REQUIRE(ours.is_discarded() == theirs.is_discarded());
  if (!ours.is_discarded()) check_same(ours, theirs);
}

}  // namespace

TEST_CASE("json reader: a request's shapes") {
  const JsonValue r = JsonValue::parse(
      R"({"documents": [{"name": "a.txt", "size": 12, "format": "html", "date": "2024-02-14"}],)"
      R"( "options": {"min_words": 8, "facts": false, "fact_threshold": 0.5, "offset_unit": "utf16"}})");
  REQUIRE(r.is_object());
  CHECK(r.size() == 2);
  CHECK(r.keys() == std::vector<std::string>{"documents", "options"});
  const JsonValue& d = r["documents"][0];
  CHECK(d["name"] == "a.txt");
  CHECK(d["format"] != "text");
  CHECK(d["size"].is_number_unsigned());
  CHECK(d["size"].get<std::uint32_t>() == 12);
  const JsonValue& o = r["options"];
  CHECK(o.contains("facts"));
  CHECK_FALSE(o.contains("near"));
  CHECK(o["near"].is_null());
  CHECK(o["facts"].is_boolean());
  CHECK_FALSE(o["facts"].get<bool>());
  CHECK(o["fact_threshold"].get<double>() == 0.5);
  CHECK_FALSE(o["fact_threshold"].is_number_unsigned());
  CHECK(r.value("missing", JsonValue::array()).is_array());
  CHECK(r.value("options", JsonValue::array()).is_object());
  CHECK(r["documents"][5].is_null());
}

TEST_CASE("json reader: numbers, strings and errors read as nlohmann_json reads them") {
  for (const char* text : {
           // numbers
           "0", "-0", "7", "-7", "1.5", "-1.5e3", "2E-2", "1e2", "10.0", "18446744073709551615",
           "18446744073709551616", "-9223372036854775808", "-9223372036854775809", "01", "-", "1.",
           ".5", "1e", "+1", "1e999", "-1e999", "0x10", "Infinity", "NaN",
           // strings and escapes
           R"("")", R"("a\"b\\c\/d\b\f\n\r\t")", R"("\u00e9\u20AC")", R"("\ud83d\ude00")", R"("\ud83d")",
           R"("\ude00")", R"("\ud83dx")", R"("\u12")", R"("\x41")", "\"tab\there\"", "\"caf\xC3\xA9\"",
           "\"\xC3\"", "\"\xE2\x82\"", "\"\xC0\xAF\"", "\"\xED\xA0\x80\"", "\"\xF4\x90\x80\x80\"", "\"\xF0\x9F\x98\x80\"",
           "\"\xFF\"", "\"unterminated",
           // literals, containers, whitespace
           "true", "false", "null", "tru", "nul", "True", " \t\r\n{} ", "[]", "[1,2,[3,{}]]", "[1,]", "[,1]",
           R"({"a":1,})", R"({"a" 1})", R"({a:1})", R"({"a":1}{)", R"({"a":1} x)", R"({"a":1,"a":2})", "[1 2]",
           "", " ", "{", "[", "/* c */ {}", "\xEF\xBB\xBF{}", "[\"a\",\"\\u0000\"]",
       }) {
    check_same_as_nlohmann(text);
  }
  CHECK(JsonValue::parse(R"({"a":1,"a":2})")["a"].get<int>() == 2);  // the last value wins
}

TEST_CASE("json reader: nesting deeper than its limit is refused, not a stack overflow") {
  const int limit = JsonValue::kMaxDepth;
  CHECK(JsonValue::parse(std::string(limit, '[') + std::string(limit, ']')).is_array());
  CHECK(JsonValue::parse(std::string(limit + 1, '[') + std::string(limit + 1, ']')).is_discarded());
  CHECK(JsonValue::parse(std::string(1000000, '[')).is_discarded());
}
