// Fuzzes the shell-word splitter and the curl importer: quoting any word and splitting it again
// gives the word back, and an imported command exported again imports without error.

#include "core/interchange/curlexporter.h"
#include "core/interchange/curlimporter.h"
#include "core/interchange/shellwords.h"

#include <cstdint>
#include <cstdlib>

using namespace wb::interchange;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    (void)ShellWords::split(text, ShellWords::Dialect::WindowsCmd);
    const auto imported = CurlImporter::parse(text);
    if (imported.ok()) {
        const auto back = CurlImporter::parse(CurlExporter::toCommand(imported->spec));
        if (!back.ok())
            std::abort();
    }
    const auto words = ShellWords::split(QStringLiteral("x ") + ShellWords::quote(text),
                                         ShellWords::Dialect::Posix);
    if (!words.ok() || words->size() != 2 || words->at(1) != text)
        std::abort();
    if (CurlExporter::decodePrintfFormat(CurlExporter::printfFormat(bytes)) != bytes)
        std::abort();
    return 0;
}
