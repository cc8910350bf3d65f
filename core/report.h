// The report: everything one analysis found, as plain data.
//
// All spans here are UTF-8 byte offsets into each document's decoded text,
// half-open [start, end). report_json.h converts them to the unit a reader
// asks for. Later stages (facts, entities, discrepancies, furniture) add their
// own sections here; field names in the JSON are fixed once published (see
// docs/report-format.md).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "document_metadata.h"
#include "offsets.h"

namespace parallax {

struct ByteSpan {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
};

struct DocumentSpan {
  std::uint32_t doc = 0;
  std::uint32_t start = 0;
  std::uint32_t end = 0;
};

struct FactSentenceReport {
  std::uint32_t doc = 0;
  std::uint32_t sentence = 0;  // index into the document's sentences
  ByteSpan span;
  std::vector<ByteSpan> matched;  // words matched in other members
};

struct FactReport {
  std::uint32_t id = 0;
  double score = 0;
  std::vector<FactSentenceReport> sentences;
};

// One mention of an entity (docs/report-format.md, "entities"). Values
// (dates, times, numbers, ...) carry their normalised value (values.h).
struct EntityMention {
  std::uint32_t doc = 0;
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::string value;      // normalised value; empty for names
  std::string qualifier;  // "more than", "local time", ...; a person's title or role
  std::string unit;       // counted noun, currency code or time zone as written
  bool numeric = false;   // low/high are meaningful
  double low = 0;
  double high = 0;
};

// One real-world referent across all documents: its display name (the most
// frequent surface form), its variant spellings and every mention.
struct EntityReport {
  std::uint32_t id = 0;
  std::string type;  // "DATE", "TIME", "DURATION", "NUMBER", "MONEY", "PERCENT", "PERSON", "ORGANIZATION", "LOCATION"
  std::string name;
  std::string value;  // the shared normalised value (values)
  std::string unit;   // the counted noun of a NUMBER entity
  std::vector<std::string> variants;
  std::vector<EntityMention> mentions;
};

// One competing value of a discrepancy (docs/report-format.md, "discrepancies"):
// a value mention, or a quotation with who the article says said it.
struct DiscrepancyValue {
  std::uint32_t doc = 0;
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::string text;      // the span as written, whitespace folded
  std::string value;     // normalised value; for a quote, the speaker's name ("" unknown)
  std::string resolved;  // a local time converted to UTC by the story's place ("T17:00Z"), else ""
  std::string speaker;      // quotes: the speaker's name, "" when unknown
  std::string attribution;  // quotes: "named", "pronoun" or "none"
  std::vector<ByteSpan> differ;  // quotes: words with no counterpart in the other version
};

// Values that play the same role in several articles, compared (issue 7).
struct DiscrepancyReport {
  std::uint32_t id = 0;
  std::string kind;     // "count", "date", "time", "duration", "money", "percent", "quote"
  std::string about;    // what the values are about ("number of women", "time: flashlights")
  std::string verdict;  // "conflict", "agree" or "different-scope"
  std::string reason;   // why, in words
  std::int32_t fact = -1;  // the fact (facts[k].id) the values were compared in; -1 outside facts
  std::vector<DiscrepancyValue> values;
};

struct DocumentReport {
  std::string name;
  std::string title;
  std::string text;  // decoded text (an HTML page's article text): every span points into it
  DocumentMetadata metadata;  // title, byline, site, date when known
  std::string encoding;
  std::vector<std::string> notices;
  std::vector<ByteSpan> sentences;
  std::uint32_t words = 0;
  std::uint32_t shared_words = 0;  // in any shared passage, exact or near
  std::uint32_t exact_words = 0;   // in exact passages
  std::uint32_t near_words = 0;    // in near passages
  std::vector<std::uint32_t> only_in;  // sentences no other document reports
  struct Furniture {
    ByteSpan span;
    std::string reason;
  };
  std::vector<Furniture> furniture;  // lines that are not the article (furniture.h)
};

struct PassageReport {
  std::uint32_t id = 0;
  std::string kind;  // "exact" or "near"
  std::uint32_t words = 0;  // exact: length; near: matched words
  std::uint32_t documents = 0;
  double similarity = 1.0;  // near: 2 * matched / (words in both spans)
  std::vector<DocumentSpan> spans;
  // Near passages: per span, the runs of words that have no counterpart in the
  // other span (what the page marks as the small differences).
  std::vector<std::vector<ByteSpan>> differ;
};

// A file that could not be analysed, and why.
struct RejectedFile {
  std::string name;
  std::string code;  // stable: "empty", "binary", "not-text", "too-large", "too-many-documents"
  std::string message;
  std::uint64_t byte = 0;
};

struct ReportError {
  std::string code;  // stable: "bad-request", "bad-option", "out-of-memory", "internal"
  std::string message;
};

struct Report {
  std::vector<DocumentReport> documents;
  std::vector<PassageReport> passages;
  std::vector<std::vector<double>> overlap;        // exact and near together
  std::vector<std::vector<double>> overlap_exact;
  std::vector<std::vector<double>> overlap_near;
  std::vector<FactReport> facts;
  std::vector<std::vector<double>> similarity;  // shared facts and passages, by sentence
  std::vector<EntityReport> entities;  // values (dates, times, numbers, ...), then names
  std::vector<DiscrepancyReport> discrepancies;
  std::vector<RejectedFile> rejected;
  std::vector<std::string> notices;
  std::uint32_t min_words = 0;
  bool has_error = false;
  ReportError error;
};

}  // namespace parallax
