#include "domain/PricingCache.h"

#include <QtTest>

#include <stdexcept>

using namespace syncline;
using namespace syncline::domain;
using std::chrono::hours;
using std::chrono::minutes;

namespace {

const TimePoint t0 = fromEpochMs(1'790'000'000'000);

Decimal money(const char *text)
{
    return *Decimal::parse(text);
}

CustomerPricing pricing(const char *contractPrice)
{
    CustomerPricing p;
    model::CustomerContract contract;
    contract.contractId = "K-1";
    contract.entries = {{"A", 1, money(contractPrice), {}, {}}, {"A", 10, money("8.00"), {}, {}}};
    p.contracts.push_back(contract);
    model::PriceList list;
    list.id = "WHOLESALE";
    list.entries = {{"A", 1, money("12.00"), {}, {}}, {"B", 1, money("5.00"), {}, {}}};
    p.priceList = list;
    return p;
}

struct FakeErp {
    bool up = true;
    bool throws = false;
    int calls = 0;
    const char *price = "9.00";
    ErpPricingFetch fetch()
    {
        return [this](const std::string &) -> std::optional<CustomerPricing> {
            ++calls;
            if (throws)
                throw std::runtime_error("connection reset");
            if (!up)
                return std::nullopt;
            return pricing(price);
        };
    }
};

} // namespace

class TestPricingCache : public QObject {
    Q_OBJECT

private slots:
    void resolvesContractTiersAndValidity_data()
    {
        QTest::addColumn<QString>("sku");
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<qint64>("dayOffset");
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("origin");
        QTest::newRow("contract base tier") << "A" << qint64(1) << qint64(0) << "9.00"
                                            << "contract K-1 tier 1+";
        QTest::newRow("contract quantity tier") << "A" << qint64(10) << qint64(0) << "8.00"
                                                << "contract K-1 tier 10+";
        QTest::newRow("price list when contract lacks SKU")
            << "B" << qint64(3) << qint64(0) << "5.00"
            << "price list WHOLESALE tier 1+";
        QTest::newRow("expired contract falls back to list")
            << "A" << qint64(1) << qint64(40) << "12.00"
            << "price list WHOLESALE tier 1+";
        QTest::newRow("contract not yet valid") << "A" << qint64(1) << qint64(-40) << "12.00"
                                                << "price list WHOLESALE tier 1+";
        QTest::newRow("unknown SKU") << "Z" << qint64(1) << qint64(0) << ""
                                     << "";
    }

    void resolvesContractTiersAndValidity()
    {
        QFETCH(QString, sku);
        QFETCH(qint64, quantity);
        QFETCH(qint64, dayOffset);
        QFETCH(QString, price);
        QFETCH(QString, origin);
        CustomerPricing p = pricing("9.00");
        p.contracts[0].validFrom = t0 - hours(24 * 30);
        p.contracts[0].validTo = t0 + hours(24 * 30);
        const auto resolved =
            resolvePrice(p, sku.toStdString(), quantity, t0 + hours(24 * dayOffset));
        QCOMPARE(resolved.has_value(), !price.isEmpty());
        if (!resolved)
            return;
        QCOMPARE(QString::fromStdString(resolved->unitPrice.toString()), price);
        QCOMPARE(QString::fromStdString(resolved->origin), origin);
    }

    void entryValidityIsHonoured()
    {
        CustomerPricing p = pricing("9.00");
        p.contracts[0].entries[1].validTo = t0; // the 10+ tier ended
        QCOMPARE(resolvePrice(p, "A", 10, t0)->unitPrice, money("9.00"));
        QCOMPARE(resolvePrice(p, "A", 10, t0 - minutes(1))->unitPrice, money("8.00"));
    }

    void freshCacheIsUsed()
    {
        ManualClock clock(t0);
        FakeErp erp;
        PricingCache cache(clock, hours(1), erp.fetch());
        cache.put("ACME", pricing("9.50"), t0 - minutes(59));
        const auto quote = cache.lookup("ACME", "A", 1, t0);
        QVERIFY(quote.source == PriceSource::Cache);
        QVERIFY(!quote.flagged);
        QCOMPARE(*quote.price, money("9.50"));
        QCOMPARE(erp.calls, 0);
    }

    void staleCacheAsksTheErp()
    {
        ManualClock clock(t0);
        FakeErp erp;
        PricingCache cache(clock, hours(1), erp.fetch());
        cache.put("ACME", pricing("9.50"), t0 - hours(1));
        const auto quote = cache.lookup("ACME", "A", 1, t0);
        QVERIFY(quote.source == PriceSource::Erp);
        QVERIFY(!quote.flagged);
        QCOMPARE(*quote.price, money("9.00"));
        QCOMPARE(erp.calls, 1);
        QCOMPARE(cache.fetchedAt("ACME"), std::optional<TimePoint>(t0));
        // The ERP's answer is cached: the next lookup does not call it.
        clock.advance(minutes(10));
        QVERIFY(cache.lookup("ACME", "A", 1, t0).source == PriceSource::Cache);
        QCOMPARE(erp.calls, 1);
    }

    void staleCacheWithErpDownIsFlagged_data()
    {
        QTest::addColumn<bool>("throws");
        QTest::newRow("ERP does not answer") << false;
        QTest::newRow("ERP call throws") << true;
    }

    void staleCacheWithErpDownIsFlagged()
    {
        QFETCH(bool, throws);
        ManualClock clock(t0);
        FakeErp erp;
        erp.up = false;
        erp.throws = throws;
        PricingCache cache(clock, hours(1), erp.fetch());
        cache.put("ACME", pricing("9.50"), t0 - hours(5));
        const auto quote = cache.lookup("ACME", "A", 1, t0);
        QVERIFY(quote.source == PriceSource::StaleCache);
        QVERIFY(quote.flagged);
        QCOMPARE(*quote.price, money("9.50"));
        QCOMPARE(quote.pricesAsOf, t0 - hours(5));
        QCOMPARE(toString(quote.source), std::string_view("stale_cache"));
        // Still stale: each lookup tries the ERP again.
        cache.lookup("ACME", "A", 1, t0);
        QCOMPARE(erp.calls, 2);
    }

    void nothingCachedAndErpDownIsUnavailable()
    {
        ManualClock clock(t0);
        FakeErp erp;
        erp.up = false;
        PricingCache cache(clock, hours(1), erp.fetch());
        const auto quote = cache.lookup("ACME", "A", 1, t0);
        QVERIFY(quote.source == PriceSource::Unavailable);
        QVERIFY(quote.flagged);
        QVERIFY(!quote.price.has_value());
    }

    void invalidateForcesAnErpCall()
    {
        ManualClock clock(t0);
        FakeErp erp;
        PricingCache cache(clock, hours(1), erp.fetch());
        cache.put("ACME", pricing("9.50"), t0);
        cache.invalidate("ACME");
        QVERIFY(cache.lookup("ACME", "A", 1, t0).source == PriceSource::Erp);
        QCOMPARE(erp.calls, 1);
    }
};

QTEST_GUILESS_MAIN(TestPricingCache)
#include "tst_pricingcache.moc"
