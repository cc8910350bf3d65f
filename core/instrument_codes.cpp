#include "instrument_codes.h"

#include <array>

namespace parallax {

namespace {

bool is_capital(char c) { return c >= 'A' && c <= 'Z'; }
bool is_capital_or_digit(char c) { return is_capital(c) || (c >= '0' && c <= '9'); }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// s is n characters, the first a capital, the rest capitals or digits.
bool is_symbol(std::string_view s, std::size_t min, std::size_t max) {
  if (s.size() < min || s.size() > max || !is_capital(s[0])) return false;
  for (char c : s)
    if (!is_capital_or_digit(c)) return false;
  return true;
}

// ".NET" and the like are words of computing, not index codes.
bool is_domain_word(std::string_view s) {
  for (std::string_view w : {"NET", "COM", "ORG", "GOV", "EDU"})
    if (s == w) return true;
  return false;
}

// "AZN.N": a ticker and its exchange.
bool is_listed_ticker(std::string_view s) {
  const std::size_t dot = s.find('.');
  if (dot == std::string_view::npos || !is_symbol(s.substr(0, dot), 2, 5)) return false;
  const std::string_view exchange = s.substr(dot + 1);
  for (std::string_view e : {"N", "O", "OQ", "L", "T", "PA", "DE", "AS", "TO", "F", "MI", "HK"})
    if (exchange == e) return true;
  return false;
}

}  // namespace

bool is_instrument_code(std::string_view s) {
  if (s.size() >= 3 && s.front() == '<' && s.back() == '>') s = s.substr(1, s.size() - 2);
  if (s.empty()) return false;
  if (s.front() == '.') return is_symbol(s.substr(1), 2, 6) && !is_domain_word(s.substr(1));
  const std::size_t equals = s.find('=');
  if (equals != std::string_view::npos) {
    const std::string_view after = s.substr(equals + 1);
    return is_symbol(s.substr(0, equals), 3, 8) && after.size() <= 3 && (after.empty() || is_symbol(after, 1, 3));
  }
  return is_listed_ticker(s);
}

std::string without_instrument_codes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    if (is_space(text[i])) {
      out.push_back(text[i++]);
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && !is_space(text[end])) ++end;
    // The chunk less an opening parenthesis and closing punctuation; a
    // final period is the sentence's when the rest is a code ("... AZN.N.").
    std::size_t first = i, last = end;
    if (text[first] == '(') ++first;
    while (last > first && (text[last - 1] == ',' || text[last - 1] == ';' || text[last - 1] == ':' ||
                            text[last - 1] == ')'))
      --last;
    if (last > first + 1 && text[last - 1] == '.' && !is_instrument_code(text.substr(first, last - first))) --last;
    if (last > first && is_instrument_code(text.substr(first, last - first))) {
      out.append(text.substr(i, first - i));
      out.append(text.substr(last, end - last));
    } else {
      out.append(text.substr(i, end - i));
    }
    i = end;
  }
  return out;
}

}  // namespace parallax
