#include "util/Time.h"

#include <QtTest>

using namespace syncline;

class TestTime : public QObject {
    Q_OBJECT

private slots:
    void parsesOffsetsToUtc_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("epochMs");
        QTest::newRow("utc") << "2026-11-26T16:34:44Z" << qint64(1795710884000);
        QTest::newRow("millis") << "2026-11-26T16:34:44.123Z" << qint64(1795710884123);
        QTest::newRow("offset") << "2026-11-26T11:34:44-05:00" << qint64(1795710884000);
        QTest::newRow("no zone") << "2026-11-26T16:34:44" << qint64(1795710884000);
        QTest::newRow("micros") << "2026-11-26T16:34:44.123456+00:00" << qint64(1795710884123);
    }

    void parsesOffsetsToUtc()
    {
        QFETCH(QString, text);
        QFETCH(qint64, epochMs);
        const auto parsed = parseIso8601(text.toStdString());
        QVERIFY(parsed.has_value());
        QCOMPARE(toEpochMs(*parsed), epochMs);
    }

    void rejectsGarbage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("date only") << "2026-11-26";
        QTest::newRow("bad month") << "2026-13-26T00:00:00Z";
        QTest::newRow("trailing") << "2026-11-26T00:00:00Zjunk";
    }

    void rejectsGarbage()
    {
        QFETCH(QString, text);
        QVERIFY(!parseIso8601(text.toStdString()).has_value());
    }

    void formatRoundTrips()
    {
        const auto t = fromEpochMs(1795710884123);
        QCOMPARE(QString::fromStdString(formatIso8601(t)),
                 QStringLiteral("2026-11-26T16:34:44.123Z"));
        QCOMPARE(parseIso8601(formatIso8601(t)), std::optional<TimePoint>(t));
    }
};

QTEST_GUILESS_MAIN(TestTime)
#include "tst_time.moc"
