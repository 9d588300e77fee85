#include "ScriptedTransport.h"
#include "connectors/TrytonConnector.h"
#include "model/Json.h"

#include <QtTest>

using namespace syncline;
using namespace syncline::connectors;
namespace json = boost::json;

namespace {
syncline::connectors::TrytonConnection trytonConnection(std::string password)
{
    syncline::connectors::TrytonConnection connection;
    connection.baseUrl = "http://127.0.0.1:1";
    connection.database = "erp";
    connection.password = std::move(password);
    return connection;
}
} // namespace

// Enums are compared as int: QTest::toString would find syncline::toString by ADL.
class TestTrytonOrderTarget : public QObject {
    Q_OBJECT

    std::shared_ptr<ScriptedTransport> transport_;
    std::shared_ptr<TrytonClient> client_;

    void rpc(std::string result) { transport_->answer(200, R"({"id":0,"result":)" + result + "}"); }

    std::vector<std::string> methods() const
    {
        std::vector<std::string> out;
        for (const auto &request : transport_->sent)
            out.emplace_back(parseJson(request.body).at("method").as_string());
        return out;
    }

    json::value paramsOf(std::string_view method) const
    {
        for (const auto &request : transport_->sent) {
            const auto body = parseJson(request.body);
            if (body.at("method").as_string() == method)
                return body.at("params");
        }
        return nullptr;
    }

    static model::Order order(std::string sku = "SKU-1001")
    {
        model::Order o;
        o.orderNumber = "QXB7Z2K9LM4T1";
        o.customer = {"3", "jane@example.com", "Jane Customer", ""};
        o.shippingAddress.name = "Jane Customer";
        o.shippingAddress.line1 = "1 Main St";
        o.shippingAddress.city = "New York";
        o.shippingAddress.postalCode = "10001";
        o.lines.push_back({"11", std::move(sku), 2, *Decimal::parse("19.90"), {}});
        return o;
    }

private slots:
    void init()
    {
        transport_ = std::make_shared<ScriptedTransport>();
        rpc(R"([1,"key"])");
        rpc(R"({"company":1})");
        client_ = std::make_shared<TrytonClient>(ScriptedTransport::bind(transport_),
                                                 trytonConnection("pw"));
    }

    void newOrderBecomesAConfirmedSaleWithAddresses()
    {
        rpc("[]");                                                           // sale by reference
        rpc(R"([{"id":1,"code":"SKU-1001","sale_uom":1,"default_uom":1}])"); // products
        rpc("[]");                                                           // contact mechanism
        rpc("[2]");                                                          // party.create
        rpc(R"([{"id":3}])");                                                // address of the party
        rpc("[11]");                                                         // sale.create
        rpc("null");                                                         // quote
        rpc("null");                                                         // confirm
        rpc(R"([{"id":11,"number":"1","state":"processing","shipments":[4]}])");
        TrytonOrderTarget target(client_);
        const auto result = target.postOrder(order());
        QVERIFY2(std::holds_alternative<TrytonSaleResult>(result),
                 std::get_if<CallError>(&result) ? std::get<CallError>(result).message.c_str()
                                                 : "");
        const auto &sale = std::get<TrytonSaleResult>(result);
        QCOMPARE(sale.saleId, std::int64_t(11));
        QVERIFY(sale.created);
        QCOMPARE(sale.shipments, std::vector<std::int64_t>{4});
        QCOMPARE(transport_->unexpected, 0);

        const auto values =
            paramsOf("model.sale.sale.create").as_array()[0].as_array()[0].as_object();
        QCOMPARE(values.at("reference").as_string(), json::string("QXB7Z2K9LM4T1"));
        QCOMPARE(values.at("party").as_int64(), std::int64_t(2));
        QCOMPARE(values.at("invoice_address").as_int64(), std::int64_t(3));
        QCOMPARE(values.at("shipment_address").as_int64(), std::int64_t(3));
        QCOMPARE(values.at("company").as_int64(), std::int64_t(1));
        const auto line = values.at("lines").as_array()[0].as_array()[1].as_array()[0].as_object();
        QCOMPARE(syncline::serialize(line.at("unit_price")),
                 std::string(R"({"__class__":"Decimal","decimal":"19.9"})"));
        QCOMPARE(line.at("product").as_int64(), std::int64_t(1));

        const auto party =
            paramsOf("model.party.party.create").as_array()[0].as_array()[0].as_object();
        QVERIFY(party.contains("addresses"));
        QVERIFY(syncline::serialize(party.at("contact_mechanisms")).find("jane@example.com") !=
                std::string::npos);
    }

