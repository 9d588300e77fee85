#include "domain/InventoryCoalescer.h"

#include <QtTest>

#include <set>

using namespace syncline;
using namespace syncline::domain;

namespace {

const TimePoint t0 = fromEpochMs(1'790'000'000'000);

PublishCoalescer::BatchLimit platformLimits()
{
    return [](const std::string &channel) {
        return batchLimitForPlatform(channel.rfind("shopify", 0) == 0 ? "shopify" : "woocommerce");
    };
}

PublishUpdate upd(std::string channel, std::string sku, std::int64_t quantity, TimePoint at,
                  std::string location = "main")
{
    return PublishUpdate{std::move(channel), std::move(sku), std::move(location), quantity, at};
}

std::size_t totalUpdates(const std::vector<PublishBatch> &batches)
{
    std::size_t total = 0;
    for (const auto &batch : batches)
        total += batch.updates.size();
    return total;
}

} // namespace

class TestCoalescer : public QObject {
    Q_OBJECT

private slots:
    void latestValueWinsWithinTheWindow()
    {
        PublishCoalescer coalescer(std::chrono::seconds(5), platformLimits());
        coalescer.add(upd("shopify-eu", "A", 5, t0));
        coalescer.add(upd("shopify-eu", "A", 4, t0 + Millis(10)));
        coalescer.add(upd("shopify-eu", "A", 3, t0 + Millis(20)));
        coalescer.add(upd("shopify-eu", "A", 9, t0 + Millis(15))); // computed earlier, arrived late
        coalescer.add(upd("shopify-eu", "A", 7, t0, "second"));    // another location
        QCOMPARE(coalescer.pending(), std::size_t(2));
        const auto batches = coalescer.flush();
        QCOMPARE(batches.size(), std::size_t(1));
        QCOMPARE(batches[0].updates.size(), std::size_t(2));
        QCOMPARE(batches[0].updates[0].location, std::string("main"));
        QCOMPARE(batches[0].updates[0].quantity, std::int64_t(3));
        QCOMPARE(batches[0].updates[1].quantity, std::int64_t(7));
        QCOMPARE(coalescer.stats().replaced, std::int64_t(3));
        QCOMPARE(coalescer.pending(), std::size_t(0));
    }

    void windowIsDueAfterItsLength()
    {
        PublishCoalescer coalescer(std::chrono::seconds(5), platformLimits());
        QVERIFY(!coalescer.due(t0 + std::chrono::hours(1)));
        coalescer.add(upd("shopify-eu", "A", 5, t0));
        coalescer.add(upd("shopify-eu", "B", 5, t0 + std::chrono::seconds(4)));
        QVERIFY(!coalescer.due(t0 + std::chrono::milliseconds(4999)));
        QVERIFY(coalescer.due(t0 + std::chrono::seconds(5)));
        coalescer.flush();
        QVERIFY(!coalescer.due(t0 + std::chrono::seconds(60)));
    }

    void valuesEqualToThePublishedOneAreSkipped()
    {
        PublishCoalescer coalescer(std::chrono::seconds(5), platformLimits());
        coalescer.add(upd("shopify-eu", "A", 5, t0));
        auto batches = coalescer.flush();
        coalescer.confirm(batches.at(0));
        QCOMPARE(coalescer.lastPublished("shopify-eu", "A", "main"),
                 std::optional<std::int64_t>(5));

        coalescer.add(upd("shopify-eu", "A", 6, t0 + std::chrono::seconds(6)));
        coalescer.add(upd("shopify-eu", "A", 5, t0 + std::chrono::seconds(7))); // back to 5
        QVERIFY(coalescer.flush().empty());
        QCOMPARE(coalescer.stats().unchanged, std::int64_t(1));

        // A value in flight counts as what the channel will show.
        coalescer.add(upd("shopify-eu", "A", 8, t0 + std::chrono::seconds(8)));
        batches = coalescer.flush();
        QCOMPARE(totalUpdates(batches), std::size_t(1));
        coalescer.add(upd("shopify-eu", "A", 8, t0 + std::chrono::seconds(9)));
        QVERIFY(coalescer.flush().empty());
    }

