// Helpers shared by the unit tests.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analyze.h"
#include "token.h"

namespace parallax::testing {

inline std::string surface(std::string_view text, const Token& t) {
  return std::string(text.substr(t.start, t.end - t.start));
}

inline std::vector<std::string> surfaces(std::string_view text, const Tokens& tokens) {
  std::vector<std::string> out;
  for (const Token& t : tokens) out.push_back(surface(text, t));
  return out;
}

// The report of two documents analysed with the default options.
inline Report compare_two(const std::string& a, const std::string& b) {
  return analyze({{"a.txt", a}, {"b.txt", b}}, AnalysisOptions{});
}

// The text a report's span covers.
inline std::string span_text(const Report& r, const DocumentSpan& s) {
  return r.documents[s.doc].text.substr(s.start, s.end - s.start);
}

}  // namespace parallax::testing
