#include "analyze.h"

#include <algorithm>
#include <exception>
#include <new>

#include "analysed_document.h"
#include "discrepancies.h"
#include "match_key.h"
#include "name_entities.h"
#include "names.h"
#include "near_passages.h"
#include "sentence_seeds.h"
#include "passage_assembly.h"
#include "document.h"
#include "facts.h"
#include "furniture.h"
#include "html_text.h"
#include "similarity_matrix.h"
#include "time_zones.h"
#include "passages.h"
#include "sentences.h"
#include "tokenize.h"
#include "unicode.h"
#include "value_entities.h"
#include "values.h"
#include "vocabulary.h"

namespace parallax {

namespace {

constexpr std::size_t kMaxTitleBytes = 200;

// First non-empty line, trimmed, cut at a code point boundary if very long.
std::string first_line_title(std::string_view text) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    const std::size_t first = line.find_first_not_of(" \t\f\v");
    if (first != std::string_view::npos) {
      line = line.substr(first, line.find_last_not_of(" \t\f\v") - first + 1);
      if (line.size() <= kMaxTitleBytes) return std::string(line);
      std::size_t cut = kMaxTitleBytes;
      while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
      return std::string(line.substr(0, cut)) + "\xE2\x80\xA6";
    }
    start = end + 1;
  }
  return "";
}

// An HTML page becomes its article text (html_text.h); the page's own
// metadata fills what the caller did not give. False when no text is left.
bool extract_article(DecodedText& decoded, DocumentMetadata& metadata) {
  HtmlArticle article = extract_html_article(decoded.text);
  if (article.text.empty()) return false;
  decoded.text = std::move(article.text);
  for (auto [given, found] : {std::pair{&metadata.title, &article.metadata.title},
                              {&metadata.byline, &article.metadata.byline},
                              {&metadata.site, &article.metadata.site},
                              {&metadata.date, &article.metadata.date}})
    if (given->empty()) *given = std::move(*found);
  return true;
}

// A document's sentences as word ranges with their lengths in characters, for
// the sentence seeds (segmented here when no other stage needs sentences).
std::vector<SentenceSpan> sentence_words(std::string_view text, const AnalysedDocument& doc,
                                         const std::vector<SentenceRange>& known) {
  std::vector<SentenceRange> own;
  if (known.empty()) own = segment_sentences(text, doc.tokens);
  const std::vector<SentenceRange>& segmented = known.empty() ? own : known;
  std::vector<SentenceSpan> out;
  out.reserve(segmented.size());
  std::uint32_t w = 0;
  const auto words = static_cast<std::uint32_t>(doc.word_tokens.size());
  for (const SentenceRange& s : segmented) {
    const std::uint32_t first = w;
    while (w < words && doc.word_tokens[w] < s.end_token) ++w;
    if (w == first) continue;
    const std::uint32_t start = doc.word_start(first);
    out.push_back({first, w, count_code_points(text.substr(start, doc.word_end(w - 1) - start))});
  }
  return out;
}

std::string too_large_message(const std::string& name, std::uint64_t size, std::uint64_t limit) {
  return name + ": too large (" + std::to_string(size) + " bytes; the limit for all files together is " +
         std::to_string(limit) + " bytes)";
}

// Pairs of sentences of different documents joined by a reused passage: for
// each pair of spans, the sentences holding the middle of each span.
std::vector<std::pair<SentenceRef, SentenceRef>> sentences_sharing_passages(const Report& report) {
  const auto sentence_at = [&](const DocumentSpan& s) -> SentenceRef {
    const auto& sentences = report.documents[s.doc].sentences;
    const std::uint32_t middle = s.start + (s.end - s.start) / 2;
    const auto it = std::upper_bound(sentences.begin(), sentences.end(), middle,
                                     [](std::uint32_t x, const ByteSpan& b) { return x < b.end; });
    const auto index = static_cast<std::uint32_t>(std::min<std::ptrdiff_t>(
        it - sentences.begin(), static_cast<std::ptrdiff_t>(sentences.size()) - 1));
    return {s.doc, index};
  };
  std::vector<std::pair<SentenceRef, SentenceRef>> pairs;
  for (const PassageReport& p : report.passages)
    for (std::size_t x = 0; x < p.spans.size(); ++x)
      for (std::size_t y = x + 1; y < p.spans.size(); ++y)
        if (p.spans[x].doc != p.spans[y].doc) pairs.push_back({sentence_at(p.spans[x]), sentence_at(p.spans[y])});
  return pairs;
}

