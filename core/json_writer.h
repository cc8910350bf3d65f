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
#include <cstring>
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

  std::string& str() {
    out_.resize(size_);
    return out_;
  }

 private:
  void before_value();
  void close(char bracket);
  void write_string(std::string_view text);
  void newline();
  // Room for n more bytes at the end of the output. The output is written
  // through a pointer into a buffer grown by doubling, not by std::string's
  // push_back and append: libc++ (the WASM build's) keeps those out of line,
  // and a call per character made the report's JSON 2-2.5x slower in WASM
  // than natively.
  char* room(std::size_t n) {
    if (out_.size() - size_ < n) grow(n);
    return out_.data() + size_;
  }
  void grow(std::size_t n);
  void put(char c) {
    *room(1) = c;
    ++size_;
  }
  void put(std::string_view s) {
    if (s.empty()) return;
    std::memcpy(room(s.size()), s.data(), s.size());
    size_ += s.size();
  }

  std::string out_;  // bytes [0, size_) are the output so far; str() trims the rest
  std::size_t size_ = 0;
  int indent_;
  // Per open container: has it any element yet?
  std::vector<std::uint8_t> has_items_;
  bool after_key_ = false;
};

}  // namespace parallax
