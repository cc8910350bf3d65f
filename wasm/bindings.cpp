// The WASM door into the core: two functions, plain values across.
//
// analyze(request_json, data) -> report JSON (see core/request.h);
// diff(request_json, data) -> word diff JSON of two documents (core/diff_json.h).
// `data` is a
// Uint8Array (or ArrayBuffer) of all documents' bytes; Embind hands it over as
// std::string without a text decoding step, so bytes arrive exactly as read.
// Nothing here holds state, so JavaScript never has a handle to delete.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>

#include "diff_json.h"
#include "request.h"

namespace {

std::string analyze(const std::string& request_json, const std::string& data) {
  return parallax::analyze_request(request_json, data);
}

// diff(request_json, data) -> word diff JSON of two documents (core/diff_json.h).
// `data` (a Uint8Array or ArrayBuffer) is copied in one TypedArray.set call:
// Embind's std::string conversion copies byte by byte in JavaScript, which is
// noticeable for two multi-megabyte versions.
std::string diff(const std::string& request_json, const emscripten::val& data) {
  const emscripten::val bytes = data.instanceof(emscripten::val::global("ArrayBuffer"))
                                    ? emscripten::val::global("Uint8Array").new_(data)
                                    : data;
  std::string buffer(bytes["length"].as<std::size_t>(), '\0');
  emscripten::val(emscripten::typed_memory_view(buffer.size(),
                                                reinterpret_cast<unsigned char*>(buffer.data())))
      .call<void>("set", bytes);
  return parallax::diff_request(request_json, buffer);
}

}  // namespace

EMSCRIPTEN_BINDINGS(parallax_core) {
  emscripten::function("analyze", &analyze);
  emscripten::function("diff", &diff);
}
