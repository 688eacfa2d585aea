// Feeds a 100 MB JSON response to the response inspector, offscreen, and reports the longest
// event-loop stall (a 5 ms timer probe) and the time until the first formatted screen is shown.
//   ui_largebody_bench [megabytes]

#include "ui/response/prettyview.h"
#include "ui/response/responseinspector.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryFile>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace wb::ui;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const qint64 megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100;
    QTemporaryFile file;
    if (!file.open()) {
        std::fprintf(stderr, "bench ui-largebody: no temporary file\n");
        return 1;
    }
    {
        QByteArray chunk;
        qint64 written = 0;
        int id = 0;
        file.write("[");
        while (written < megabytes * 1024 * 1024) {
            chunk.clear();
            for (int i = 0; i < 1000; ++i, ++id) {
                chunk += (id ? "," : "");
                chunk +=
                    "{\"id\":" + QByteArray::number(id) + ",\"name\":\"user " +
                    QByteArray::number(id) +
                    "\",\"email\":\"user@example.test\",\"active\":true,\"tags\":[\"a\",\"b\"],"
                    "\"score\":" +
                    QByteArray::number(id * 0.25) + "}";
            }
            file.write(chunk);
            written += chunk.size();
        }
        file.write("]");
        file.flush();
    }

    wb::http::Exchange exchange;
    exchange.method = "GET";
    exchange.url = QStringLiteral("http://127.0.0.1/large.json");
    exchange.response.version = "HTTP/1.1";
    exchange.response.status = 200;
    exchange.response.reason = "OK";
    exchange.response.headers = {{"Content-Type", "application/json"}};
    exchange.responseBody.filePath = file.fileName();
    exchange.responseBody.size = file.size();
    exchange.responseWire = exchange.responseBody;

    ResponseInspector inspector;
    inspector.resize(1200, 800);
    inspector.show();
    QCoreApplication::processEvents();

    qint64 longest = 0;
    QElapsedTimer gap;
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] { longest = qMax(longest, gap.restart()); });

    QElapsedTimer clock;
    qint64 firstScreenMs = -1;
    QTimer watch;
    watch.setInterval(1);
    QObject::connect(&watch, &QTimer::timeout, [&] {
        if (firstScreenMs < 0 && !inspector.prettyView()->visibleText().isEmpty())
            firstScreenMs = clock.elapsed();
    });
    bool ok = false;
    QObject::connect(inspector.prettyView(), &PrettyView::formattingFinished, &app,
                     [&](bool formatted) {
                         ok = formatted;
                         if (firstScreenMs < 0)
                             firstScreenMs = clock.elapsed();
                         QTimer::singleShot(50, &app, &QCoreApplication::quit);
                     });
    QTimer::singleShot(120000, &app, &QCoreApplication::quit); // bounded

    gap.start();
    probe.start();
    watch.start();
    clock.start();
    // Starting the formatting is itself measured: the call must return at once.
    inspector.setChain(wb::http::ExchangeChain{{exchange}});
    app.exec();
    const qint64 totalMs = clock.elapsed();

    QTextStream out(stdout);
    if (!ok) {
        std::fprintf(stderr, "bench ui-largebody: formatting did not finish\n");
        return 1;
    }
    out << "bench ui-largebody-stall: wirebench " << longest << " ms | peer none | ratio -\n";
    out << "bench ui-largebody-first-screen: wirebench " << firstScreenMs
        << " ms | peer none | ratio -\n";
    out << "bench ui-largebody-formatted: wirebench " << totalMs << " ms | peer none | ratio -\n";
    return 0;
}
