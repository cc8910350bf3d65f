// Background word frequency: how common a word is in English at large, for
// term weights that favour rare content words even when an analysis holds
// only a few sentences.
//
// The table is compiled in: scripts/build_word_frequencies.mjs turns WordNet
// 3.0's sense-tagged counts (cntlist.rev, the SemCor share of the Brown
// corpus, about 240,000 content words) into a generated include at build
// time. Words are looked up by their comparison stem (synonyms.h), the counts
// of every lemma with that stem added up.
//
// Contract: BackgroundFrequency::get() builds the index once and is then
// read-only; count() returns the corpus count of a stem (0 when the stem is
// rare or unknown: names, numbers, new words).
#pragma once

#include <string>
#include <unordered_map>

namespace parallax {

// A word counted kBackgroundCountScale times (or more) is taken to be in every
// background sentence, one counted c times in c / kBackgroundCountScale of them.
// SemCor has about 20,000 sentences, but a news sentence holds more common
// words than its tags show; fitted on MSRP train and STS-B dev with the
// valentines-2021 facts (1,000-4,000 within 0.4% MSRP accuracy and 0.001
// STS-B news Spearman; 2,000: "say" in all, "people" in a seventh, "police" in 2%).
constexpr double kBackgroundCountScale = 2000;

class BackgroundFrequency {
 public:
  static const BackgroundFrequency& get();

  double count(const std::string& stem) const {
    const auto found = counts_.find(stem);
    return found == counts_.end() ? 0.0 : found->second;
  }
  std::size_t size() const { return counts_.size(); }

 private:
  BackgroundFrequency();
  std::unordered_map<std::string, double> counts_;
};

}  // namespace parallax