// Values and names found on furniture lines ("User Type", "Copyright Credit",
// dates of related links) are not the article's: drop them, keeping the
// acronym links of the names that stay.
void drop_furniture_mentions(const DocumentReport& doc, std::vector<ValueMention>& values,
                             std::vector<NameMention>& names) {
  if (doc.furniture.empty()) return;
  const auto in_furniture = [&](std::uint32_t start) {
    const auto it = std::upper_bound(doc.furniture.begin(), doc.furniture.end(), start,
                                     [](std::uint32_t x, const DocumentReport::Furniture& f) { return x < f.span.end; });
    return it != doc.furniture.end() && it->span.start <= start;
  };
  values.erase(std::remove_if(values.begin(), values.end(), [&](const ValueMention& m) { return in_furniture(m.start); }),
               values.end());
  std::vector<std::int32_t> new_index(names.size(), -1);
  std::vector<NameMention> kept;
  for (std::size_t k = 0; k < names.size(); ++k) {
    if (in_furniture(names[k].start)) continue;
    new_index[k] = static_cast<std::int32_t>(kept.size());
    kept.push_back(names[k]);
  }
  for (NameMention& m : kept)
    if (m.alias_of >= 0) m.alias_of = new_index[static_cast<std::size_t>(m.alias_of)];
  names.swap(kept);
}

// Per document, the sentences that lie inside page furniture (left out of
// facts unless furniture is included).
std::vector<std::vector<bool>> furniture_sentences(const Report& report, const AnalysisOptions& options) {
  std::vector<std::vector<bool>> out(report.documents.size());
  if (options.include_furniture) return out;
  for (std::size_t d = 0; d < report.documents.size(); ++d) {
    const DocumentReport& doc = report.documents[d];
    out[d].assign(doc.sentences.size(), false);
    std::size_t f = 0;
    for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
      while (f < doc.furniture.size() && doc.furniture[f].span.end <= doc.sentences[s].start) ++f;
      out[d][s] = f < doc.furniture.size() && doc.furniture[f].span.start <= doc.sentences[s].start;
    }
  }
  return out;
}

// Facts into the report: byte spans of member sentences and their matched
// words (neighbouring matched words joined into one span).
void add_facts(const std::vector<AnalysedDocument>& docs, const FactResult& facts, Report& report) {
  for (const Fact& f : facts.facts) {
    FactReport out;
    out.id = static_cast<std::uint32_t>(report.facts.size());
    out.score = f.score;
    for (const FactSentence& s : f.sentences) {
      FactSentenceReport member;
      member.doc = s.doc;
      member.sentence = s.sentence;
      member.span = report.documents[s.doc].sentences[s.sentence];
      for (std::uint32_t t : s.matched_tokens)
        member.matched.push_back({docs[s.doc].tokens[t].start, docs[s.doc].tokens[t].end});
      out.sentences.push_back(std::move(member));
    }
    report.facts.push_back(std::move(out));
  }
  for (std::size_t d = 0; d < facts.only_in.size(); ++d) report.documents[d].only_in = facts.only_in[d];
}

// Where the articles differ (discrepancies.h): values and quotes compared
// across documents, local times placed by each story's place.
void add_discrepancies(const std::vector<AnalysedDocument>& analysed, const std::vector<std::vector<ValueMention>>& values,
                       const std::vector<std::vector<NameMention>>& names, const std::vector<TimeFrame>& frames,
                       MatchKeys& match_keys, Report& report) {
  std::vector<DiscrepancyDocument> docs(report.documents.size());
  for (std::size_t d = 0; d < docs.size(); ++d) {
    docs[d].text = report.documents[d].text;
    docs[d].tokens = &analysed[d].tokens;
    docs[d].sentences = &report.documents[d].sentences;
    docs[d].values = &values[d];
    docs[d].names = &names[d];
    docs[d].frame = frames[d];
  }
  link_name_entities(report.entities, docs);
  find_discrepancies(docs, report.facts, report.entities, match_keys, report.discrepancies);
}

