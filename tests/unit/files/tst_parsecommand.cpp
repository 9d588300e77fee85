#include "FixtureFile.h"
#include "files/ParseCommand.h"

#include <QtTest>

using namespace syncline;
using namespace syncline::files;

class TestParseCommand : public QObject {
    Q_OBJECT

private slots:
    void parsesLikeTheDropFolder_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("errors");
        QTest::addColumn<QString>("fatal");

        QTest::newRow("x12 order") << "x12"
                                   << "x12/850.OK.edi" << 1 << 0 << "";
        QTest::newRow("x12 ship notice") << "x12"
                                         << "x12/856.Crossdock.OK.edi" << 2 << 0 << "";
        QTest::newRow("x12 unsupported") << "x12"
                                         << "x12/AckTest.edi" << 0 << 3 << "";
        QTest::newRow("x12 broken") << "x12"
                                    << "x12/NonEdi.edi" << 0 << 0
                                    << "not an X12 interchange: the input does not start with "
                                       "an ISA segment";
        QTest::newRow("csv snapshot") << "csv"
                                      << "csv/inventory_snapshot.csv" << 4 << 0 << "";
        QTest::newRow("csv bad rows") << "csv"
                                      << "csv/inventory_bad_rows.csv" << 3 << 6 << "";
        QTest::newRow("csv as x12") << "x12"
                                    << "csv/inventory_snapshot.csv" << 0 << 0
                                    << "not an X12 interchange: the input does not start with "
                                       "an ISA segment";
        QTest::newRow("unknown format") << "xml"
                                        << "csv/inventory_snapshot.csv" << 0 << 0
                                        << "unknown format \"xml\" (expected x12 or csv)";
    }

    void parsesLikeTheDropFolder()
    {
        QFETCH(QString, format);
        QFETCH(QString, file);
        QFETCH(int, events);
        QFETCH(int, errors);
        QFETCH(QString, fatal);
        CsvOptions csv;
        const auto bytes = fixtureBytes(file);
        QVERIFY(!bytes.empty());
        const auto result =
            parseFileForSupport(format.toStdString(), bytes, csv, "support", "sample");
        QCOMPARE(int(result.events.size()), events);
        QCOMPARE(int(result.errors.size()), errors);
        QCOMPARE(QString::fromStdString(result.fatalReason), fatal);
        QCOMPARE(result.fatal, !fatal.isEmpty());
        for (const auto &event : result.events)
            QCOMPARE(event.connection, std::string("support"));
    }
};

QTEST_GUILESS_MAIN(TestParseCommand)
#include "tst_parsecommand.moc"
