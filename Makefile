# Thin wrapper over CMake and ctest; see README.md.
BUILD      ?= build
ASAN_BUILD ?= build-asan
TYPE       ?= RelWithDebInfo
JOBS       ?= $(shell nproc)
CMAKE_ARGS ?=
# Arguments for the GUI started by `make run`, e.g. make run ARGS="--lang de".
ARGS       ?=

# Let ccache reuse objects across checkouts in different folders.
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := true

.PHONY: all deps test-deps build run test test-asan fuzz bench package format clean

all: build

deps:
	@bash tools/install-deps.sh build

test-deps:
	@bash tools/install-deps.sh test

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=$(TYPE) $(CMAKE_ARGS)

build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

run: build
	@mkdir -p -m 0700 $${XDG_RUNTIME_DIR:-/tmp/wirebench-runtime-$$(id -u)}
	XDG_RUNTIME_DIR=$${XDG_RUNTIME_DIR:-/tmp/wirebench-runtime-$$(id -u)} ./$(BUILD)/app/gui/wirebench $(ARGS)

test: test-deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer, built with clang, with the
# fuzz targets as real libFuzzer binaries that each fuzz for a bounded time.
$(ASAN_BUILD)/build.ninja:
	CC=clang CXX=clang++ cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug \
	    -DWB_SANITIZE=ON -DWB_FUZZ=ON $(CMAKE_ARGS)

test-asan: test-deps $(ASAN_BUILD)/build.ninja
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	ctest --test-dir $(ASAN_BUILD) --output-on-failure -j $(JOBS) -LE fuzz
	ctest --test-dir $(ASAN_BUILD) --output-on-failure -j $(JOBS) -L fuzz

fuzz: test-deps $(ASAN_BUILD)/build.ninja
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	ctest --test-dir $(ASAN_BUILD) --output-on-failure -j $(JOBS) -L fuzz

bench: test-deps build
	bash tests/bench/run.sh $(BUILD)

package: build
	cd $(BUILD) && cpack -G DEB

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
