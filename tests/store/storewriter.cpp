// A writer process for the crash and concurrency tests: appends sample exchanges through the
// WorkspaceStore's storage thread and prints "committed <last id> <total>" after every batch.
//   store_writer FOLDER COUNT [PACE_CHUNK]
// PACE_CHUNK > 0 hands the appends over in chunks of that size every 5 ms, so that a test can
// kill the process while it is writing.

#include "core/store/workspacestore.h"
#include "storetestdata.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace wb;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: store_writer FOLDER COUNT [PACE_CHUNK]\n");
        return 2;
    }
    const int count = args.at(2).toInt();
    const int chunk = args.size() > 3 ? args.at(3).toInt() : 0;
    store::WorkspaceStore workspace(args.at(1));
    qint64 committed = 0;
    int next = 1;
    QTimer pacer;
    pacer.setInterval(5);
    QObject::connect(&pacer, &QTimer::timeout, [&] {
        for (int i = 0; i < chunk && next <= count; ++i)
            workspace.appendExchange(test::sampleExchange(next++));
        if (next > count)
            pacer.stop();
    });
    QObject::connect(&workspace, &store::WorkspaceStore::opened,
                     [&](const Error &error, const QString &) {
                         if (error.isError()) {
                             std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
                             app.exit(1);
                             return;
                         }
                         if (chunk > 0) {
                             pacer.start();
                             return;
                         }
                         while (next <= count)
                             workspace.appendExchange(test::sampleExchange(next++));
                     });
    QObject::connect(&workspace, &store::WorkspaceStore::entriesAppended,
                     [&](const QList<store::HistorySummary> &entries) {
                         committed += entries.size();
                         std::printf("committed %lld %lld\n", entries.last().id, committed);
                         std::fflush(stdout);
                         if (committed >= count)
                             app.exit(0);
                     });
    QObject::connect(&workspace, &store::WorkspaceStore::appendFailed,
                     [&](const Error &error, int) {
                         std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
                         app.exit(1);
                     });
    workspace.start();
    return app.exec();
}
