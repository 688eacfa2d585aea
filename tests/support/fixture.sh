# Sourced by the script tests: the rule of tests/support/testenv.h for a missing fixture. Outside
# CI the test is skipped (exit 77, ctest's SKIP_RETURN_CODE) with the reason; under CI=true it
# fails.
wb_missing() {
    if [ "${CI:-}" = "true" ] || [ "${CI:-}" = "1" ]; then
        echo "FAIL: $1 is not installed"
        exit 1
    fi
    echo "SKIP: $1 is not installed"
    exit 77
}
