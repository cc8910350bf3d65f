#include "vocabulary.h"

#include "normalize.h"

namespace parallax {

namespace {

std::uint64_t fnv1a(std::string_view s) {
  std::uint64_t h = 14695981039346656037ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h ^ (h >> 29);  // mix the high bits into the low ones used as the index
}

}  // namespace

void Vocabulary::grow() {
  const std::size_t capacity = slots_.empty() ? 1024 : slots_.size() * 2;
  slots_.assign(capacity, 0);
  mask_ = capacity - 1;
  for (std::uint32_t id = 0; id < forms_.size(); ++id) {
    std::size_t i = form_hash_[id] & mask_;
    while (slots_[i] != 0) i = (i + 1) & mask_;
    slots_[i] = id + 1;
  }
}

std::uint32_t Vocabulary::intern(std::string_view normalized_form) {
  if ((forms_.size() + 1) * 2 > slots_.size()) grow();  // load factor at most 1/2
  const std::uint64_t h = fnv1a(normalized_form);
  std::size_t i = h & mask_;
  while (slots_[i] != 0) {
    const std::uint32_t id = slots_[i] - 1;
    if (form_hash_[id] == h && forms_[id] == normalized_form) return id;
    i = (i + 1) & mask_;
  }
  const auto id = static_cast<std::uint32_t>(forms_.size());
  forms_.emplace_back(normalized_form);
  form_hash_.push_back(h);
  slots_[i] = id + 1;
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