    void existingSaleIsNotCreatedAgain()
    {
        rpc(R"([{"id":11,"state":"processing"}])");
        rpc(R"([{"id":11,"number":"1","state":"processing","shipments":[4]}])");
        TrytonOrderTarget target(client_);
        const auto result = target.postOrder(order());
        QVERIFY(std::holds_alternative<TrytonSaleResult>(result));
        QVERIFY(!std::get<TrytonSaleResult>(result).created);
        const auto called = methods();
        QVERIFY(std::find(called.begin(), called.end(), "model.sale.sale.create") == called.end());
        QVERIFY(std::find(called.begin(), called.end(), "model.sale.sale.confirm") == called.end());
    }

    void saleLeftConfirmedIsADataError()
    {
        rpc(R"([{"id":11,"state":"quotation"}])");
        rpc("null"); // confirm
        rpc(R"([{"id":11,"number":"S-7","state":"confirmed","shipments":[]}])");
        TrytonOrderTarget target(client_, {"tryton-orders", "", Millis(0)});
        const auto result = target.postOrder(order());
        QVERIFY(std::holds_alternative<CallError>(result));
        const auto &error = std::get<CallError>(result);
        QCOMPARE(int(error.errorClass), int(ErrorClass::Data));
        QVERIFY2(QString::fromStdString(error.message).contains("S-7"), error.message.c_str());
        QVERIFY(QString::fromStdString(error.message).contains("not processed"));
    }

    void confirmedSaleIsProcessedWhenDeliveredAgain()
    {
        rpc(R"([{"id":11,"state":"confirmed"}])");
        rpc("null"); // process
        rpc(R"([{"id":11,"number":"S-7","state":"processing","shipments":[5]}])");
        TrytonOrderTarget target(client_);
        const auto result = target.postOrder(order());
        QVERIFY(std::holds_alternative<TrytonSaleResult>(result));
        const auto called = methods();
        QVERIFY(std::find(called.begin(), called.end(), "model.sale.sale.process") != called.end());
    }

    void unknownSkuIsRefusedBeforeAnythingIsCreated()
    {
        rpc("[]");
        rpc("[]");
        TrytonOrderTarget target(client_);
        const auto result = target.postOrder(order("SKU-404"));
        QVERIFY(std::holds_alternative<CallError>(result));
        QCOMPARE(int(std::get<CallError>(result).errorClass), int(ErrorClass::Data));
        QVERIFY(QString::fromStdString(std::get<CallError>(result).message).contains("SKU-404"));
        const auto called = methods();
        QVERIFY(std::find(called.begin(), called.end(), "model.party.party.create") ==
                called.end());
    }

    void deliveryOutcomeCarriesTheErrorClass()
    {
        transport_->answer(429, "");
        TrytonOrderTarget target(client_);
        Delivery delivery;
        delivery.payload = syncline::serialize(json::value_from(order()));
        std::promise<std::vector<DeliveryOutcome>> promise;
        target.deliver({delivery, Delivery{}}, [&](std::vector<DeliveryOutcome> outcomes) {
            promise.set_value(std::move(outcomes));
        });
        const auto outcomes = promise.get_future().get();
        QCOMPARE(outcomes.size(), std::size_t(2));
        QCOMPARE(int(outcomes[0].errorClass), int(ErrorClass::RateLimited));
        QCOMPARE(int(outcomes[1].errorClass), int(ErrorClass::Data)); // empty payload
    }
};

QTEST_GUILESS_MAIN(TestTrytonOrderTarget)
#include "tst_trytonordertarget.moc"
