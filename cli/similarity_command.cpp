// Reads JSON lines {"a": "...", "b": "..."} on stdin and prints one score in
// [0, 1] per line (4 decimals), so the similarity can be measured on public
// benchmarks. A malformed line is an error naming the line (exit 1).
#include "similarity_command.h"

#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "similarity_batch.h"

namespace parallax::cli {

int similarity_command(int argc, char** argv) {
  bool batch = false;
  PairScore kind = PairScore::kParaphrase;
  bool features = false;
  for (int i = 0; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--batch") batch = true;
    else if (arg == "--fact") kind = PairScore::kFact;
    else if (arg == "--features") features = true;
    else batch = false, i = argc;  // unknown option: usage error below
  }
  if (!batch) {
    std::cerr << "parallax: similarity needs --batch [--fact] (JSON lines {\"a\", \"b\"} on stdin)\n"
                 "Try 'parallax --help'.\n";
    return 2;
  }
  std::vector<std::pair<std::string, std::string>> pairs;
  std::string line;
  std::size_t number = 0;
  while (std::getline(std::cin, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("a") || !j.contains("b") ||
        !j["a"].is_string() || !j["b"].is_string()) {
      std::cerr << "parallax: line " << number << ": expected {\"a\": \"...\", \"b\": \"...\"}\n";
      return 1;
    }
    pairs.emplace_back(j["a"].get<std::string>(), j["b"].get<std::string>());
  }
  if (features) {  // the paraphrase score's inputs, tab-separated (scripts/fit_similarity.mjs)
    for (const PairFeatures& f : sentence_pair_features(pairs))
      for (std::size_t k = 0; k < f.size(); ++k) std::printf("%.6f%c", f[k], k + 1 < f.size() ? '\t' : '\n');
    return 0;
  }
  for (double score : score_sentence_pairs(pairs, kind)) std::printf("%.4f\n", score);
  return 0;
}

}  // namespace parallax::cli
