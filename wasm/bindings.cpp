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

// `data` (a Uint8Array or ArrayBuffer) is copied into the module's memory in
// one TypedArray.set call: Embind's std::string conversion copies byte by
// byte in JavaScript, which is noticeable for megabytes of articles.
std::string copy_bytes(const emscripten::val& data) {
  const emscripten::val bytes = data.instanceof(emscripten::val::global("ArrayBuffer"))
                                    ? emscripten::val::global("Uint8Array").new_(data)
                                    : data;
  std::string buffer(bytes["length"].as<std::size_t>(), '\0');
  emscripten::val(emscripten::typed_memory_view(buffer.size(),
                                                reinterpret_cast<unsigned char*>(buffer.data())))
      .call<void>("set", bytes);
  return buffer;
}

std::string analyze(const std::string& request_json, const emscripten::val& data) {
  return parallax::analyze_request(request_json, copy_bytes(data));
}

// diff(request_json, data) -> word diff JSON of two documents (core/diff_json.h).
std::string diff(const std::string& request_json, const emscripten::val& data) {
  return parallax::diff_request(request_json, copy_bytes(data));
}

}  // namespace

EMSCRIPTEN_BINDINGS(parallax_core) {
  emscripten::function("analyze", &analyze);
  emscripten::function("diff", &diff);
}
