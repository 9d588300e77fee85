#include "config/Duration.h"

#include <QtTest>

using namespace syncline;
using namespace syncline::config;

class TestDuration : public QObject {
    Q_OBJECT

private slots:
    void parsesUnits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("millis");
        QTest::newRow("seconds") << "60s" << qint64(60'000);
        QTest::newRow("minutes") << "5m" << qint64(300'000);
        QTest::newRow("hours") << "1h" << qint64(3'600'000);
        QTest::newRow("day in hours") << "24h" << qint64(86'400'000);
        QTest::newRow("days") << "2d" << qint64(172'800'000);
        QTest::newRow("milliseconds") << "250ms" << qint64(250);
        QTest::newRow("compound") << "1h30m" << qint64(5'400'000);
        QTest::newRow("zero") << "0s" << qint64(0);
    }
    void parsesUnits()
    {
        QFETCH(QString, text);
        QFETCH(qint64, millis);
        const auto parsed = parseDuration(text.toStdString());
        QVERIFY(parsed.has_value());
        QCOMPARE(qint64(parsed->count()), millis);
    }

    void refusesMalformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("bare number") << "60";
        QTest::newRow("unit only") << "s";
        QTest::newRow("space") << "5 m";
        QTest::newRow("negative") << "-5s";
        QTest::newRow("fraction") << "1.5h";
        QTest::newRow("upper case") << "5M";
        QTest::newRow("unknown unit") << "3w";
        QTest::newRow("trailing number") << "1h30";
        QTest::newRow("overflow") << "99999999999999999999d";
        QTest::newRow("overflow after scaling") << "9000000000000000d";
    }
    void refusesMalformed()
    {
        QFETCH(QString, text);
        QVERIFY(!parseDuration(text.toStdString()).has_value());
    }

    void formatsShortest_data()
    {
        QTest::addColumn<qint64>("millis");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << "0s";
        QTest::newRow("seconds") << qint64(60'000) << "1m";
        QTest::newRow("ninety seconds") << qint64(90'000) << "90s";
        QTest::newRow("day") << qint64(86'400'000) << "24h";
        QTest::newRow("millis") << qint64(1'500) << "1500ms";
    }
    void formatsShortest()
    {
        QFETCH(qint64, millis);
        QFETCH(QString, text);
        const std::string formatted = formatDuration(Millis(millis));
        QCOMPARE(QString::fromStdString(formatted), text);
        QCOMPARE(qint64(parseDuration(formatted)->count()), millis);
    }
};

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
