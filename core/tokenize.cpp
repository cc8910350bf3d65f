#include "tokenize.h"

#include "unicode.h"

namespace parallax {

namespace {

// ASCII letters and digits by byte value (false for every byte >= 0x80).
struct AsciiAlnum {
  bool yes[256] = {};
  constexpr AsciiAlnum() {
    for (unsigned c = 0; c < 128; ++c) {
      const CharClass cls = detail::classify_ascii_slow(c);
      yes[c] = cls == CharClass::kLetter || cls == CharClass::kDigit;
    }
  }
};
constexpr AsciiAlnum kAsciiAlnum;

bool is_apostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view text) : text_(text) {}

  Tokens run() {
    Tokens tokens;
    tokens.reserve(text_.size() / 5 + 1);
    std::uint32_t newlines = 0;
    bool space = false;
    while (pos_ < text_.size()) {
      const auto byte = static_cast<unsigned char>(text_[pos_]);
      if (byte == ' ') {  // most gaps are one space: no decoding, no class lookup
        space = true;
        ++pos_;
        continue;
      }
      const DecodedCodePoint d = peek(pos_);
      const CharClass cls = byte < 0x80 ? classify_ascii(byte) : classify(d.code_point);
      if (cls == CharClass::kSpace || cls == CharClass::kNewline ||
          (cls == CharClass::kJoiner && d.code_point != 0x200D)) {
        // "\r\n" is one line break.
        if (cls == CharClass::kNewline &&
            !(d.code_point == '\n' && pos_ > 0 && text_[pos_ - 1] == '\r'))
          ++newlines;
        space = true;
        pos_ += d.length;
        continue;
      }
      Token t;
      t.start = static_cast<std::uint32_t>(pos_);
      t.newlines_before = static_cast<std::uint8_t>(newlines > 255 ? 255 : newlines);
      t.space_before = space;
      newlines = 0;
      space = false;
      switch (cls) {
        case CharClass::kLetter:
          t.kind = TokenKind::kWord;
          t.capitalized = byte < 0x80 ? (byte >= 'A' && byte <= 'Z') : is_upper(d.code_point);
          scan_word();
          break;
        case CharClass::kDigit:
          t.kind = TokenKind::kNumber;
          scan_number();
          break;
        case CharClass::kPunct:
          t.kind = TokenKind::kPunct;
          scan_punct_run(d);
          break;
        default:  // symbols, orphan marks and joiners
          t.kind = TokenKind::kSymbol;
          scan_symbol(d);
          break;
      }
      t.end = static_cast<std::uint32_t>(pos_);
      tokens.push_back(t);
    }
    return tokens;
  }

 private:
  // ASCII is most of the text: decode only what is not.
  DecodedCodePoint peek(std::size_t at) const {
    const auto b = static_cast<unsigned char>(text_[at]);
    return b < 0x80 ? DecodedCodePoint{b, 1} : decode_utf8(text_, at);
  }
  CharClass class_at(std::size_t at) const {
    if (at >= text_.size()) return CharClass::kSpace;
    const auto b = static_cast<unsigned char>(text_[at]);
    return b < 0x80 ? classify_ascii(b) : classify(decode_utf8(text_, at).code_point);
  }

  // The end of the run of ASCII letters and digits from `at`: the inner loop
  // of almost every word, kept on local variables.
  std::size_t skip_ascii_alnum(std::size_t at) const {
    const char* p = text_.data() + at;
    const char* const end = text_.data() + text_.size();
    const auto alnum = [](const char* c) { return kAsciiAlnum.yes[static_cast<unsigned char>(*c)]; };
    for (; end - p >= 4; p += 4) {  // one bounds test per four letters
      if (!alnum(p)) return static_cast<std::size_t>(p - text_.data());
      if (!alnum(p + 1)) return static_cast<std::size_t>(p + 1 - text_.data());
      if (!alnum(p + 2)) return static_cast<std::size_t>(p + 2 - text_.data());
      if (!alnum(p + 3)) return static_cast<std::size_t>(p + 3 - text_.data());
    }
    while (p < end && alnum(p)) ++p;
    return static_cast<std::size_t>(p - text_.data());
  }

