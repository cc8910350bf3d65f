// A minimal streaming JSON writer for the report.
//
// Why not build an nlohmann::json tree: a report holds tens of thousands of
// small objects (sentence and passage spans), and building then dumping a tree
// allocates for every one of them; that was a quarter of the whole analysis
// time natively and more in WASM. This writer appends straight to one string.
// Requests are read by json_reader.h; nlohmann_json stays for the tests.
//
// Contract: the caller nests begin/end calls correctly; strings are escaped as
// RFC 8259 requires, and invalid UTF-8 is written as U+FFFD so the output is
// always valid JSON. Doubles are written with at most 4 decimals.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parallax {

class JsonWriter {
 public:
  explicit JsonWriter(int indent = -1) : indent_(indent) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);
  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(std::uint64_t number);
  JsonWriter& value(std::uint32_t number) { return value(static_cast<std::uint64_t>(number)); }
  JsonWriter& value(int number);
  JsonWriter& value(bool flag);
  JsonWriter& value_rounded(double number);  // 4 decimals, as DECISIONS.md asks
  JsonWriter& null();

  std::string& str() { return out_; }

 private:
  void before_value();
  void close(char bracket);
  void write_string(std::string_view text);
  void newline();

  std::string out_;
  int indent_;
  // Per open container: has it any element yet?
  std::vector<bool> has_items_;
  bool after_key_ = false;
};

}  // namespace parallax
