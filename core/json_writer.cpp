#include "json_writer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "unicode.h"

namespace parallax {

void JsonWriter::grow(std::size_t n) {
  out_.resize(std::max(out_.size() * 2, size_ + n + 4096));
}

void JsonWriter::newline() {
  if (indent_ < 0) return;
  put('\n');
  const std::size_t spaces = has_items_.size() * static_cast<std::size_t>(indent_);
  std::memset(room(spaces), ' ', spaces);
  size_ += spaces;
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!has_items_.empty()) {
    if (has_items_.back()) put(',');
    has_items_.back() = true;
    newline();
  }
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  put('{');
  has_items_.push_back(false);
  return *this;
}

void JsonWriter::close(char bracket) {
  const bool had = has_items_.back();
  has_items_.pop_back();
  if (had) newline();
  put(bracket);
}

JsonWriter& JsonWriter::end_object() {
  close('}');
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  put('[');
  has_items_.push_back(false);
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  close(']');
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  before_value();
  write_string(name);
  put(indent_ < 0 ? ":" : ": ");
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
  before_value();
  write_string(text);
  return *this;
}

void JsonWriter::write_string(std::string_view text) {
  static const char* kHex = "0123456789abcdef";
  put('"');
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      std::size_t j = i + 1;  // copy runs of plain ASCII at once
      while (j < text.size()) {
        const auto d = static_cast<unsigned char>(text[j]);
        if (d < 0x20 || d >= 0x80 || d == '"' || d == '\\') break;
        ++j;
      }
      put(text.substr(i, j - i));
      i = j;
      continue;
    }
    if (c < 0x80) {
      switch (c) {
        case '"': put("\\\""); break;
        case '\\': put("\\\\"); break;
        case '\n': put("\\n"); break;
        case '\r': put("\\r"); break;
        case '\t': put("\\t"); break;
        case '\b': put("\\b"); break;
        case '\f': put("\\f"); break;
        default:
          put("\\u00");
          put(kHex[c >> 4]);
          put(kHex[c & 15]);
      }
      ++i;
      continue;
    }
    const DecodedCodePoint d = decode_utf8(text, i);
    if (d.code_point == 0xFFFD && d.length == 1) {
      put("\xEF\xBF\xBD");  // invalid byte: replacement character
    } else {
      put(text.substr(i, d.length));
    }
    i += d.length;
  }
  put('"');
}

namespace {

// Digits straight into the output: std::to_string allocates a string per
// number, and a report holds tens of thousands of offsets.
std::string_view digits_of(std::uint64_t number, char (&digits)[20]) {
  char* end = digits + sizeof digits;
  char* p = end;
  do {
    *--p = static_cast<char>('0' + number % 10);
    number /= 10;
  } while (number != 0);
  return {p, static_cast<std::size_t>(end - p)};
}

}  // namespace

JsonWriter& JsonWriter::value(std::uint64_t number) {
  before_value();
  char digits[20];
  put(digits_of(number, digits));
  return *this;
}

JsonWriter& JsonWriter::value(int number) {
  before_value();
  put(std::to_string(number));
  return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
  before_value();
  put(flag ? "true" : "false");
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  put("null");
  return *this;
}

JsonWriter& JsonWriter::value_rounded(double number) {
  before_value();
  if (!std::isfinite(number)) {
    put("null");
    return *this;
  }
  // Integer arithmetic on the rounded value keeps native and WASM identical.
  const double scaled = std::round(number * 10000.0);
  const bool negative = scaled < 0;
  const auto units = static_cast<std::uint64_t>(negative ? -scaled : scaled);
  if (negative && units != 0) put('-');
  char whole[20];
  put(digits_of(units / 10000, whole));
  std::uint64_t fraction = units % 10000;
  if (fraction == 0) {
    put(".0");
    return *this;
  }
  char digits[5] = {0, 0, 0, 0, 0};
  for (int k = 3; k >= 0; --k, fraction /= 10) digits[k] = static_cast<char>('0' + fraction % 10);
  int last = 3;
  while (digits[last] == '0') --last;
  put('.');
  put(std::string_view(digits, static_cast<std::size_t>(last + 1)));
  return *this;
}

}  // namespace parallax
