#include "stage_timings.h"

#include "json_writer.h"

namespace parallax {

std::string stage_timings_json(const StageTimings& t, std::uint64_t report_bytes) {
  JsonWriter w;
  w.begin_object();
  w.key("bytes").value(report_bytes);
  w.key("uses_ms").value_rounded(t.uses_ms);
  w.key("values_ms").value_rounded(t.values_ms);
  w.key("names_ms").value_rounded(t.names_ms);
  w.key("align_ms").value_rounded(t.align_ms);
  w.key("entities_ms").value_rounded(t.entities_ms());
  w.key("json_ms").value_rounded(t.json_ms);
  w.key("words_ms").value_rounded(t.words_ms);
  w.key("exact_ms").value_rounded(t.exact_ms);
  w.key("near_ms").value_rounded(t.near_ms);
  w.key("assembly_ms").value_rounded(t.assembly_ms);
  w.end_object();
  return std::move(w.str());
}

}  // namespace parallax
