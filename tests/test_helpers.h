// Helpers shared by the unit tests.
#pragma once

#include <string>
#include <string_view>
#include <vector>

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

}  // namespace parallax::testing
