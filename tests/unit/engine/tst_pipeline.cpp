#include "engine/Pipeline.h"

#include <QtTest>

using namespace syncline;

namespace {

Event makeEvent(Domain domain, std::string type, std::string payload,
                std::string connection = "shop")
{
    Event e;
    e.eventId = "e1";
    e.idempotencyKey = "k1";
    e.sourceSystem = "test";
    e.connection = std::move(connection);
    e.domain = domain;
    e.type = std::move(type);
    e.correlationId = "X";
    e.payload = std::move(payload);
    return e;
}

} // namespace

class TestPipeline : public QObject {
    Q_OBJECT

private slots:
    void failsAtTheRightStage_data()
    {
        QTest::addColumn<int>("domain");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("payload");
        QTest::addColumn<int>("stage"); // -1: passes
        QTest::addColumn<QString>("message");
        const int inv = int(Domain::Inventory), ord = int(Domain::Order),
                  ful = int(Domain::Fulfilment);
        QTest::newRow("not json") << inv << "inventory.level"
                                  << "{\"sku\":" << int(Stage::Ingest) << "invalid JSON";
        QTest::newRow("missing sku")
            << inv << "inventory.level"
            << R"({"location":"WH1"})" << int(Stage::Map) << "inventory.sku is required";
        QTest::newRow("wrong type") << inv << "inventory.level"
                                    << R"({"sku":"A","location":"W","on_hand":"x"})"
                                    << int(Stage::Map) << "inventory.on_hand";
        QTest::newRow("negative") << inv << "inventory.level"
                                  << R"({"sku":"A","location":"W","on_hand":-3})"
                                  << int(Stage::Validate) << "negative";
        QTest::newRow("ok inventory") << inv << "inventory.level"
                                      << R"({"sku":"A","location":"W","on_hand":3})" << -1 << "";
        QTest::newRow("order no lines")
            << ord << "order.created"
            << R"({"order_number":"SO-1","lines":[]})" << int(Stage::Validate) << "no lines";
        QTest::newRow("order zero qty")
            << ord << "order.created"
            << R"({"order_number":"SO-1","lines":[{"sku":"A","quantity":0}]})"
            << int(Stage::Validate) << "quantity below 1";
        QTest::newRow("order ok")
            << ord << "order.created"
            << R"({"order_number":"SO-1","lines":[{"sku":"A","quantity":2,"unit_price":"9.50"}]})"
            << -1 << "";
        QTest::newRow("shipment ok")
            << ful << "shipment.created"
            << R"({"shipment_id":"S1","order_number":"SO-1","lines":[{"sku":"A","quantity":1}]})"
            << -1 << "";
        QTest::newRow("invoice by type")
            << ful << "invoice.issued"
            << R"({"invoice_number":"I1","total":"10.00"})" << -1 << "";
    }

    void failsAtTheRightStage()
    {
        QFETCH(int, domain);
        QFETCH(QString, type);
        QFETCH(QString, payload);
        QFETCH(int, stage);
        QFETCH(QString, message);
        Pipeline pipeline;
        const auto result = pipeline.process(
            makeEvent(static_cast<Domain>(domain), type.toStdString(), payload.toStdString()));
        if (stage < 0) {
            QVERIFY2(!result.failure, result.failure ? result.failure->message.c_str() : "");
            QVERIFY(!result.canonicalPayload.empty());
            return;
        }
        QVERIFY(result.failure.has_value());
        QCOMPARE(int(result.failure->stage), stage);
        QVERIFY2(QString::fromStdString(result.failure->message).contains(message),
                 result.failure->message.c_str());
    }

    void validatorsAndRoutes()
    {
        Pipeline pipeline;
        pipeline.addValidator(Domain::Inventory, [](const Event &, const boost::json::value &v) {
            return v.as_object().at("sku").as_string() == "BLOCKED"
                       ? std::optional<std::string>("SKU is blocked")
                       : std::nullopt;
        });
        pipeline.addRoute(Route{Domain::Inventory, "shopify", "", ""});
        pipeline.addRoute(Route{Domain::Inventory, "woo", "wms", ""});
        pipeline.addRoute(Route{Domain::Order, "erp", "", ""});
        pipeline.setKnownTargets({"shopify", "woo", "erp"});

        auto ok = pipeline.process(makeEvent(Domain::Inventory, "inventory.level",
                                             R"({"sku":"A","location":"W","on_hand":1})", "wms"));
        QVERIFY(!ok.failure);
        QCOMPARE(ok.targets, (std::vector<std::string>{"shopify", "woo"}));

        auto other =
            pipeline.process(makeEvent(Domain::Inventory, "inventory.level",
                                       R"({"sku":"A","location":"W","on_hand":1})", "erp-feed"));
        QCOMPARE(other.targets, (std::vector<std::string>{"shopify"}));

        auto blocked =
            pipeline.process(makeEvent(Domain::Inventory, "inventory.level",
                                       R"({"sku":"BLOCKED","location":"W","on_hand":1})"));
        QVERIFY(blocked.failure && blocked.failure->stage == Stage::Validate);

        // Resubmitted from the route stage: validation is not run again.
        auto resumed =
            pipeline.process(makeEvent(Domain::Inventory, "inventory.level",
                                       R"({"sku":"BLOCKED","location":"W","on_hand":1})"),
                             Stage::Route);
        QVERIFY(!resumed.failure);
    }

    void unknownTargetFailsAtRoute()
    {
        Pipeline pipeline;
        pipeline.addRoute(Route{Domain::Order, "nowhere", "", ""});
        const auto result = pipeline.process(
            makeEvent(Domain::Order, "order.created",
                      R"({"order_number":"SO-1","lines":[{"sku":"A","quantity":1}]})"));
        QVERIFY(result.failure && result.failure->stage == Stage::Route);
        QVERIFY(QString::fromStdString(result.failure->message).contains("nowhere"));
    }

    void mappingNormalisesThePayload()
    {
        Pipeline pipeline;
        const auto result = pipeline.process(makeEvent(
            Domain::Inventory, "inventory.level",
            R"({"sku":"A","location":"W","on_hand":10,"reserved":4,"unknown_field":true})"));
        QVERIFY(!result.failure);
        QVERIFY(result.canonicalPayload.find("unknown_field") == std::string::npos);
        QVERIFY(result.canonicalPayload.find("\"available\":6") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
