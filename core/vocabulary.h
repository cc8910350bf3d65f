// Vocabulary: one integer id per normalized token form, shared by all
// documents of an analysis, so every later stage compares integers.
//
// Ids are given in order of first appearance, which makes them (and all
// results derived from them) deterministic for a given input order.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "token.h"

namespace parallax {

class Vocabulary {
 public:
  // Id of the normalized form; adds it when new.
  std::uint32_t intern(std::string_view normalized_form);

  // Normalizes each token's surface text and sets its id.
  void assign_ids(std::string_view text, Tokens& tokens);

  std::size_t size() const { return forms_.size(); }
  const std::string& form(std::uint32_t id) const { return forms_[id]; }

 private:
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::vector<std::string> forms_;
};

}  // namespace parallax
