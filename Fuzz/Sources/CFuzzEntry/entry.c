// The program entry for the fuzzer. SwiftPM links executables on Linux with
// `--defsym main=WeftQueryFuzz_main` (so executables can be tested), but -parse-as-library,
// which libFuzzer needs, emits no such symbol. Defining it here and handing control to
// libFuzzer's driver makes `swift build -Xswiftc -sanitize=fuzzer` link and run as usual.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *, size_t));

int WeftQueryFuzz_main(int argc, char **argv) {
    return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}
