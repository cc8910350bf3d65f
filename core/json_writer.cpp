#include "json_writer.h"

#include <cmath>
#include <cstdio>

#include "unicode.h"

namespace parallax {

void JsonWriter::newline() {
  if (indent_ < 0) return;
  out_ += '\n';
  out_.append(has_items_.size() * static_cast<std::size_t>(indent_), ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!has_items_.empty()) {
    if (has_items_.back()) out_ += ',';
    has_items_.back() = true;
    newline();
  }
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  out_ += '{';
  has_items_.push_back(false);
  return *this;
}

void JsonWriter::close(char bracket) {
  const bool had = has_items_.back();
  has_items_.pop_back();
  if (had) newline();
  out_ += bracket;
}

JsonWriter& JsonWriter::end_object() {
  close('}');
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  out_ += '[';
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
  out_ += indent_ < 0 ? ":" : ": ";
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
  out_ += '"';
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
      out_.append(text.data() + i, j - i);
      i = j;
      continue;
    }
    if (c < 0x80) {
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        case '\b': out_ += "\\b"; break;
        case '\f': out_ += "\\f"; break;
        default:
          out_ += "\\u00";
          out_ += kHex[c >> 4];
          out_ += kHex[c & 15];
      }
      ++i;
      continue;
    }
    const DecodedCodePoint d = decode_utf8(text, i);
    if (d.code_point == 0xFFFD && d.length == 1) {
      out_ += "\xEF\xBF\xBD";  // invalid byte: replacement character
    } else {
      out_.append(text.data() + i, d.length);
    }
    i += d.length;
  }
  out_ += '"';
}

namespace {

// Digits straight into the output: std::to_string allocates a string per
// number, and a report holds tens of thousands of offsets.
void append_digits(std::string& out, std::uint64_t number) {
  char digits[20];
  char* end = digits + sizeof digits;
  char* p = end;
  do {
    *--p = static_cast<char>('0' + number % 10);
    number /= 10;
  } while (number != 0);
  out.append(p, static_cast<std::size_t>(end - p));
}

}  // namespace

JsonWriter& JsonWriter::value(std::uint64_t number) {
  before_value();
  append_digits(out_, number);
  return *this;
}

JsonWriter& JsonWriter::value(int number) {
  before_value();
  out_ += std::to_string(number);
  return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
  before_value();
  out_ += flag ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  out_ += "null";
  return *this;
}

JsonWriter& JsonWriter::value_rounded(double number) {
  before_value();
  if (!std::isfinite(number)) {
    out_ += "null";
    return *this;
  }
  // Integer arithmetic on the rounded value keeps native and WASM identical.
  const double scaled = std::round(number * 10000.0);
  const bool negative = scaled < 0;
  const auto units = static_cast<std::uint64_t>(negative ? -scaled : scaled);
  if (negative && units != 0) out_ += '-';
  append_digits(out_, units / 10000);
  std::uint64_t fraction = units % 10000;
  if (fraction == 0) {
    out_ += ".0";
    return *this;
  }
  char digits[5] = {0, 0, 0, 0, 0};
  for (int k = 3; k >= 0; --k, fraction /= 10) digits[k] = static_cast<char>('0' + fraction % 10);
  int last = 3;
  while (digits[last] == '0') --last;
  out_ += '.';
  out_.append(digits, static_cast<std::size_t>(last + 1));
  return *this;
}

}  // namespace parallax
