# Instrumented builds, each in a build directory of its own (see scripts/ci-sanitize.sh and
# scripts/ci-fuzz.sh):
#   SYNCLINE_SANITIZE  AddressSanitizer + UndefinedBehaviorSanitizer over everything built, for
#                      the unit and cli suites. Any report aborts the process (no recovery), so a
#                      finding fails its test.
#   SYNCLINE_FUZZ      libFuzzer targets (tests/fuzz) with ASan + UBSan; needs clang. Only the
#                      core libraries the fuzzers link are configured; Qt, the programs and the
#                      test suites are left out.
option(SYNCLINE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(SYNCLINE_FUZZ "Build the libFuzzer targets in tests/fuzz (clang only)" OFF)

if(SYNCLINE_SANITIZE AND SYNCLINE_FUZZ)
    message(FATAL_ERROR "SYNCLINE_SANITIZE and SYNCLINE_FUZZ belong in separate build directories")
endif()

set(_syncline_sanitizer_flags -fsanitize=address,undefined -fno-sanitize-recover=all
                              -fno-omit-frame-pointer)

if(SYNCLINE_SANITIZE)
    add_compile_options(${_syncline_sanitizer_flags})
    add_link_options(${_syncline_sanitizer_flags})
    # gcc's instrumentation makes -Wmaybe-uninitialized fire inside libstdc++ (std::regex's
    # std::function moves); gcc's manual advises against combining -Werror with sanitizers for
    # this reason. The warning stays on in every other build, where it is meaningful.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        add_compile_options(-Wno-maybe-uninitialized)
    endif()
endif()

if(SYNCLINE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "SYNCLINE_FUZZ needs clang (libFuzzer): "
                            "configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    # Libraries get the coverage instrumentation; only the fuzz executables link libFuzzer's main.
    add_compile_options(${_syncline_sanitizer_flags} -fsanitize=fuzzer-no-link)
    add_link_options(${_syncline_sanitizer_flags})
    set(SYNCLINE_BUILD_UI OFF CACHE BOOL "" FORCE)
    set(SYNCLINE_BUILD_TESTS OFF CACHE BOOL "" FORCE)
    set(SYNCLINE_BUILD_BENCH OFF CACHE BOOL "" FORCE)
    set(SYNCLINE_PARTS "util;model;wire;files" CACHE STRING "" FORCE)
endif()
