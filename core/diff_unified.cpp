#include "diff_unified.h"

#include <algorithm>
#include <string_view>
#include <vector>

namespace parallax {

namespace {

enum class Source { kMarkup, kA, kB };

// The new text with the changes inline, remembering for each output line
// whether it holds a change and where each text's cursor stood when it began.
class Redline {
 public:
  struct Line {
    std::size_t begin;
    std::uint32_t a_pos, b_pos;
    bool changed;
  };

  explicit Redline(const DiffResult& r) : r_(r) {}

  void put(std::string_view s, Source source, std::uint32_t source_start, bool changed) {
    for (std::size_t k = 0; k < s.size(); ++k) {
      if (!line_open_) {
        lines_.push_back({body_.size(), a_pos_, b_pos_, false});
        line_open_ = true;
      }
      if (changed) lines_.back().changed = true;
      body_.push_back(s[k]);
      if (s[k] != '\n') continue;
      line_open_ = false;
      const auto after = static_cast<std::uint32_t>(source_start + k + 1);
      if (source == Source::kA) a_pos_ = after;
      if (source == Source::kB) b_pos_ = after;
    }
  }

  // Text of one side from its cursor up to `start` (whitespace), then the
  // tokens [begin, end) of that side, optionally wrapped in markup.
  void side(bool is_a, std::uint32_t begin, std::uint32_t end, std::string_view open,
            std::string_view close, bool changed) {
    const DiffDocument& doc = is_a ? r_.a : r_.b;
    std::uint32_t& cursor = is_a ? a_pos_ : b_pos_;
    const Source source = is_a ? Source::kA : Source::kB;
    const std::uint32_t start = doc.tokens[begin].start, stop = doc.tokens[end - 1].end;
    if (start > cursor) {
      put(std::string_view(doc.text).substr(cursor, start - cursor), source, cursor, false);
    } else if (!separator_.empty()) {
      put(separator_, Source::kMarkup, 0, false);  // keep a moved-away block apart
    }
    separator_ = {};
    put(open, Source::kMarkup, 0, changed);
    put(std::string_view(doc.text).substr(start, stop - start), source, start, changed);
    put(close, Source::kMarkup, 0, changed);
    cursor = stop;
  }

  // After a moved-away block: the whitespace that followed it in a, shown
  // only if the next text would otherwise touch the marker.
  void separate_from_a(std::uint32_t token_end) {
    const std::uint32_t stop = r_.a.tokens[token_end - 1].end;
    const std::uint32_t next = token_end < r_.a.tokens.size() ? r_.a.tokens[token_end].start : stop;
    separator_ = std::string_view(r_.a.text).substr(stop, next - stop);
  }

  // The a side's cursor passes tokens shown from b (an equal edit).
  void pass_a(std::uint32_t token_end) { a_pos_ = r_.a.tokens[token_end - 1].end; }

  void tail() {
    const std::string_view text = r_.b.text;
    if (b_pos_ < text.size()) put(text.substr(b_pos_), Source::kB, b_pos_, false);
  }

  const std::string& body() const { return body_; }
  const std::vector<Line>& lines() const { return lines_; }

 private:
  const DiffResult& r_;
  std::string body_;
  std::vector<Line> lines_;
  std::uint32_t a_pos_ = 0, b_pos_ = 0;
  bool line_open_ = false;
  std::string_view separator_;
};

// Line numbers (from 1) of byte offsets, by binary search over line breaks.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) {
    for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1))
      breaks_.push_back(static_cast<std::uint32_t>(i));
  }
  std::uint32_t line_of(std::uint32_t pos) const {
    return 1 + static_cast<std::uint32_t>(std::lower_bound(breaks_.begin(), breaks_.end(), pos) -
                                          breaks_.begin());
  }

 private:
  std::vector<std::uint32_t> breaks_;
};

}  // namespace