  // Letters, marks, digits and in-word joiners; apostrophes between letters.
  void scan_word() {
    const std::size_t start = pos_;
    if (scan_dotted_abbreviation()) return;
    pos_ = start;
    while (pos_ < text_.size()) {
      pos_ = skip_ascii_alnum(pos_);
      if (pos_ >= text_.size()) break;
      const auto b = static_cast<unsigned char>(text_[pos_]);
      if (b < 0x80) {  // fast path: ASCII letters and digits
        const CharClass c = classify_ascii(b);
        if (c == CharClass::kLetter || c == CharClass::kDigit) {
          ++pos_;
          continue;
        }
        if (b != '\'') break;
      }
      const DecodedCodePoint d = peek(pos_);
      const CharClass cls = classify(d.code_point);
      if (cls == CharClass::kLetter || cls == CharClass::kMark || cls == CharClass::kDigit ||
          (cls == CharClass::kJoiner && d.code_point != 0x200D)) {
        pos_ += d.length;
      } else if (is_apostrophe(d.code_point) && class_at(pos_ + d.length) == CharClass::kLetter) {
        pos_ += d.length;
      } else {
        break;
      }
    }
  }

  // "U.S.", "p.m.", "e.g.": single letters each followed by a period, at
  // least two of them. Leaves pos_ after the last period on success.
  bool scan_dotted_abbreviation() {
    // Most words are not: an ASCII first letter not followed by '.' settles it.
    if (static_cast<unsigned char>(text_[pos_]) < 0x80 &&
        (pos_ + 1 >= text_.size() || text_[pos_ + 1] != '.'))
      return false;
    int letters = 0;
    std::size_t at = pos_;
    while (at < text_.size()) {
      const DecodedCodePoint d = peek(at);
      if (classify(d.code_point) != CharClass::kLetter) break;
      const std::size_t after = at + d.length;
      if (after >= text_.size() || text_[after] != '.') break;
      // The letter must be a single letter: the one before it is not a letter.
      ++letters;
      at = after + 1;
    }
    if (letters < 2) return false;
    // A letter right after the last period means this was not an abbreviation.
    if (class_at(at) == CharClass::kLetter) return false;
    pos_ = at;
    return true;
  }

  void scan_number() {
    auto digits = [&] {
      while (pos_ < text_.size() && class_at(pos_) == CharClass::kDigit) pos_ += peek(pos_).length;
    };
    digits();
    while (pos_ + 1 < text_.size()) {
      const char sep = text_[pos_];
      if ((sep == ',' || sep == '.' || sep == ':') && class_at(pos_ + 1) == CharClass::kDigit) {
        ++pos_;
        digits();
      } else {
        break;
      }
    }
    // Attached letters: "5th", "1700GMT", "3pm".
    while (pos_ < text_.size()) {
      const CharClass cls = class_at(pos_);
      if (cls != CharClass::kLetter && cls != CharClass::kMark && cls != CharClass::kDigit) break;
      pos_ += peek(pos_).length;
    }
  }

  void scan_punct_run(DecodedCodePoint first) {
    pos_ += first.length;
    while (pos_ < text_.size()) {
      const DecodedCodePoint d = peek(pos_);
      if (d.code_point != first.code_point) break;
      pos_ += d.length;
    }
  }

  // A symbol with everything glued to it: marks, variation selectors,
  // skin tones, and ZWJ plus the next symbol (family emoji, flags' tags).
  void scan_symbol(DecodedCodePoint first) {
    pos_ += first.length;
    const bool regional_indicator = first.code_point >= 0x1F1E6 && first.code_point <= 0x1F1FF;
    bool paired = false;
    while (pos_ < text_.size()) {
      const DecodedCodePoint d = peek(pos_);
      const CharClass cls = classify(d.code_point);
      if (cls == CharClass::kMark || cls == CharClass::kJoiner) {
        pos_ += d.length;
        if (d.code_point == 0x200D && pos_ < text_.size()) {
          const DecodedCodePoint next = peek(pos_);
          const CharClass next_cls = classify(next.code_point);
          if (next_cls == CharClass::kSymbol || next_cls == CharClass::kLetter) pos_ += next.length;
        }
      } else if (regional_indicator && !paired && d.code_point >= 0x1F1E6 &&
                 d.code_point <= 0x1F1FF) {
        pos_ += d.length;  // a flag is two regional indicators
        paired = true;
      } else {
        break;
      }
    }
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

}  // namespace

// Not inlined into its callers (the word diff calls it per block of text): in
// WASM one function of its own is compiled once by V8's optimising compiler,
// rather than again inside each large caller.
[[gnu::noinline]] Tokens tokenize(std::string_view text) { return Tokenizer(text).run(); }

}  // namespace parallax
