#include "core/common/result.h"

#include <QTest>

using namespace wb;

class TestResult : public QObject
{
    Q_OBJECT

private slots:
    void valueAndError()
    {
        Result<int> good(42);
        QVERIFY(good.ok());
        QCOMPARE(good.value(), 42);
        QVERIFY(!good.error().isError());

        Result<int> bad(makeError(ErrorCategory::Timeout, QStringLiteral("Took too long."),
                                  QStringLiteral("30 s")));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().category, ErrorCategory::Timeout);
        QCOMPARE(bad.error().categoryName(), QStringLiteral("timeout"));
        QCOMPARE(bad.error().toString(), QStringLiteral("Took too long. (30 s)"));
    }

    void voidResult()
    {
        Result<void> fine;
        QVERIFY(fine.ok());
        Result<void> broken(makeError(ErrorCategory::Io, QStringLiteral("Disk full.")));
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().toString(), QStringLiteral("Disk full."));
    }

    void everyCategoryHasAName()
    {
        for (int c = int(ErrorCategory::None); c <= int(ErrorCategory::Internal); ++c) {
            const Error e{ErrorCategory(c), {}, {}};
            QVERIFY(e.categoryName() != QStringLiteral("unknown"));
        }
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