std::string diff_to_unified(const DiffResult& r, std::uint32_t context) {
  if (r.has_error) return "";
  Redline red(r);
  // Move sources are shown at their place in a: in a's order, between the
  // equal and deleted text around them.
  std::vector<std::pair<const DiffEdit*, std::uint32_t>> sources;  // move, its number
  for (const DiffEdit& e : r.edits)
    if (e.op == DiffOp::kMove) sources.emplace_back(&e, static_cast<std::uint32_t>(sources.size() + 1));
  std::vector<std::uint32_t> number_at(r.edits.size(), 0);
  for (const auto& [e, n] : sources) number_at[static_cast<std::size_t>(e - r.edits.data())] = n;
  std::stable_sort(sources.begin(), sources.end(),
                   [](const auto& x, const auto& y) { return x.first->a_begin < y.first->a_begin; });
  std::size_t next_source = 0;
  auto flush_sources = [&](std::uint32_t before) {
    for (; next_source < sources.size() && sources[next_source].first->a_begin < before; ++next_source) {
      const auto& [m, n] = sources[next_source];
      red.side(true, m->a_begin, m->a_end, "[>" + std::to_string(n) + ": ", "<]", true);
      red.separate_from_a(m->a_end);
    }
  };
  for (std::size_t k = 0; k < r.edits.size(); ++k) {
    const DiffEdit& e = r.edits[k];
    if (e.op == DiffOp::kEqual || e.op == DiffOp::kDelete) flush_sources(e.a_begin);
    switch (e.op) {
      case DiffOp::kEqual:
        red.side(false, e.b_begin, e.b_end, "", "", false);
        red.pass_a(e.a_end);
        break;
      case DiffOp::kDelete: red.side(true, e.a_begin, e.a_end, "[-", "-]", true); break;
      case DiffOp::kInsert: red.side(false, e.b_begin, e.b_end, "{+", "+}", true); break;
      case DiffOp::kMove:
        red.side(false, e.b_begin, e.b_end, "{>" + std::to_string(number_at[k]) + ": ", "<}", true);
        break;
    }
  }
  flush_sources(UINT32_MAX);
  red.tail();

  const auto& lines = red.lines();
  const std::string& body = red.body();
  auto line_end = [&](std::size_t k) { return k + 1 < lines.size() ? lines[k + 1].begin : body.size(); };
  auto blank = [&](std::size_t k) {
    for (std::size_t i = lines[k].begin; i < line_end(k); ++i)
      if (body[i] != ' ' && body[i] != '\t' && body[i] != '\r' && body[i] != '\n') return false;
    return true;
  };
  // Each changed line, with `context` non-blank lines (and the blank lines
  // between) on either side; overlapping stretches make one hunk.
  std::vector<std::uint8_t> shown(lines.size(), 0);
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (!lines[k].changed) continue;
    shown[k] = 1;
    for (std::size_t j = k, seen = 0; j-- > 0 && seen < context && !shown[j];) {
      shown[j] = 1;
      seen += blank(j) ? 0 : 1;
    }
    for (std::size_t j = k + 1, seen = 0; j < lines.size() && seen < context && !lines[j].changed; ++j) {
      shown[j] = 1;
      seen += blank(j) ? 0 : 1;
    }
  }
  const LineIndex lines_a(r.a.text), lines_b(r.b.text);
  std::string out;
  for (std::size_t k = 0; k < lines.size();) {
    if (!shown[k]) {
      ++k;
      continue;
    }
    std::size_t end = k;
    while (end < lines.size() && shown[end]) ++end;
    if (out.empty()) out = "--- " + r.a.name + "\n+++ " + r.b.name + "\n";
    out += "@@ -" + std::to_string(lines_a.line_of(lines[k].a_pos)) + " +" +
           std::to_string(lines_b.line_of(lines[k].b_pos)) + " @@\n";
    out.append(body, lines[k].begin, line_end(end - 1) - lines[k].begin);
    if (out.back() != '\n') out += '\n';
    k = end;
  }
  return out;
}

}  // namespace parallax
