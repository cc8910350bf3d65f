#include "document.h"

#include <cstdint>
#include <cstring>

#include "binary_formats.h"
#include "unicode.h"

namespace parallax {

namespace {

// Windows-1252's 0x80-0x9F block; 0 marks the five undefined bytes.
constexpr char32_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

std::string hex_byte(unsigned char b) {
  const char* digits = "0123456789ABCDEF";
  return std::string("0x") + digits[b >> 4] + digits[b & 15];
}

std::string quoted(std::string_view name) { return std::string(name); }

[[gnu::noinline]] bool is_blank(std::string_view text) {
  for (unsigned char c : text)
    if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')) return false;
  return true;
}

// Cold paths (errors, UTF-16, Windows-1252) and the scans over the bytes are
// functions of their own ([[gnu::noinline]]), not inlined into one big
// decode: V8 compiles a hot WASM function with its optimising compiler in
// the background, a cost that grows faster than the function's size, and
// the whole decode was a 12 KB function of which only the UTF-8 scans run.
[[gnu::noinline]] DecodeResult failure(std::string code, std::string message, std::size_t byte) {
  DecodeResult r;
  r.error = {std::move(code), std::move(message), byte};
  return r;
}

[[gnu::noinline]] DecodeResult decode_utf16(std::string_view name, std::string_view bytes, bool little_endian) {
  DecodeResult r;
  r.ok = true;
  r.decoded.encoding = little_endian ? "utf-16le" : "utf-16be";
  std::string& out = r.decoded.text;
  out.reserve(bytes.size());
  std::size_t replaced = 0;
  const auto unit_at = [&](std::size_t i) -> char32_t {
    const auto lo = static_cast<unsigned char>(bytes[little_endian ? i : i + 1]);
    const auto hi = static_cast<unsigned char>(bytes[little_endian ? i + 1 : i]);
    return static_cast<char32_t>(hi << 8 | lo);
  };
  std::size_t i = 2;  // after the byte-order mark
  for (; i + 1 < bytes.size(); i += 2) {
    char32_t u = unit_at(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
      const char32_t low = unit_at(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
        i += 2;
        continue;
      }
    }
    if (u >= 0xD800 && u <= 0xDFFF) {
      u = 0xFFFD;
      ++replaced;
    }
    append_utf8(out, u);
  }
  r.decoded.notices.push_back(quoted(name) + ": decoded as UTF-16 (byte-order mark found)");
  if (i < bytes.size())
    r.decoded.notices.push_back(quoted(name) + ": odd trailing byte ignored at byte " +
                                std::to_string(i));
  if (replaced)
    r.decoded.notices.push_back(quoted(name) + ": " + std::to_string(replaced) +
                                " unpaired UTF-16 surrogate(s) replaced with U+FFFD");
  if (is_blank(out)) return failure("empty", quoted(name) + ": the file holds no text", 0);
  return r;
}

// True when the bytes read as Windows-1252 give mostly printable text.
bool looks_like_cp1252(std::string_view bytes) {
  std::size_t unprintable = 0;
  for (unsigned char c : bytes) {
    if (c == 0) return false;
    const bool control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ||
                         c == 0x7F || (c >= 0x80 && c <= 0x9F && kCp1252High[c - 0x80] == 0);
    if (control) ++unprintable;
  }
  return unprintable * 100 <= bytes.size() * 2;  // at most 2% unprintable
}

}  // namespace

namespace {

// Control bytes other than tab, line feed, carriage return and form feed.
// Eight bytes at a time: a block with no byte below 0x20 and no 0x7F (most
// of any text) is skipped with a few word operations.
[[gnu::noinline]] std::size_t count_control_bytes(std::string_view bytes) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const auto is_control = [](unsigned char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
  };
  std::size_t count = 0, pos = 0;
  for (; pos + 8 <= bytes.size(); pos += 8) {
    std::uint64_t block;
    std::memcpy(&block, bytes.data() + pos, 8);
    // High bit set in a byte that may be below 0x20 or equal to 0x7F (the
    // usual "has a byte less than n" test; false alarms only cost the slow look).
    const std::uint64_t below_space = (block - kOnes * 0x20) & ~block & kHigh;
    const std::uint64_t del = block ^ (kOnes * 0x7F);
    const std::uint64_t is_del = (del - kOnes) & ~del & kHigh;
    if ((below_space | is_del) == 0) continue;
    for (std::size_t i = pos; i < pos + 8; ++i) count += is_control(static_cast<unsigned char>(bytes[i]));
  }
  for (; pos < bytes.size(); ++pos) count += is_control(static_cast<unsigned char>(bytes[pos]));
  return count;
}

}  // namespace

[[gnu::noinline]] std::size_t find_invalid_utf8(std::string_view bytes) {
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    // Skip ASCII eight bytes at a time.
    while (pos + 8 <= bytes.size()) {
      std::uint64_t block;
      std::memcpy(&block, bytes.data() + pos, 8);
      if (block & 0x8080808080808080ull) break;
      pos += 8;
    }
    if (pos >= bytes.size()) break;
    const auto c = static_cast<unsigned char>(bytes[pos]);
    if (c < 0x80) {
      ++pos;
      continue;
    }
    const DecodedCodePoint d = decode_utf8(bytes, pos);
    if (d.code_point == 0xFFFD && d.length == 1) return pos;  // a real U+FFFD is 3 bytes
    pos += d.length;
  }
  return std::string_view::npos;
}