Report run(const std::vector<InputDocument>& inputs, const AnalysisOptions& options) {
  Report report;
  report.min_words = options.min_words;
  if (options.min_words < kMinWordsLowest || options.min_words > kMinWordsHighest) {
    report.has_error = true;
    report.error = {"bad-option", "min_words must be between " + std::to_string(kMinWordsLowest) +
                                      " and " + std::to_string(kMinWordsHighest) + ", not " +
                                      std::to_string(options.min_words)};
    return report;
  }

  // Decode, applying the limits in input order: nothing is dropped silently.
  std::vector<ValueContext> contexts;  // per analysed document
  std::uint64_t total_bytes = 0;
  for (const InputDocument& input : inputs) {
    if (report.documents.size() >= options.max_documents) {
      report.rejected.push_back({input.name, "too-many-documents",
                                 input.name + ": not analysed, the limit is " +
                                     std::to_string(options.max_documents) + " documents",
                                 0});
      continue;
    }
    if (input.bytes.size() > options.max_total_bytes - total_bytes) {
      report.rejected.push_back({input.name, "too-large",
                                 too_large_message(input.name, input.bytes.size(),
                                                   options.max_total_bytes),
                                 0});
      continue;
    }
    if (input.bytes.size() > 0xFFFFFFF0u) {  // spans are 32-bit
      report.rejected.push_back({input.name, "too-large",
                                 too_large_message(input.name, input.bytes.size(), 0xFFFFFFF0u), 0});
      continue;
    }
    DecodeResult decoded = decode_document(input.name, input.bytes);
    if (!decoded.ok) {
      report.rejected.push_back(
          {input.name, decoded.error.code, decoded.error.message, decoded.error.byte});
      continue;
    }
    DocumentMetadata metadata = input.metadata;
    if (!input.date.empty()) metadata.date = input.date;  // the caller's date wins over the page's
    if (input.html && !extract_article(decoded.decoded, metadata)) {
      report.rejected.push_back({input.name, "empty", input.name + ": the HTML page holds no article text", 0});
      continue;
    }
    total_bytes += input.bytes.size();
    ValueContext context;
    if (!metadata.date.empty() && !parse_publication_date(metadata.date, context)) {
      decoded.decoded.notices.push_back("The publication date \"" + metadata.date +
                                        "\" is not a date (YYYY-MM-DD); relative dates stay unresolved.");
      metadata.date.clear();
    }
    contexts.push_back(context);
    DocumentReport doc;
    doc.name = input.name;
    doc.metadata = std::move(metadata);
    doc.text = std::move(decoded.decoded.text);
    doc.encoding = std::move(decoded.decoded.encoding);
    doc.notices = std::move(decoded.decoded.notices);
    doc.title = first_line_title(doc.text);
    report.documents.push_back(std::move(doc));
  }
  if (options.release_input) options.release_input();

  // Tokens, shared ids and sentences.
  Vocabulary vocabulary;
  std::vector<AnalysedDocument> analysed(report.documents.size());
  std::vector<std::vector<SentenceRange>> sentence_ranges(report.documents.size());
  std::vector<NearDocument> near_docs(report.documents.size());
  std::vector<std::vector<SentenceSpan>> near_sentences(report.documents.size());  // sentence seeds'
  MatchKeys match_keys(vocabulary);
  std::vector<WordSequence> sequences(report.documents.size());
  std::vector<std::vector<ValueMention>> values(report.documents.size());
  std::vector<std::vector<NameMention>> names(report.documents.size());
  ValueLexicon value_lexicon(vocabulary);
  NameLexicon name_lexicon(vocabulary);  // per-word facts of the name finder, once per vocabulary id
  // Page furniture is found first: it is reported, and (by default) left out
  // of passages, facts and word counts, so that share buttons and link lists
  // do not count as shared content.
  {
    std::vector<std::string_view> texts;
    std::vector<const Tokens*> tokens;
    for (std::size_t d = 0; d < report.documents.size(); ++d) {
      {
        const StageClock clock(options.timings, &StageTimings::words_ms);
        analysed[d].tokens = tokenize(report.documents[d].text);
        vocabulary.assign_ids(report.documents[d].text, analysed[d].tokens);
      }
      if (options.values) {
        const StageClock clock(options.timings, &StageTimings::uses_ms);
        name_lexicon.note_uses(report.documents[d].text, analysed[d].tokens);
      }
      texts.push_back(report.documents[d].text);
      tokens.push_back(&analysed[d].tokens);
    }
    const auto furniture = find_furniture(texts, tokens, vocabulary);
    for (std::size_t d = 0; d < report.documents.size(); ++d)
      for (const FurnitureLine& f : furniture[d]) report.documents[d].furniture.push_back({{f.start, f.end}, f.reason});
  }
  for (std::size_t d = 0; d < report.documents.size(); ++d) {
    DocumentReport& doc = report.documents[d];
    AnalysedDocument& a = analysed[d];
    std::size_t next_furniture = 0;
    const auto in_furniture = [&](const Token& t) {
      if (options.include_furniture) return false;
      while (next_furniture < doc.furniture.size() && doc.furniture[next_furniture].span.end <= t.start)
        ++next_furniture;
      return next_furniture < doc.furniture.size() && doc.furniture[next_furniture].span.start <= t.start;
    };
    // Furniture words stay in the word sequence, so that copied text which
    // carries a furniture line along is still one passage; they are not
    // counted as article words, and passages made of them are dropped
    // (passage_assembly.h).
    bool any_furniture = false;
    // Exact sizes: these lists are held through the passage searches, and
    // growing them by doubling left up to half their memory unused.
    const auto words = static_cast<std::size_t>(
        std::count_if(a.tokens.begin(), a.tokens.end(), [](const Token& t) { return t.is_word_like(); }));
    a.word_tokens.reserve(words);
    sequences[d].ids.reserve(words);
    for (std::uint32_t t = 0; t < a.tokens.size(); ++t) {
      if (!a.tokens[t].is_word_like()) continue;
      const bool furniture = in_furniture(a.tokens[t]);
      if (furniture && !any_furniture) {
        any_furniture = true;
        a.counted_before.resize(a.word_tokens.size() + 1);
        for (std::uint32_t w = 0; w <= a.word_tokens.size(); ++w) a.counted_before[w] = w;
      }
      a.word_tokens.push_back(t);
      sequences[d].ids.push_back(a.tokens[t].id);
      if (any_furniture) a.counted_before.push_back(a.counted_before.back() + (furniture ? 0 : 1));
    }
    if (options.near) {
      const std::vector<std::uint32_t>& ids = sequences[d].ids;
      near_docs[d].keys.resize(ids.size());
      near_docs[d].content.resize(ids.size());
      std::uint32_t* keys = near_docs[d].keys.data();  // pointers: a word per step, no capacity tests
      std::uint8_t* content = near_docs[d].content.data();
      for (std::size_t w = 0; w < ids.size(); ++w) {
        keys[w] = match_keys.key(ids[w]);
        content[w] = !match_keys.is_function_word(ids[w]);
      }
    }
    if (options.values) {
      const StageClock clock(options.timings, &StageTimings::values_ms);
      values[d] = find_values(doc.text, a.tokens, contexts[d], value_lexicon);
    }
    doc.words = a.counted_words();
    if (options.sentences || options.facts || options.values)
      sentence_ranges[d] = segment_sentences(doc.text, a.tokens);
    for (const SentenceRange& s : sentence_ranges[d])
      doc.sentences.push_back({a.tokens[s.first_token].start, a.tokens[s.end_token - 1].end});
    if (options.values) {
      const StageClock clock(options.timings, &StageTimings::names_ms);
      names[d] = find_names(doc.text, a.tokens, sentence_ranges[d], values[d], name_lexicon);
      if (!options.include_furniture) drop_furniture_mentions(doc, values[d], names[d]);
    }
  }

  PassageResult found;
  {
    const StageClock clock(options.timings, &StageTimings::exact_ms);
    found = find_shared_passages(sequences, static_cast<std::uint32_t>(vocabulary.size()), options.min_words,
                                 options.max_passage_spans, options.max_passage_occurrences);
  }
  // Each stage's inputs and results are let go as soon as no later stage reads
  // them, so that the next stage's memory does not come on top of them.
  std::vector<WordSequence>().swap(sequences);
  if (found.truncated)
    report.notices.push_back("Shared passages were searched only partly: the text is extremely repetitive "
                             "(work limit of " + std::to_string(options.max_passage_occurrences) +
                             " repeated occurrences or " + std::to_string(options.max_passage_spans) +
                             " passage spans reached).");
  NearResult near;
  NearOptions near_options;
  if (options.near) {
    near_options.min_words = options.near_min_words;
    near_options.max_gap = options.max_gap;
    near_options.min_similarity = options.near_min_similarity;
    const StageClock clock(options.timings, &StageTimings::near_ms);
    near = find_near_passages(near_docs, near_options);
    // Reuse reworded too heavily for word seeds to chain is found sentence by sentence.
    // Only documents where word seeds saw reworded reuse are split into
    // sentences (sentence_seeds.h, reworded_documents).
    const std::vector<bool> reworded = reworded_documents(near.passages, near_docs.size());
    for (std::size_t d = 0; d < near_docs.size(); ++d)
      if (reworded[d]) near_sentences[d] = sentence_words(report.documents[d].text, analysed[d], sentence_ranges[d]);
    std::vector<NearPassage> by_sentence =
        find_sentence_passages(near_docs, near_sentences, near.passages, SentenceSeedOptions{});
    near.passages = combine_near_passages(near_docs, std::move(near.passages), std::move(by_sentence));
    if (near.truncated)
      report.notices.push_back("Near passages were searched only partly (the text is extremely repetitive).");
  }
  if (!options.near) near_docs.clear();
  {
    const StageClock clock(options.timings, &StageTimings::assembly_ms);
    assemble_passages(analysed, found, near, near_docs, near_options, report);
  }
  found = {};
  near = {};
  std::vector<NearDocument>().swap(near_docs);
  std::vector<std::vector<SentenceSpan>>().swap(near_sentences);

  FactResult facts;
  if (options.facts) {
    FactOptions fact_options;
    fact_options.threshold = options.fact_threshold;
    facts = find_facts(analysed, sentence_ranges, vocabulary, fact_options, sentences_sharing_passages(report),
                       furniture_sentences(report, options));
    if (facts.truncated)
      report.notices.push_back("Sentence alignment compared only part of the sentence pairs (very many similar sentences).");
    add_facts(analysed, facts, report);
  }
  report.similarity = similarity_matrix(report, facts);
  if (options.values) {
    std::vector<std::string_view> texts;
    for (const DocumentReport& doc : report.documents) texts.push_back(doc.text);
    std::vector<TimeFrame> frames(texts.size());
    {
      const StageClock clock(options.timings, &StageTimings::align_ms);
      for (std::size_t d = 0; d < texts.size() && d < names.size(); ++d) frames[d] = story_time_frame(texts[d], names[d]);
      align_value_entities(texts, values, report.entities, frames);
      align_name_entities(texts, names, report.entities);
    }
    if (options.discrepancies) add_discrepancies(analysed, values, names, frames, match_keys, report);
  }
  return report;
}

}  // namespace

Report analyze(const std::vector<InputDocument>& inputs, const AnalysisOptions& options) {
  try {
    return run(inputs, options);
  } catch (const std::bad_alloc&) {
    Report report;
    report.has_error = true;
    report.error = {"out-of-memory",
                    "Not enough memory for this analysis; try fewer or smaller files."};
    return report;
  } catch (const std::exception& e) {
    Report report;
    report.has_error = true;
    report.error = {"internal", std::string("Internal error: ") + e.what()};
    return report;
  }
}

}  // namespace parallax
