#include "Presentation.h"

#include <QSet>
#include <QtTest>

using namespace syncline;
using namespace syncline::ui;

class TestPresentation : public QObject {
    Q_OBJECT

private slots:
    void relativeTime_data()
    {
        QTest::addColumn<int>("secondsAgo");
        QTest::addColumn<QString>("expected");
        QTest::newRow("just now") << 2 << "just now";
        QTest::newRow("future clock skew") << -30 << "just now";
        QTest::newRow("seconds") << 42 << "42 s ago";
        QTest::newRow("one minute") << 60 << "1 min ago";
        QTest::newRow("minutes") << 59 * 60 + 59 << "59 min ago";
        QTest::newRow("hours") << 5 * 3600 << "5 h ago";
        QTest::newRow("days") << 3 * 86400 + 10 << "3 d ago";
    }

    void relativeTime()
    {
        QFETCH(int, secondsAgo);
        QFETCH(QString, expected);
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(1'790'000'000'000, Qt::UTC);
        QCOMPARE(Presentation::relativeTime(now.addSecs(-secondsAgo), now), expected);
    }

    void statesHaveDistinctNamesColoursAndIcons()
    {
        QSet<QString> names;
        QSet<QRgb> colours;
        for (FeedState state :
             {FeedState::Healthy, FeedState::Degraded, FeedState::Failing, FeedState::Idle}) {
            names.insert(Presentation::stateText(state));
            colours.insert(Presentation::stateColor(state).rgb());
            const QImage dot = Presentation::makeStateIcon(state).pixmap(16, 16).toImage();
            QCOMPARE(dot.pixelColor(8, 8).rgb(), Presentation::stateColor(state).rgb());
        }
        QCOMPARE(names.size(), 4);
        QCOMPARE(colours.size(), 4);
        QCOMPARE(Presentation::stateText(FeedState::Degraded), QStringLiteral("Degraded"));
    }

    void everyDomainHasAName()
    {
        QSet<QString> names;
        for (Domain domain : {Domain::Product, Domain::Inventory, Domain::Pricing, Domain::Order,
                              Domain::Fulfilment})
            names.insert(Presentation::domainText(domain));
        QCOMPARE(names.size(), 5);
        QVERIFY(!names.contains(QString()));
        QCOMPARE(Presentation::domainText(Domain::Fulfilment), QStringLiteral("Fulfilment"));
    }

    void engineTimesAreUtcMilliseconds()
    {
        QVERIFY(!Presentation::toDateTime(std::nullopt).isValid());
        const QDateTime t = Presentation::toDateTime(fromEpochMs(1'790'000'000'123));
        QCOMPARE(t.toMSecsSinceEpoch(), qint64(1'790'000'000'123));
        QCOMPARE(t.timeSpec(), Qt::UTC);
    }
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
