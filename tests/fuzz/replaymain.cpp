// Replays every file of the given folders (or files) through LLVMFuzzerTestOneInput, so that the
// seed corpus of each fuzz target runs as an ordinary regression test in builds without libFuzzer.

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

int replayFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    int count = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path root(argv[i]);
        if (std::filesystem::is_directory(root)) {
            for (const auto &entry : std::filesystem::recursive_directory_iterator(root)) {
                if (entry.is_regular_file())
                    count += replayFile(entry.path());
            }
        } else if (std::filesystem::is_regular_file(root)) {
            count += replayFile(root);
        }
    }
    // An empty seed corpus is an error: the test would prove nothing.
    std::printf("replayed %d inputs\n", count);
    return count > 0 ? 0 : 1;
}
