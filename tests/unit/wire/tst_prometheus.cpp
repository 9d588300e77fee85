#include "wire/Prometheus.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace syncline::wire;

class TestPrometheus : public QObject {
    Q_OBJECT

private slots:
    void counterFamilyWithLabels()
    {
        PrometheusText text;
        text.counter("syncline_events_total", "Events committed.")
            .sample(3, {{"connection", "shop-main"}, {"domain", "order"}})
            .sample(12, {{"connection", "woo"}, {"domain", "inventory"}});
        QCOMPARE(
            QString::fromStdString(text.text()),
            QStringLiteral("# HELP syncline_events_total Events committed.\n"
                           "# TYPE syncline_events_total counter\n"
                           "syncline_events_total{connection=\"shop-main\",domain=\"order\"} 3\n"
                           "syncline_events_total{connection=\"woo\",domain=\"inventory\"} 12\n"));
    }

    void gaugeWithoutLabels()
    {
        PrometheusText text;
        text.gauge("syncline_outbox_depth", "Rows waiting.").sample(0.5);
        QVERIFY(QString::fromStdString(text.text()).endsWith("syncline_outbox_depth 0.5\n"));
        QVERIFY(
            QString::fromStdString(text.text()).contains("# TYPE syncline_outbox_depth gauge\n"));
    }

    void labelValuesAreEscaped_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("quote") << "say \"hi\""
                               << "say \\\"hi\\\"";
        QTest::newRow("backslash") << "C:\\data"
                                   << "C:\\\\data";
        QTest::newRow("newline") << "a\nb"
                                 << "a\\nb";
        QTest::newRow("plain") << "shop-main"
                               << "shop-main";
    }

    void labelValuesAreEscaped()
    {
        QFETCH(QString, value);
        QFETCH(QString, escaped);
        QCOMPARE(QString::fromStdString(PrometheusText::escapeLabelValue(value.toStdString())),
                 escaped);
    }

    void helpTextIsEscaped()
    {
        PrometheusText text;
        text.counter("a_total", "line one\nback\\slash").sample(1);
        QVERIFY(QString::fromStdString(text.text())
                    .startsWith("# HELP a_total line one\\nback\\\\slash\n"));
    }

    void histogramBucketsAreCumulative()
    {
        PrometheusHistogram latency({0.005, 0.05, 0.5});
        for (const double seconds : {0.001, 0.004, 0.03, 0.2, 0.5, 2.0})
            latency.observe(seconds);
        PrometheusText text;
        text.histogram("syncline_webhook_seconds", "Webhook answer time.")
            .sample(latency, {{"kind", "shopify"}});
        const auto expected =
            QStringLiteral("# HELP syncline_webhook_seconds Webhook answer time.\n"
                           "# TYPE syncline_webhook_seconds histogram\n"
                           "syncline_webhook_seconds_bucket{kind=\"shopify\",le=\"0.005\"} 2\n"
                           "syncline_webhook_seconds_bucket{kind=\"shopify\",le=\"0.05\"} 3\n"
                           "syncline_webhook_seconds_bucket{kind=\"shopify\",le=\"0.5\"} 5\n"
                           "syncline_webhook_seconds_bucket{kind=\"shopify\",le=\"+Inf\"} 6\n"
                           "syncline_webhook_seconds_sum{kind=\"shopify\"} 2.735\n"
                           "syncline_webhook_seconds_count{kind=\"shopify\"} 6\n");
        QCOMPARE(QString::fromStdString(text.text()), expected);
    }

    void specialValues()
    {
        QCOMPARE(PrometheusText::formatValue(std::numeric_limits<double>::infinity()),
                 std::string("+Inf"));
        QCOMPARE(PrometheusText::formatValue(-std::numeric_limits<double>::infinity()),
                 std::string("-Inf"));
        QCOMPARE(PrometheusText::formatValue(std::nan("")), std::string("NaN"));
        QCOMPARE(PrometheusText::formatValue(1234567), std::string("1234567"));
    }

    void invalidUseIsRefused()
    {
        PrometheusText text;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, text.counter("bad-name", "x"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, text.counter("9lives", "x"));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, text.sample(1));
        text.counter("ok_total", "x");
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, text.counter("ok_total", "again"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, text.sample(1, {{"bad label", "v"}}));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, text.sample(PrometheusHistogram({1.0})));
        text.histogram("h", "x");
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 text.sample(PrometheusHistogram({1.0}), {{"le", "1"}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PrometheusHistogram({2.0, 1.0}));
    }
};

QTEST_APPLESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
