// The Exceptions view over 100,000 held orders: how long the first paint, a filter and a sort on
// a text column take on the GUI thread, measured on the real main window with a real engine.
// The store is built once (through the engine, as orders that fail the address rule) and kept
// in the temporary directory, so later runs measure the view only.
#include "EngineBridge.h"
#include "MachineInfo.h"
#include "MainWindow.h"
#include "OperatorSession.h"
#include "engine/Engine.h"
#include "model/Json.h"
#include "models/HoldsModel.h"
#include "views/ExceptionsView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>

#include <boost/json.hpp>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <vector>

using namespace syncline;
using namespace syncline::ui;

namespace {

constexpr int Holds = 100'000;
constexpr int Repeats = 5;
// Held for its address; the messages and channels vary so that filters and sorts have work.
Event heldOrder(int i)
{
    model::Order o;
    o.orderNumber = "SO-" + std::to_string(1'000'000 + i);
    o.storefrontOrderId = "sf-" + o.orderNumber;
    o.channel = i % 3 == 0 ? "b2b" : "shop";
    o.customer = {"cust-" + std::to_string(i % 700),
                  "buyer" + std::to_string(i % 700) + "@example.com", "Buyer", "ACME"};
    const std::string postalCode = std::to_string(100 + (i * 7919) % 900);
    o.shippingAddress = {
        "Buyer " + std::to_string(i), "", "Hauptstr. 1", "", "Berlin", "", postalCode, "DE", ""};
    o.billingAddress = o.shippingAddress;
    o.lines.push_back({"1", "SKU-" + std::to_string(i % 200), 1, Decimal::fromInteger(10),
                       Decimal::fromInteger(2)});
    o.subtotal = Decimal::fromInteger(10);
    o.taxTotal = Decimal::fromInteger(2);
    o.total = o.subtotal + o.taxTotal;
    o.currency = "EUR";
    o.paymentState = model::PaymentState::Paid;
    Event e;
    e.idempotencyKey = "shop:" + o.orderNumber;
    e.sourceSystem = "shopify";
    e.connection = o.channel;
    e.domain = Domain::Order;
    e.type = "order.created";
    e.correlationId = o.orderNumber;
    e.payload = boost::json::serialize(boost::json::value_from(o));
    return e;
}

std::size_t activeHolds(Engine &engine)
{
    HoldQuery query;
    query.limit = 1'000'000'000;
    return engine.holds(query).get().size();
}

void fill(Engine &engine, std::size_t present)
{
    std::printf("building the store: %d held orders (once)...\n", Holds);
    std::fflush(stdout);
    std::mutex mutex;
    std::condition_variable done;
    int inFlight = 0;
    for (int i = int(present); i < Holds; ++i) {
        {
            std::unique_lock lock(mutex);
            done.wait(lock, [&] { return inFlight < 2000; });
            ++inFlight;
        }
        engine.ingest(heldOrder(i), [&](IngestResult) {
            std::lock_guard lock(mutex);
            --inFlight;
            done.notify_all();
        });
    }
    std::unique_lock lock(mutex);
    done.wait(lock, [&] { return inFlight == 0; });
    lock.unlock();
    engine.drain().get();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

template <typename F>
double timed(F work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const std::filesystem::path dir =
        argc > 1 ? std::filesystem::path(argv[1])
                 : std::filesystem::temp_directory_path() / "syncline-bench-exceptions";
    std::filesystem::create_directories(dir);
    EngineOptions options;
    options.dataDirectory = dir;
    options.startDelivery = false;
    auto engine = Engine::open(options);
    std::size_t present = activeHolds(*engine);
    if (present < std::size_t(Holds)) {
        QElapsedTimer build;
        build.start();
        fill(*engine, present);
        present = activeHolds(*engine);
        std::printf("store built in %.1f s\n", double(build.elapsed()) / 1000.0);
    }
    syncline::bench::printMachine();
    std::printf("store: %s, %zu active holds\n", dir.c_str(), present);

    EngineBridge bridge(*engine);
    OperatorSession session(QStringLiteral("bench"), domain::Role::Admin);
    QElapsedTimer load;
    load.start();
    MainWindow window(bridge, ViewRegistry::standard(), nullptr, &session);
    window.showView(QStringLiteral("exceptions"));
    window.show();
    auto *view = qobject_cast<ExceptionsView *>(window.view(QStringLiteral("exceptions")));
    while (view->holdsModel()->totalCount() < int(present))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const double loadMs = double(load.nsecsElapsed()) / 1e6;
    QTableView *table = view->holdsTable();

    // The first paint with every hold in the model, then repaints of the same.
    const double firstPaint = timed([&] { view->repaint(); });
    std::vector<double> paints;
    for (int i = 0; i < 20; ++i)
        paints.push_back(timed([&] { view->repaint(); }));

    std::vector<double> reasonFilter, textFilter, clearFilter, textSort, textSortBack;
    for (int r = 0; r < Repeats; ++r) {
        ExceptionFilter byConnection;
        byConnection.connection = QStringLiteral("b2b");
        reasonFilter.push_back(timed([&] {
            view->setFilter(byConnection);
            view->repaint();
        }));
        ExceptionFilter byText;
        byText.text = QStringLiteral("1000%1").arg(r * 7 + 3);
        textFilter.push_back(timed([&] {
            view->setFilter(byText);
            view->repaint();
        }));
        clearFilter.push_back(timed([&] {
            view->setFilter({});
            view->repaint();
        }));
        textSort.push_back(timed([&] {
            table->sortByColumn(HoldsModel::MessageColumn, Qt::AscendingOrder);
            view->repaint();
        }));
        textSortBack.push_back(timed([&] {
            table->sortByColumn(HoldsModel::OrderColumn, Qt::DescendingOrder);
            view->repaint();
        }));
    }
    std::printf("rows shown: %d of %d\n", view->holdsModel()->rowCount(),
                view->holdsModel()->totalCount());
    std::printf("load (engine query + model, off the GUI thread but for the model): %.1f ms\n",
                loadMs);
    std::printf("first paint (100k holds):        %.2f ms (target <= 16 ms)\n", firstPaint);
    std::printf("repaint, median of 20:           %.2f ms\n", median(paints));
    std::printf("filter by connection, median:    %.2f ms (target <= 100 ms)\n",
                median(reasonFilter));
    std::printf("filter by text, median:          %.2f ms (target <= 100 ms)\n",
                median(textFilter));
    std::printf("clear filter, median:            %.2f ms\n", median(clearFilter));
    std::printf("sort by problem text, median:    %.2f ms (target <= 1000 ms)\n", median(textSort));
    std::printf("sort by order number, median:    %.2f ms (target <= 1000 ms)\n",
                median(textSortBack));
    return 0;
}
