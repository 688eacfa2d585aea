# Build options shared by every target: warnings, sanitizers, fuzzers, ccache.

option(WB_BUILD_TESTS "Build the test suites" ON)
option(WB_SANITIZE "Build everything with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(WB_FUZZ "Build the fuzz targets with libFuzzer (needs clang)" OFF)

find_program(WB_CCACHE ccache)
if(WB_CCACHE)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${WB_CCACHE}")
endif()

add_compile_options(-Wall -Wextra -Wno-unused-parameter)
add_compile_definitions(QT_NO_URL_CAST_FROM_STRING
                        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)

if(WB_SANITIZE)
    set(WB_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=undefined
                           -fno-sanitize=vptr -fno-omit-frame-pointer)
    add_compile_options(${WB_SANITIZER_FLAGS})
    add_link_options(${WB_SANITIZER_FLAGS})
endif()

if(WB_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "WB_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
