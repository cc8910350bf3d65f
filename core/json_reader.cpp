#include "json_reader.h"

#include <cmath>
#include <cstdlib>

#include "unicode.h"

namespace parallax {

// Recursive descent over the text; every failure sets `failed` and unwinds.
class JsonParser {
 public:
  explicit JsonParser(std::string_view text) : s_(text) {}

  JsonValue run() {
    if (s_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // a UTF-8 byte-order mark, as nlohmann skips it
    JsonValue v = value(0);
    skip_space();
    if (failed_ || pos_ != s_.size()) return JsonValue(JsonValue::Kind::kDiscarded);
    return v;
  }

 private:
  std::string_view s_;
  std::size_t pos_ = 0;
  bool failed_ = false;

  JsonValue fail() {
    failed_ = true;
    return JsonValue(JsonValue::Kind::kDiscarded);
  }
  void skip_space() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
  }
  bool literal(std::string_view word) {
    if (s_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }

  JsonValue value(int depth) {
    skip_space();
    if (pos_ >= s_.size()) return fail();
    const char c = s_[pos_];
    if (c == '{' || c == '[') return depth >= JsonValue::kMaxDepth ? fail() : container(depth + 1);
    if (c == '"') {
      JsonValue v(JsonValue::Kind::kString);
      if (!string(v.text_)) return fail();
      return v;
    }
    if (c == '-' || (c >= '0' && c <= '9')) return number();
    JsonValue v;
    if (literal("null")) return v;
    v.kind_ = JsonValue::Kind::kBool;
    if (literal("true")) {
      v.boolean_ = true;
      return v;
    }
    if (literal("false")) return v;
    return fail();
  }

  JsonValue container(int depth) {
    const bool object = s_[pos_++] == '{';
    const char close = object ? '}' : ']';
    JsonValue v(object ? JsonValue::Kind::kObject : JsonValue::Kind::kArray);
    skip_space();
    if (pos_ < s_.size() && s_[pos_] == close) {
      ++pos_;
      return v;
    }
    while (true) {
      std::string key;
      if (object) {
        skip_space();
        if (pos_ >= s_.size() || s_[pos_] != '"' || !string(key)) return fail();
        skip_space();
        if (pos_ >= s_.size() || s_[pos_++] != ':') return fail();
      }
      JsonValue item = value(depth);
      if (failed_) return fail();
      if (!object) {
        v.items_.push_back(std::move(item));
      } else if (JsonValue* same = const_cast<JsonValue*>(v.find(key))) {
        *same = std::move(item);  // a repeated key keeps its last value
      } else {
        v.keys_.push_back(std::move(key));
        v.items_.push_back(std::move(item));
      }
      skip_space();
      if (pos_ >= s_.size()) return fail();
      const char c = s_[pos_++];
      if (c == close) return v;
      if (c != ',') return fail();
    }
  }

  // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
  JsonValue number() {
    const std::size_t start = pos_;
    const bool negative = s_[pos_] == '-';
    if (negative) ++pos_;
    const auto digits = [&] {
      const std::size_t from = pos_;
      while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
      return pos_ - from;
    };
    const std::size_t int_start = pos_;
    const std::size_t int_digits = digits();
    if (int_digits == 0 || (int_digits > 1 && s_[int_start] == '0')) return fail();
    bool whole = true;
    if (pos_ < s_.size() && s_[pos_] == '.') {
      ++pos_;
      if (digits() == 0) return fail();
      whole = false;
    }
    if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
      ++pos_;
      if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) ++pos_;
      if (digits() == 0) return fail();
      whole = false;
    }
    if (whole) {
      std::uint64_t magnitude = 0;
      bool fits = true;
      for (std::size_t i = int_start; i < pos_; ++i) {
        const unsigned d = static_cast<unsigned>(s_[i] - '0');
        if (magnitude > (UINT64_MAX - d) / 10) fits = false;
        magnitude = magnitude * 10 + d;
      }
      if (fits && !negative) {
        JsonValue v(JsonValue::Kind::kUnsigned);
        v.unsigned_ = magnitude;
        return v;
      }
      if (fits && magnitude <= static_cast<std::uint64_t>(INT64_MAX) + 1) {
        JsonValue v(JsonValue::Kind::kInteger);
        v.integer_ = magnitude == static_cast<std::uint64_t>(INT64_MAX) + 1 ? INT64_MIN
                                                                            : -static_cast<std::int64_t>(magnitude);
        return v;
      }
    }
    // A fraction, an exponent or a whole number beyond 64 bits: a double, as nlohmann reads it.
    const std::string spelled(s_.substr(start, pos_ - start));
    JsonValue v(JsonValue::Kind::kFloat);
    v.float_ = std::strtod(spelled.c_str(), nullptr);
    if (!std::isfinite(v.float_)) return fail();
    return v;
  }

  int hex4() {
    if (s_.size() - pos_ < 4) return -1;
    int code = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = s_[pos_++];
      const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (d < 0) return -1;
      code = code * 16 + d;
    }
    return code;
  }

  // A string at pos_ (the opening quote) into `out`.
  bool string(std::string& out) {
    ++pos_;
    while (pos_ < s_.size()) {
      const unsigned char c = static_cast<unsigned char>(s_[pos_]);
      if (c == '"') {
        ++pos_;
        return true;
      }
      if (c < 0x20) return false;
      if (c >= 0x80) {  // well-formed UTF-8 only (invalid bytes decode as U+FFFD of length 1)
        const DecodedCodePoint d = decode_utf8(s_, pos_);
        if (d.code_point == 0xFFFD && d.length == 1) return false;
        const std::size_t n = d.length;
        out.append(s_.substr(pos_, n));
        pos_ += n;
        continue;
      }
      ++pos_;
      if (c != '\\') {
        out += static_cast<char>(c);
        continue;
      }
      if (pos_ >= s_.size()) return false;
      const char e = s_[pos_++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          int cp = hex4();
          if (cp < 0 || (cp >= 0xDC00 && cp <= 0xDFFF)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (!literal("\\u")) return false;
            const int low = hex4();
            if (low < 0xDC00 || low > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          append_utf8(out, static_cast<char32_t>(cp));
          break;
        }
        default: return false;
      }
    }
    return false;
  }
};

JsonValue JsonValue::parse(std::string_view text) { return JsonParser(text).run(); }

const JsonValue* JsonValue::find(std::string_view key) const {
  if (kind_ != Kind::kObject) return nullptr;
  for (std::size_t i = 0; i < keys_.size(); ++i)
    if (keys_[i] == key) return &items_[i];
  return nullptr;
}

namespace {
const JsonValue kNullValue;
}  // namespace

const JsonValue& JsonValue::operator[](std::string_view key) const {
  const JsonValue* found = find(key);
  return found ? *found : kNullValue;
}

const JsonValue& JsonValue::element(std::size_t index) const {
  return kind_ == Kind::kArray && index < items_.size() ? items_[index] : kNullValue;
}

JsonValue JsonValue::value(std::string_view key, const JsonValue& fallback) const {
  const JsonValue* found = find(key);
  return found ? *found : fallback;
}

}  // namespace parallax
