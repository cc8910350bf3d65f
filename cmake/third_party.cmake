# nlohmann_json and doctest from Debian's packages, for both builds.
#
# em++ has its own sysroot and cannot see /usr/include, and adding
# -isystem /usr/include breaks its C library headers. So under Emscripten a
# build-dir folder holds a symbolic link to just the library's own headers,
# behind an INTERFACE target named like the real one: both builds then link
# nlohmann_json::nlohmann_json (see ../shared/design/TOOLCHAIN.md).
function(parallax_header_only_link target header_dir link_name)
  set(dir "${CMAKE_BINARY_DIR}/third_party/${link_name}-include")
  file(MAKE_DIRECTORY "${dir}")
  if(NOT EXISTS "${dir}/${link_name}")
    file(CREATE_LINK "${header_dir}" "${dir}/${link_name}" SYMBOLIC)
  endif()
  add_library(${target} INTERFACE IMPORTED GLOBAL)
  target_include_directories(${target} SYSTEM INTERFACE "${dir}")
endfunction()

if(EMSCRIPTEN)
  if(NOT EXISTS /usr/include/nlohmann/json.hpp)
    message(FATAL_ERROR "nlohmann/json.hpp not found: apt-get install nlohmann-json3-dev")
  endif()
  parallax_header_only_link(nlohmann_json::nlohmann_json /usr/include/nlohmann nlohmann)
else()
  find_package(nlohmann_json 3.10 REQUIRED)
  find_package(doctest REQUIRED)
endif()
