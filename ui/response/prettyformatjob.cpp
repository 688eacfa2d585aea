#include "ui/response/prettyformatjob.h"

#include "ui/response/bodysource.h"
#include "ui/response/jsonreindenter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QTemporaryFile>
#include <QThreadPool>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace wb::ui {

namespace {
constexpr qint64 ReadChunk = 1024 * 1024;

QString translate(const char *text)
{
    return QCoreApplication::translate("wb::ui::PrettyFormatJob", text);
}

std::unique_ptr<QTemporaryFile> makeTempFile()
{
    auto file = std::make_unique<QTemporaryFile>(QDir::tempPath() +
                                                 QStringLiteral("/wirebench-pretty-XXXXXX.txt"));
    file->setAutoRemove(false);
    if (!file->open())
        return nullptr;
    return file;
}
} // namespace

std::shared_ptr<PrettyFormatJob> PrettyFormatJob::create(const wb::http::BodyData &body,
                                                         Syntax syntax)
{
    // Deleted on its own thread once both the caller and the worker let go.
    std::shared_ptr<PrettyFormatJob> job(new PrettyFormatJob,
                                         [](PrettyFormatJob *j) { j->deleteLater(); });
    job->m_self = job;
    job->m_body = body;
    job->m_syntax = syntax;
    return job;
}

void PrettyFormatJob::start()
{
    std::shared_ptr<PrettyFormatJob> job = m_self.lock();
    QThreadPool::globalInstance()->start([job] { job->run(job->m_body, job->m_syntax); });
}

void PrettyFormatJob::run(const wb::http::BodyData &body, Syntax syntax)
{
    if (syntax == Syntax::Xml)
        runXml(body);
    else
        runJson(body);
}

void PrettyFormatJob::runJson(const wb::http::BodyData &body)
{
    BodySource source(body);
    const qint64 size = source.size();
    JsonReindenter reindenter;
    QByteArray out;
    std::unique_ptr<QTemporaryFile> file;
    bool firstSent = false;
    for (qint64 offset = 0; offset < size; offset += ReadChunk) {
        if (m_cancelled)
            return;
        const QByteArray chunk = source.read(offset, ReadChunk);
        if (chunk.isEmpty()) {
            emit finished(false, translate("The body could not be read from its file."), {}, {});
            return;
        }
        reindenter.feed(chunk.constData(), chunk.size(), out);
        if (!reindenter.error().isEmpty())
            break;
        if (!firstSent && out.size() >= FirstScreenBytes) {
            firstSent = true;
            emit firstScreenReady(out.left(FirstScreenBytes));
        }
        if (out.size() > InMemoryLimit || file) {
            if (!file && !(file = makeTempFile())) {
                emit finished(false,
                              translate("No temporary file could be created for the "
                                        "formatted body; check the free disk space."),
                              {}, {});
                return;
            }
            file->write(out);
            out.clear();
        }
    }
    if (!reindenter.finish(out)) {
        if (file)
            file->remove();
        emit finished(false, reindenter.error(), {}, {});
        return;
    }
    if (file) {
        file->write(out);
        file->close();
        emit finished(true, {}, {}, file->fileName());
    } else {
        emit finished(true, {}, out, {});
    }
}

void PrettyFormatJob::runXml(const wb::http::BodyData &body)
{
    std::unique_ptr<QIODevice> input;
    if (body.isFile())
        input = std::make_unique<QFile>(body.filePath);
    else
        input = std::make_unique<QBuffer>(const_cast<QByteArray *>(&body.bytes));
    if (!input->open(QIODevice::ReadOnly)) {
        emit finished(false, translate("The body could not be read from its file."), {}, {});
        return;
    }
    const bool large = input->size() > InMemoryLimit / 2;
    std::unique_ptr<QTemporaryFile> file;
    QByteArray text;
    QBuffer buffer(&text);
    QIODevice *output = &buffer;
    if (large) {
        file = makeTempFile();
        if (!file) {
            emit finished(false,
                          translate("No temporary file could be created for the "
                                    "formatted body; check the free disk space."),
                          {}, {});
            return;
        }
        output = file.get();
    } else {
        buffer.open(QIODevice::WriteOnly);
    }
    QXmlStreamReader reader(input.get());
    QXmlStreamWriter writer(output);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    while (!reader.atEnd()) {
        if (m_cancelled)
            return;
        reader.readNext();
        if (reader.tokenType() == QXmlStreamReader::Characters && reader.isWhitespace())
            continue;
        if (!reader.hasError())
            writer.writeCurrentToken(reader);
    }
    if (reader.hasError()) {
        if (file)
            file->remove();
        emit finished(false,
                      translate("The body is not well-formed XML (line %1, column %2): %3")
                          .arg(reader.lineNumber())
                          .arg(reader.columnNumber())
                          .arg(reader.errorString()),
                      {}, {});
        return;
    }
    if (file) {
        file->close();
        emit finished(true, {}, {}, file->fileName());
    } else {
        buffer.close();
        emit finished(true, {}, text, {});
    }
}

} // namespace wb::ui
