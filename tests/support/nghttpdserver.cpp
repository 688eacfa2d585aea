#include "tests/support/nghttpdserver.h"

#include <QDir>
#include <QRegularExpression>

namespace wb::test {

namespace {

NghttpdServer::Options tlsOptions(QString certificateFile, QString keyFile)
{
    NghttpdServer::Options options;
    options.certificateFile = std::move(certificateFile);
    options.keyFile = std::move(keyFile);
    return options;
}

} // namespace

NghttpdServer::NghttpdServer(QString certificateFile, QString keyFile)
    : NghttpdServer(tlsOptions(std::move(certificateFile), std::move(keyFile)))
{}

NghttpdServer::NghttpdServer(Options options)
    : m_options(std::move(options))
{
    QDir(workDir()).mkpath(QStringLiteral("docroot"));
}

QString NghttpdServer::docroot() const
{
    return QDir(workDir()).filePath(QStringLiteral("docroot"));
}

QString NghttpdServer::writeFile(const QString &relativePath, const QByteArray &content) const
{
    return writeFileUnder(docroot(), relativePath, content);
}

QString NghttpdServer::baseUrl() const
{
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(m_options.certificateFile.isEmpty() ? "http" : "https")
        .arg(port());
}

QSet<int> NghttpdServer::sessionIds() const
{
    // Sessions the client sent frames on: nghttpd sends SETTINGS on every accepted socket, the
    // fixture's readiness probe included.
    static const QRegularExpression id(QStringLiteral("\\[id=(\\d+)\\] \\[[^\\]]*\\] recv "));
    QSet<int> ids;
    const QString text = QString::fromLatin1(log());
    for (auto it = id.globalMatch(text); it.hasNext();)
        ids.insert(it.next().captured(1).toInt());
    return ids;
}

QString NghttpdServer::programName() const
{
    return m_options.verbose ? QStringLiteral("stdbuf") : QStringLiteral("nghttpd");
}

std::optional<FixtureError> NghttpdServer::checkPrerequisites() const
{
    if (findExecutable(QStringLiteral("nghttpd")).isEmpty()) {
        return FixtureError{true, QStringLiteral("nghttpd is not installed; run 'make test' to "
                                                 "install the test servers")};
    }
    return std::nullopt;
}

QStringList NghttpdServer::arguments(quint16 port)
{
    QStringList args;
    if (m_options.verbose)
        args << QStringLiteral("-oL") << findExecutable(QStringLiteral("nghttpd"));
    args << QStringList{QStringLiteral("-a"), QStringLiteral("127.0.0.1"), QStringLiteral("-d"),
                        docroot()};
    if (m_options.maxConcurrentStreams > 0)
        args << QStringLiteral("-m") << QString::number(m_options.maxConcurrentStreams);
    if (m_options.windowBits > 0)
        args << QStringLiteral("-w") << QString::number(m_options.windowBits);
    if (m_options.connectionWindowBits > 0)
        args << QStringLiteral("-W") << QString::number(m_options.connectionWindowBits);
    for (const QString &trailer : std::as_const(m_options.trailers))
        args << QStringLiteral("--trailer") << trailer;
    if (m_options.echoUpload)
        args << QStringLiteral("--echo-upload");
    if (m_options.verbose)
        args << QStringLiteral("-v");
    args << m_options.extraArguments;
    if (m_options.certificateFile.isEmpty())
        args << QStringLiteral("--no-tls") << QString::number(port);
    else
        args << QString::number(port) << m_options.keyFile << m_options.certificateFile;
    return args;
}

} // namespace wb::test
