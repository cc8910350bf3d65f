#include "vocabulary.h"

#include "normalize.h"

namespace parallax {

std::uint32_t Vocabulary::intern(std::string_view normalized_form) {
  std::string key(normalized_form);
  const auto found = ids_.find(key);
  if (found != ids_.end()) return found->second;
  const auto id = static_cast<std::uint32_t>(forms_.size());
  forms_.push_back(key);
  ids_.emplace(std::move(key), id);
  return id;
}

void Vocabulary::assign_ids(std::string_view text, Tokens& tokens) {
  std::string scratch;
  for (Token& t : tokens) {
    scratch.clear();
    normalize_token(text.substr(t.start, t.end - t.start), scratch);
    t.id = intern(scratch);
  }
}

}  // namespace parallax