    void failedBatchesAreQueuedAgain()
    {
        PublishCoalescer coalescer(std::chrono::seconds(5), platformLimits());
        coalescer.add(upd("woo", "A", 5, t0));
        coalescer.add(upd("woo", "B", 5, t0));
        const auto failed = coalescer.flush();
        coalescer.add(upd("woo", "B", 2, t0 + std::chrono::seconds(6))); // newer than the failure
        coalescer.retry(failed.at(0));
        QCOMPARE(coalescer.pending(), std::size_t(2));
        const auto again = coalescer.flush();
        QCOMPARE(totalUpdates(again), std::size_t(2));
        QCOMPARE(again[0].updates[0].quantity, std::int64_t(5));
        QCOMPARE(again[0].updates[1].quantity, std::int64_t(2));
        QVERIFY(!coalescer.lastPublished("woo", "A", "main").has_value());
    }

    void flushIsCutToTheTargetMaximum_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<int>("skus");
        QTest::addColumn<int>("expectedBatches");
        QTest::addColumn<int>("limit");
        QTest::newRow("shopify 250 exactly") << "shopify-eu" << 250 << 1 << 250;
        QTest::newRow("shopify 251") << "shopify-eu" << 251 << 2 << 250;
        QTest::newRow("shopify 1000") << "shopify-eu" << 1000 << 4 << 250;
        QTest::newRow("woocommerce 100") << "woo" << 100 << 1 << 100;
        QTest::newRow("woocommerce 1001") << "woo" << 1001 << 11 << 100;
    }

    void flushIsCutToTheTargetMaximum()
    {
        QFETCH(QString, channel);
        QFETCH(int, skus);
        QFETCH(int, expectedBatches);
        QFETCH(int, limit);
        PublishCoalescer coalescer(std::chrono::seconds(5), platformLimits());
        for (int i = 0; i < skus; ++i)
            coalescer.add(upd(channel.toStdString(), "SKU-" + std::to_string(i), i + 1, t0));
        const auto batches = coalescer.flush();
        QCOMPARE(int(batches.size()), expectedBatches);
        for (const auto &batch : batches)
            QVERIFY(int(batch.updates.size()) <= limit);
        QCOMPARE(int(totalUpdates(batches)), skus);
    }

    void channelsAreBatchedSeparately()
    {
        PublishCoalescer coalescer(std::chrono::seconds(5), platformLimits());
        coalescer.add(upd("shopify-eu", "A", 1, t0));
        coalescer.add(upd("woo", "A", 1, t0));
        const auto batches = coalescer.flush();
        QCOMPARE(batches.size(), std::size_t(2));
        QVERIFY(batches[0].channel != batches[1].channel);
    }

    void millionUpdatesOverFiftyThousandSkus()
    {
        constexpr int skus = 50'000;
        constexpr int updates = 1'000'000;
        PublishCoalescer coalescer(std::chrono::seconds(5), platformLimits());
        std::vector<std::int64_t> lastValue(skus, -1);
        std::uint64_t state = 42;
        for (int i = 0; i < updates; ++i) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL; // LCG
            const int sku = int((state >> 33) % skus);
            const std::int64_t quantity = std::int64_t((state >> 17) % 500);
            lastValue[std::size_t(sku)] = quantity;
            coalescer.add(
                upd("shopify-eu", "SKU-" + std::to_string(sku), quantity, t0 + Millis(i / 1000)));
        }
        const auto batches = coalescer.flush();
        std::set<std::string> seen;
        std::size_t writes = 0;
        for (const auto &batch : batches) {
            QVERIFY(batch.updates.size() <= ShopifyBatchLimit);
            for (const auto &update : batch.updates) {
                ++writes;
                QVERIFY2(seen.insert(update.sku).second, update.sku.c_str()); // one per SKU
                const auto index = std::size_t(std::stoi(update.sku.substr(4)));
                QCOMPARE(update.quantity, lastValue[index]); // the latest value
            }
        }
        const auto touched = std::size_t(std::count_if(lastValue.begin(), lastValue.end(),
                                                       [](std::int64_t v) { return v >= 0; }));
        QVERIFY(writes <= std::size_t(skus));
        QCOMPARE(writes, touched);
        QCOMPARE(coalescer.stats().received, std::int64_t(updates));
        QCOMPARE(coalescer.stats().flushed, std::int64_t(writes));
        QCOMPARE(batches.size(), (writes + ShopifyBatchLimit - 1) / ShopifyBatchLimit);
    }
};

QTEST_GUILESS_MAIN(TestCoalescer)
#include "tst_coalescer.moc"