namespace {

// True when the text holds a letter or a digit: something the tokenizer
// makes a word of. A file of dashes and asterisks has nothing to compare.
[[gnu::noinline]] bool has_word_character(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const DecodedCodePoint d = decode_utf8(text, pos);
    const CharClass c = classify(d.code_point);
    if (c == CharClass::kLetter || c == CharClass::kDigit) return true;
    pos += d.length;
  }
  return false;
}

// Bytes that are not valid UTF-8 (the first bad one at `bad`) read as
// Windows-1252, when they look like text in it.
[[gnu::noinline]] DecodeResult decode_cp1252(std::string_view name, std::string_view bytes, std::size_t bad) {
  if (!looks_like_cp1252(bytes))
    return failure("not-text",
                   quoted(name) + ": not readable as text (invalid UTF-8 byte " +
                       hex_byte(static_cast<unsigned char>(bytes[bad])) + " at byte " +
                       std::to_string(bad) + ", and too many control bytes for Windows-1252)",
                   bad);
  DecodeResult r;
  r.ok = true;
  r.decoded.encoding = "windows-1252";
  r.decoded.text.reserve(bytes.size() + bytes.size() / 8);
  for (unsigned char c : bytes) {
    if (c < 0x80) {
      r.decoded.text += static_cast<char>(c);
    } else if (c < 0xA0) {
      const char32_t cp = kCp1252High[c - 0x80];
      append_utf8(r.decoded.text, cp ? cp : static_cast<char32_t>(c));
    } else {
      append_utf8(r.decoded.text, c);
    }
  }
  r.decoded.notices.push_back(quoted(name) + ": not valid UTF-8 (byte " +
                              hex_byte(static_cast<unsigned char>(bytes[bad])) + " at byte " +
                              std::to_string(bad) + "), decoded as Windows-1252");
  if (is_blank(r.decoded.text)) return failure("empty", quoted(name) + ": the file holds no text", 0);
  return r;
}

DecodeResult decode_bytes(std::string_view name, std::string_view bytes, std::string_view* utf8_body) {
  if (bytes.empty()) return failure("empty", quoted(name) + ": the file is empty", 0);
  const BinaryFormat format = recognise_binary_format(bytes);
  if (!format.description.empty())
    return failure("binary",
                   quoted(name) + ": " + std::string(format.description) + ", not text" +
                       (format.advice.empty() ? "" : " (" + std::string(format.advice) + ")"),
                   0);
  if (bytes.size() >= 2) {
    const auto b0 = static_cast<unsigned char>(bytes[0]);
    const auto b1 = static_cast<unsigned char>(bytes[1]);
    if (b0 == 0xFF && b1 == 0xFE) return decode_utf16(name, bytes, true);
    if (b0 == 0xFE && b1 == 0xFF) return decode_utf16(name, bytes, false);
  }
  const std::size_t nul = bytes.find('\0');
  if (nul != std::string_view::npos)
    return failure("binary",
                   quoted(name) + ": looks like a binary file, not text (NUL byte at byte " +
                       std::to_string(nul) + ")",
                   nul);

  DecodeResult r;
  const std::size_t bad = find_invalid_utf8(bytes);
  if (bad == std::string_view::npos) {
    std::string_view body = bytes;
    r.decoded.encoding = "utf-8";
    if (body.substr(0, 3) == "\xEF\xBB\xBF") {
      body.remove_prefix(3);
      r.decoded.notices.push_back(quoted(name) + ": UTF-8 byte-order mark dropped");
    }
    if (is_blank(body)) return failure("empty", quoted(name) + ": the file holds no text", 0);
    const std::size_t controls = count_control_bytes(body);
    if (controls * 10 > body.size())  // stray controls are kept; a tenth of them is not text
      return failure("binary",
                     quoted(name) + ": looks like a binary file, not text (" +
                         std::to_string(controls) + " control bytes)",
                     0);
    if (utf8_body) {
      *utf8_body = body;
    } else {
      r.decoded.text.assign(body);
    }
    r.ok = true;
    return r;
  }
  return decode_cp1252(name, bytes, bad);
}

}  // namespace

DecodeResult decode_document(std::string_view name, std::string_view bytes, std::string_view* utf8_body) {
  std::string_view body;
  DecodeResult r = decode_bytes(name, bytes, utf8_body ? &body : nullptr);
  if (r.ok && !has_word_character(body.data() ? body : std::string_view(r.decoded.text)))
    return failure("no-words", quoted(name) + ": no words to compare (the text holds only punctuation or symbols)",
                   0);
  if (r.ok && body.data()) *utf8_body = body;
  return r;
}

DecodeResult decode_document(std::string_view name, std::string_view bytes) {
  return decode_document(name, bytes, nullptr);
}

}  // namespace parallax
