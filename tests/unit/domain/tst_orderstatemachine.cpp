#include "domain/OrderStateMachine.h"

#include <QtTest>

#include <set>

using namespace syncline;
using namespace syncline::domain;

Q_DECLARE_METATYPE(syncline::domain::OrderState)

namespace {

// The order life cycle as the business describes it, written out independently of the
// implementation's table: every pair not listed here must be refused.
const std::set<std::pair<std::string, std::string>> &expectedAllowed()
{
    static const std::set<std::pair<std::string, std::string>> allowed{
        {"received", "validating"},
        {"received", "cancelled"},
        {"received", "failed"},
        {"validating", "held"},
        {"validating", "ready"},
        {"validating", "cancelled"},
        {"validating", "failed"},
        {"held", "validating"},
        {"held", "ready"},
        {"held", "cancelled"},
        {"held", "failed"},
        {"ready", "posted"},
        {"ready", "held"},
        {"ready", "cancelled"},
        {"ready", "failed"},
        {"posted", "acknowledged"},
        {"posted", "held"},
        {"posted", "cancelled"},
        {"posted", "failed"},
        {"acknowledged", "partially_shipped"},
        {"acknowledged", "shipped"},
        {"acknowledged", "cancelled"},
        {"partially_shipped", "partially_shipped"},
        {"partially_shipped", "shipped"},
        {"shipped", "invoiced"},
        {"invoiced", "closed"},
        {"failed", "validating"},
        {"failed", "cancelled"},
    };
    return allowed;
}

} // namespace

class TestOrderStateMachine : public QObject {
    Q_OBJECT

private slots:
    void wholeTable_data()
    {
        QTest::addColumn<OrderState>("from");
        QTest::addColumn<OrderState>("to");
        QTest::addColumn<bool>("allowed");
        for (const auto from : allOrderStates())
            for (const auto to : allOrderStates()) {
                const bool allowed = expectedAllowed().count({std::string(toString(from)),
                                                              std::string(toString(to))}) > 0;
                const QByteArray name =
                    QByteArray(toString(from).data()) + " -> " + QByteArray(toString(to).data());
                QTest::newRow(name.constData()) << from << to << allowed;
            }
    }

    void wholeTable()
    {
        QFETCH(OrderState, from);
        QFETCH(OrderState, to);
        QFETCH(bool, allowed);
        const auto refusal = canTransition(from, to);
        QCOMPARE(!refusal.has_value(), allowed);
        if (refusal) {
            // The refusal names both states so that an operator knows what was attempted.
            QVERIFY(refusal->find(toString(from)) != std::string::npos);
            QVERIFY(refusal->find(toString(to)) != std::string::npos);
        }
    }

    void tableHasNoExtraPairs()
    {
        QCOMPARE(allowedTransitions().size(), expectedAllowed().size());
        QCOMPARE(allOrderStates().size(), std::size_t(12));
    }

    void finalStatesCannotBeLeft()
    {
        for (const auto state : {OrderState::Closed, OrderState::Cancelled}) {
            QVERIFY(isFinal(state));
            for (const auto to : allOrderStates()) {
                const auto refusal = canTransition(state, to);
                QVERIFY(refusal.has_value());
                QVERIFY(refusal->find("final") != std::string::npos);
            }
        }
        QVERIFY(!isFinal(OrderState::Failed));
    }

    void refusalListsWhatIsPossible()
    {
        const auto refusal = canTransition(OrderState::Received, OrderState::Posted);
        QVERIFY(refusal.has_value());
        QVERIFY(refusal->find("validating, cancelled, failed") != std::string::npos);
    }

    void transitionRecordsWhoAndWhy()
    {
        const TimePoint at = fromEpochMs(1'790'000'000'000);
        const auto ok = transition(OrderState::Held, OrderState::Ready, at, "maria",
                                   "hold approved: customer called");
        QVERIFY(ok.allowed());
        QVERIFY(ok.transition->from == OrderState::Held);
        QVERIFY(ok.transition->to == OrderState::Ready);
        QCOMPARE(ok.transition->at, at);
        QCOMPARE(ok.transition->actor, std::string("maria"));
        QCOMPARE(ok.transition->cause, std::string("hold approved: customer called"));

        const auto refused = transition(OrderState::Held, OrderState::Posted, at, "maria", "x");
        QVERIFY(!refused.allowed());
        QVERIFY(!refused.refusal.empty());
    }

    void namesRoundTrip()
    {
        for (const auto state : allOrderStates())
            QVERIFY(orderStateFromString(toString(state)) == std::optional<OrderState>(state));
        QVERIFY(!orderStateFromString("shipping").has_value());
    }
};

QTEST_GUILESS_MAIN(TestOrderStateMachine)
#include "tst_orderstatemachine.moc"
