#include "tests/support/h2misbehaveserver.h"

namespace wb::test {

namespace {

H2MisbehaveServer::Options scenarioOptions(QString scenario)
{
    H2MisbehaveServer::Options options;
    options.scenario = std::move(scenario);
    return options;
}

} // namespace

H2MisbehaveServer::H2MisbehaveServer(QString scenario)
    : H2MisbehaveServer(scenarioOptions(std::move(scenario)))
{}

H2MisbehaveServer::H2MisbehaveServer(Options options)
    : m_options(std::move(options))
{}

QString H2MisbehaveServer::baseUrl() const
{
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(m_options.certificateFile.isEmpty() ? "http" : "https")
        .arg(port());
}

std::optional<FixtureError> H2MisbehaveServer::checkPrerequisites() const
{
    // Only Debian's interpreter sees python3-h2; a `python3` first on PATH may be another one.
    QByteArray output;
    const int code = runProgram(
        programName(), {QStringLiteral("-c"), QStringLiteral("import h2, hyperframe, hpack")},
        &output, 30000);
    if (code != 0) {
        return FixtureError{true, QStringLiteral("/usr/bin/python3 cannot import h2, hyperframe "
                                                 "and hpack (python3-h2 python3-hyperframe "
                                                 "python3-hpack); run 'make test': %1")
                                      .arg(QString::fromLocal8Bit(output).trimmed())};
    }
    return std::nullopt;
}

QStringList H2MisbehaveServer::arguments(quint16 port)
{
    const QString script = QStringLiteral(WB_H2MISBEHAVE_SCRIPT);
    QStringList args{QStringLiteral("-u"),
                     script,
                     m_options.scenario,
                     QStringLiteral("--port"),
                     QString::number(port),
                     QStringLiteral("--lifetime"),
                     QString::number(m_options.lifetimeS),
                     QStringLiteral("--streams"),
                     QString::number(m_options.goawayStreams)};
    if (!m_options.certificateFile.isEmpty())
        args << QStringLiteral("--tls") << m_options.certificateFile << m_options.keyFile;
    return args;
}

QList<H2MisbehaveServer::Event> H2MisbehaveServer::events() const
{
    QList<Event> events;
    for (const QByteArray &line : log().split('\n')) {
        if (!line.startsWith("event "))
            continue;
        const QList<QByteArray> words = line.trimmed().split(' ');
        Event event;
        event.name = QString::fromLatin1(words.value(1));
        for (qsizetype i = 2; i < words.size(); ++i) {
            const qsizetype eq = words[i].indexOf('=');
            if (eq <= 0)
                continue;
            const QString key = QString::fromLatin1(words[i].left(eq));
            const QString value = QString::fromLatin1(words[i].mid(eq + 1));
            if (key == QLatin1String("conn"))
                event.connection = value.toInt();
            else
                event.fields.insert(key, value);
        }
        events.append(event);
    }
    return events;
}

QList<H2MisbehaveServer::Event> H2MisbehaveServer::events(const QString &name) const
{
    QList<Event> matching;
    for (const Event &event : events()) {
        if (event.name == name)
            matching.append(event);
    }
    return matching;
}

} // namespace wb::test
