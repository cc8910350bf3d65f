#pragma once
// A small JSON reader for requests (request.cpp, diff_json.cpp).
//
// Why not nlohmann_json: its parser and value type were ~60 KB of the page's
// WASM (about 15 KB gzip) for reading a request of a few hundred bytes
// (docs/page-budget.md). This reader keeps the few calls the request code
// used, with nlohmann's meaning: strict RFC 8259 (no comments, no trailing
// commas, UTF-8 checked, \u escapes with surrogate pairs), a number is
// "unsigned" when written without sign, fraction or exponent and it fits in
// 64 bits, a repeated object key keeps its last value. One addition: nesting
// deeper than kMaxDepth is refused, so a hostile request cannot exhaust the
// stack. Nothing throws; a bad document parses to a value that is_discarded().
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace parallax {

class JsonValue {
 public:
  enum class Kind : std::uint8_t { kNull, kBool, kUnsigned, kInteger, kFloat, kString, kArray, kObject, kDiscarded };
  static constexpr int kMaxDepth = 512;

  JsonValue() = default;
  static JsonValue parse(std::string_view text);
  static JsonValue array() { return JsonValue(Kind::kArray); }
  static JsonValue object() { return JsonValue(Kind::kObject); }

  Kind kind() const { return kind_; }
  bool is_discarded() const { return kind_ == Kind::kDiscarded; }
  bool is_null() const { return kind_ == Kind::kNull; }
  bool is_boolean() const { return kind_ == Kind::kBool; }
  bool is_number_unsigned() const { return kind_ == Kind::kUnsigned; }
  bool is_number_integer() const { return kind_ == Kind::kUnsigned || kind_ == Kind::kInteger; }
  bool is_number() const { return kind_ == Kind::kUnsigned || kind_ == Kind::kInteger || kind_ == Kind::kFloat; }
  bool is_string() const { return kind_ == Kind::kString; }
  bool is_array() const { return kind_ == Kind::kArray; }
  bool is_object() const { return kind_ == Kind::kObject; }

  // Elements of an array, members of an object (0 for anything else).
  std::size_t size() const { return items_.size(); }
  bool contains(std::string_view key) const { return find(key) != nullptr; }
  // A missing key or index gives a null value.
  const JsonValue& operator[](std::string_view key) const;
  const JsonValue& operator[](const char* key) const { return (*this)[std::string_view(key)]; }
  template <typename Index, std::enable_if_t<std::is_integral_v<Index>, int> = 0>
  const JsonValue& operator[](Index index) const {
    return element(static_cast<std::size_t>(index));
  }
  // The member `key`, or `fallback` when there is none.
  JsonValue value(std::string_view key, const JsonValue& fallback) const;
  // Arrays: the elements; objects: the members' values.
  std::vector<JsonValue>::const_iterator begin() const { return items_.begin(); }
  std::vector<JsonValue>::const_iterator end() const { return items_.end(); }
  const std::vector<std::string>& keys() const { return keys_; }

  // The value as T: std::string (a string), bool, or an arithmetic type (a
  // number, converted as static_cast does). The caller checks the kind first;
  // a wrong kind gives T's zero value.
  template <typename T>
  T get() const {
    if constexpr (std::is_same_v<T, std::string>) {
      return text_;
    } else if constexpr (std::is_same_v<T, bool>) {
      return kind_ == Kind::kBool && boolean_;
    } else {
      static_assert(std::is_arithmetic_v<T>);
      switch (kind_) {
        case Kind::kUnsigned: return static_cast<T>(unsigned_);
        case Kind::kInteger: return static_cast<T>(integer_);
        case Kind::kFloat: return static_cast<T>(float_);
        default: return T{};
      }
    }
  }

  // A string equal to `text` (any other kind is unequal, as in nlohmann).
  bool operator==(std::string_view text) const { return kind_ == Kind::kString && text_ == text; }
  bool operator!=(std::string_view text) const { return !(*this == text); }

 private:
  friend class JsonParser;
  explicit JsonValue(Kind kind) : kind_(kind) {}
  const JsonValue* find(std::string_view key) const;
  const JsonValue& element(std::size_t index) const;

  Kind kind_ = Kind::kNull;
  bool boolean_ = false;
  std::uint64_t unsigned_ = 0;
  std::int64_t integer_ = 0;
  double float_ = 0;
  std::string text_;
  std::vector<std::string> keys_;  // objects: one per item, in order
  std::vector<JsonValue> items_;   // array elements or object values
};

}  // namespace parallax
