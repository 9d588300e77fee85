#pragma once

#include "client/HttpClient.h"
#include "model/Delivery.h"

#include <QtTest>

#include <boost/asio/io_context.hpp>

#include <functional>
#include <string>
#include <vector>

// Enums are compared as int: QTest::toString would find syncline::toString by ADL.

// Runs the io_context until every callback issued by `start` has run. The contract server has
// its own thread, so running the client's context here is all a test needs.
inline void runUntilIdle(boost::asio::io_context &io)
{
    io.restart();
    io.run();
}

// Delivers one batch and returns its outcomes, checking the DeliveryTarget contract: `done`
// called exactly once, with one outcome per delivery.
inline std::vector<syncline::DeliveryOutcome> deliverBatch(boost::asio::io_context &io,
                                                           syncline::DeliveryTarget &target,
                                                           std::vector<syncline::Delivery> batch)
{
    const auto size = batch.size();
    int calls = 0;
    std::vector<syncline::DeliveryOutcome> outcomes;
    target.deliver(std::move(batch), [&](std::vector<syncline::DeliveryOutcome> result) {
        ++calls;
        outcomes = std::move(result);
    });
    runUntilIdle(io);
    if (calls != 1 || outcomes.size() != size) {
        qWarning("done called %d times with %zu outcomes for %zu deliveries", calls,
                 outcomes.size(), size);
        return {};
    }
    return outcomes;
}
