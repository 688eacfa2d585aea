// Streams bytes from socat into the socket console, offscreen, as fast as loopback carries them,
// and reports the longest event-loop stall (a 5 ms timer probe), the peak resident memory and the
// rate the console took the stream in. The console listens as a TCP server; socat connects and
// sends a log-like text until `megabytes` have arrived or `seconds` have passed. The console has
// a workspace (in a temporary folder), so every chunk also goes to the store as in the app.
//   ui_socketstream_bench [megabytes] [seconds]

#include "core/store/workspacestore.h"
#include "ui/socket/connectionbar.h"
#include "ui/socket/socketconsolepage.h"
#include "ui/socket/transcriptmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

using namespace wb;
using namespace wb::ui;

namespace {

qint64 peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // Linux reports KiB
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const qint64 megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1024;
    const int seconds = argc > 2 ? QByteArray(argv[2]).toInt() : 20;
    const qint64 limit = megabytes * 1024 * 1024;

    QTemporaryDir workspace;
    store::WorkspaceStore store(workspace.path());
    store.start();
    // BENCH_SOCKET_STORE=0 measures the console without a workspace, for comparison.
    const bool withStore = qEnvironmentVariable("BENCH_SOCKET_STORE") != QLatin1String("0");
    SocketConsolePage page(withStore ? &store : nullptr);
    page.resize(1200, 800);
    page.show();
    QComboBox *kind = page.connectionBar()->kindBox();
    kind->setCurrentIndex(kind->findData(int(SessionSetup::Kind::TcpServer)));
    page.openSession();
    QElapsedTimer opening;
    opening.start();
    while (!page.isSessionOpen() && opening.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (!page.isSessionOpen()) {
        std::fprintf(stderr, "bench ui-socket-stream: the console could not listen\n");
        return 1;
    }
    const qint64 rssBefore = peakRssMiB();

    QProcess source;
    source.setProgram(QStringLiteral("bash"));
    source.setArguments(
        {QStringLiteral("-c"),
         QStringLiteral("yes '2026-11-26T02:00:00.000Z GET /api/v1/items?page=7 200 OK 5123 bytes "
                        "in 4 ms' | head -c %1 | socat -u - TCP:127.0.0.1:%2")
             .arg(limit)
             .arg(page.localPort())});
    source.setProcessChannelMode(QProcess::ForwardedErrorChannel);

    qint64 longest = 0;
    QElapsedTimer gap;
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] { longest = qMax(longest, gap.restart()); });

    QElapsedTimer clock;
    qint64 doneMs = -1;
    TranscriptModel *model = page.transcriptModel();
    QTimer watch;
    watch.setInterval(20);
    QObject::connect(&watch, &QTimer::timeout, [&] {
        if (model->bytesIn() >= limit || clock.elapsed() >= seconds * 1000) {
            doneMs = clock.elapsed();
            watch.stop();
            QTimer::singleShot(100, &app, &QCoreApplication::quit); // a few more frames
        }
    });
    QTimer::singleShot((seconds + 30) * 1000, &app, &QCoreApplication::quit); // bounded

    gap.start();
    probe.start();
    watch.start();
    clock.start();
    source.start();
    app.exec();
    source.kill(); // QProcess reaps it when it goes out of scope

    const qint64 received = model->bytesIn();
    if (received == 0 || doneMs <= 0) {
        std::fprintf(stderr, "bench ui-socket-stream: nothing arrived (is socat installed?)\n");
        return 1;
    }
    const double mibPerSecond = received / 1048576.0 / (doneMs / 1000.0);
    QTextStream out(stdout);
    out << "bench ui-socket-stall: wirebench " << longest << " ms | peer none | ratio -\n";
    out << "bench ui-socket-peak-rss: wirebench " << peakRssMiB() << " MiB (before the stream "
        << rssBefore << " MiB) | peer none | ratio -\n";
    out << "bench ui-socket-rate: wirebench " << QString::number(mibPerSecond, 'f', 0) << " MiB/s ("
        << received / 1048576 << " MiB in " << doneMs << " ms, " << model->chunkCount()
        << " chunks, " << model->entries().size() << " held by the view) | peer none | ratio -\n";
    return 0;
}
