#include "model/Types.h"

#include <QtTest>

using namespace syncline;

class TestDecimal : public QObject {
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("units");
        QTest::newRow("price") << "19.90" << qint64(199000);
        QTest::newRow("integer") << "3" << qint64(30000);
        QTest::newRow("negative") << "-0.5" << qint64(-5000);
        QTest::newRow("four digits") << "0.0001" << qint64(1);
        QTest::newRow("leading dot") << ".25" << qint64(2500);
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, units);
        const auto d = Decimal::parse(text.toStdString());
        QVERIFY(d.has_value());
        QCOMPARE(d->units(), units);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("five digits") << "1.00001";
        QTest::newRow("letters") << "12a";
        QTest::newRow("two dots") << "1.2.3";
        QTest::newRow("dot only") << ".";
        QTest::newRow("overflow") << "99999999999999999999";
    }

    void refuses()
    {
        QFETCH(QString, text);
        QVERIFY(!Decimal::parse(text.toStdString()).has_value());
    }

    void formats()
    {
        QCOMPARE(QString::fromStdString(Decimal::parse("19.9")->toString()),
                 QStringLiteral("19.90"));
        QCOMPARE(QString::fromStdString(Decimal::parse("-0.125")->toString()),
                 QStringLiteral("-0.125"));
        QCOMPARE(QString::fromStdString(Decimal::fromInteger(7).toString(0)), QStringLiteral("7"));
    }

    void checkedIntegerRefusesWhatDoesNotFit_data()
    {
        QTest::addColumn<qint64>("whole");
        QTest::addColumn<bool>("fits");
        QTest::newRow("zero") << qint64(0) << true;
        QTest::newRow("largest") << qint64(INT64_MAX / Decimal::Scale) << true;
        QTest::newRow("smallest") << qint64(INT64_MIN / Decimal::Scale) << true;
        QTest::newRow("one above") << qint64(INT64_MAX / Decimal::Scale + 1) << false;
        QTest::newRow("one below") << qint64(INT64_MIN / Decimal::Scale - 1) << false;
        QTest::newRow("int64 max") << qint64(INT64_MAX) << false;
        QTest::newRow("int64 min") << qint64(INT64_MIN) << false;
    }

    void checkedIntegerRefusesWhatDoesNotFit()
    {
        QFETCH(qint64, whole);
        QFETCH(bool, fits);
        const auto checked = Decimal::fromIntegerChecked(whole);
        QCOMPARE(checked.has_value(), fits);
        if (fits)
            QCOMPARE(checked->units(), whole * Decimal::Scale);
    }

    void arithmetic()
    {
        const auto a = *Decimal::parse("19.90");
        const auto b = *Decimal::parse("0.10");
        QCOMPARE((a + b).toString(), std::string("20.00"));
        QCOMPARE((a * 3).toString(), std::string("59.70"));
        QVERIFY(b < a);
        QCOMPARE((b - a).abs().toString(), std::string("19.80"));
    }
};

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
