// The audit view over a large trail: a store with a million audit entries (written in one
// transaction through the store's own append, so the hash chain is real), then the console on
// it. Prints the cold start of the main window, the first paint of the audit view, a filter, a
// text sort, resident memory, and the longest stall of the GUI thread while an engine thread
// ingests 5,000 events a second.
//
//   bench_audit [entries]      (default 1000000; runs offscreen unless QT_QPA_PLATFORM is set)
#include "EngineBridge.h"
#include "MachineInfo.h"
#include "MainWindow.h"
#include "OperatorSession.h"
#include "engine/Engine.h"
#include "model/Json.h"
#include "models/AuditModel.h"
#include "store/Store.h"
#include "views/AuditView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QPixmap>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <boost/json.hpp>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <future>
#include <iostream>
#include <string>
#include <thread>

using namespace syncline;
using namespace syncline::ui;

namespace {

constexpr int Actors = 50;
constexpr int IngestPerSecond = 5000;
constexpr int StallSeconds = 4;

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

long residentKb()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stol(line.substr(6));
    }
    return -1;
}

void writeTrail(const std::filesystem::path &directory, int count)
{
    const Clock &clock = SystemClock::instance();
    store::Store store(directory, clock, store::Store::CompletionExecutor{});
    std::promise<void> done;
    store.write(
        [count](store::Tx &tx) {
            static const std::array<std::string, 6> actions{
                "hold.approve",         "hold.fix",       "hold.reject", "hold.assign",
                "dead_letter.resubmit", "rejected.replay"};
            for (int n = 1; n <= count; ++n) {
                tx.appendAudit({Actor{"user-" + std::to_string(n % Actors), "operator"},
                                actions[std::size_t(n) % actions.size()], "hold",
                                "H-" + std::to_string(n % 100000), R"({"qty":1})", R"({"qty":2})",
                                "benchmark entry " + std::to_string(n)});
            }
        },
        [&done](std::exception_ptr error) {
            if (error)
                done.set_exception(error);
            else
                done.set_value();
        });
    done.get_future().get();
}

Event inventoryEvent(int n)
{
    model::InventoryLevel level;
    level.sku = "SKU-" + std::to_string(n % 5000);
    level.location = "WH1";
    level.onHand = n;
    level.available = n;
    level.asOf = SystemClock::instance().now();
    Event event;
    event.idempotencyKey = "bench:" + std::to_string(n);
    event.sourceSystem = "wms";
    event.connection = "wms-main";
    event.domain = Domain::Inventory;
    event.type = "inventory.level";
    event.occurredAt = level.asOf;
    event.correlationId = level.sku;
    event.payload = syncline::serialize(boost::json::value_from(level));
    return event;
}

// Runs the event loop until the model has a page in, or 30 s pass.
bool waitForPage(AuditModel *model, QSignalSpy &pages)
{
    QElapsedTimer timer;
    timer.start();
    while (pages.isEmpty() && timer.elapsed() < 30'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return !pages.isEmpty() && !model->isLoading();
}

// Time for the view to paint itself once with what it has.
double paintMs(QWidget *widget)
{
    QElapsedTimer timer;
    timer.start();
    const QPixmap pixmap = widget->grab();
    const double ms = msSince(timer);
    return pixmap.isNull() ? -1 : ms;
}

// Time from a reload of the model (`start`) until its first page is in.
double pageMs(AuditModel *model, const std::function<void()> &start)
{
    QSignalSpy pages(model, &AuditModel::pageLoaded);
    QElapsedTimer timer;
    timer.start();
    start();
    if (!waitForPage(model, pages))
        return -1;
    return msSince(timer);
}

struct Stall {
    double longestMs = 0;
    long ticks = 0;
    long events = 0;
};

// A 5 ms heartbeat on the GUI thread while another thread ingests at a steady rate: the
// longest gap between two ticks is the longest the GUI was unresponsive.
Stall measureStall(Engine &engine, int firstEvent)
{
    Stall stall;
    std::atomic<bool> stop{false};
    std::atomic<long> accepted{0};
    std::thread producer([&] {
        using namespace std::chrono;
        const auto start = steady_clock::now();
        int n = firstEvent;
        for (int tick = 0; !stop.load(); ++tick) {
            // 50 events every 10 ms.
            for (int i = 0; i < IngestPerSecond / 100; ++i)
                engine.ingest(inventoryEvent(n++), [&accepted](IngestResult) { ++accepted; });
            std::this_thread::sleep_until(start + milliseconds(10) * (tick + 1));
        }
    });
    QElapsedTimer sinceTick;
    QElapsedTimer total;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        if (stall.ticks > 0)
            stall.longestMs = std::max(stall.longestMs, msSince(sinceTick));
        sinceTick.restart();
        ++stall.ticks;
    });
    sinceTick.start();
    total.start();
    heartbeat.start();
    while (total.elapsed() < StallSeconds * 1000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    heartbeat.stop();
    stop = true;
    producer.join();
    engine.drain().get();
    stall.events = accepted.load();
    return stall;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int entries = argc > 1 ? std::max(1, std::atoi(argv[1])) : 1'000'000;
    bench::printMachine();

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::cerr << "no temporary directory\n";
        return 1;
    }
    const std::filesystem::path directory = dir.path().toStdString();
    QElapsedTimer timer;
    timer.start();
    writeTrail(directory, entries);
    std::printf("audit trail: %d entries written in %.0f ms (one transaction)\n", entries,
                msSince(timer));

    // Cold start: engine on the existing store, the main window built, shown and painted,
    // the audit view's first page in.
    timer.restart();
    EngineOptions options;
    options.dataDirectory = directory;
    auto engine = Engine::open(std::move(options));
    EngineBridge bridge(*engine);
    OperatorSession session(QStringLiteral("bench"), domain::Role::Admin);
    MainWindow window(bridge, ViewRegistry::standard(), nullptr, &session);
    auto *view = qobject_cast<AuditView *>(window.view(QStringLiteral("audit")));
    AuditModel *model = view->model();
    {
        QSignalSpy pages(model, &AuditModel::pageLoaded);
        window.show();
        window.grab();
        if (!waitForPage(model, pages)) {
            std::cerr << "the audit view never loaded\n";
            return 1;
        }
    }
    const double coldStart = msSince(timer);
    std::printf("cold start (engine open, window shown and painted, audit page in): %.1f ms "
                "(target <= 1500)\n",
                coldStart);

    window.showView(QStringLiteral("audit"));
    QCoreApplication::processEvents();
    const double firstPaint = paintMs(view);
    std::printf("audit view first paint (%d rows loaded): %.2f ms (target <= 16)\n",
                model->rowCount(), firstPaint);
    const double reloadMs = pageMs(model, [model] { model->reload(); });
    std::printf("audit view reload to first page: %.2f ms, then paint %.2f ms\n", reloadMs,
                paintMs(view));

    const double filterMs = pageMs(model, [view] {
        view->actorFilter()->setText(QStringLiteral("user-7"));
        view->applyFilter();
    });
    std::printf("filter actor = user-7 (%d rows in first page): %.2f ms + paint %.2f ms "
                "(target <= 100)\n",
                model->rowCount(), filterMs, paintMs(view));
    const double actionFilterMs = pageMs(model, [view] {
        view->actorFilter()->clear();
        view->actionFilter()->setText(QStringLiteral("hold.reject"));
        view->applyFilter();
    });
    std::printf("filter action = hold.reject (no index, %d rows): %.2f ms\n", model->rowCount(),
                actionFilterMs);
    pageMs(model, [view] { view->clearFilter(); });

    QHeaderView *header = view->table()->horizontalHeader();
    const double actorSort = pageMs(model, [header] {
        header->setSortIndicator(AuditModel::ActorColumn, Qt::DescendingOrder);
    });
    std::printf("text sort by actor, descending (indexed): %.2f ms + paint %.2f ms\n", actorSort,
                paintMs(view));
    const double reasonSort = pageMs(model, [header] {
        header->setSortIndicator(AuditModel::ReasonColumn, Qt::AscendingOrder);
    });
    std::printf("text sort by reason (no index, all %d entries sorted): %.2f ms + paint %.2f ms "
                "(target <= 1000)\n",
                entries, reasonSort, paintMs(view));
    const double scrollMs = pageMs(model, [model] { model->fetchMore({}); });
    std::printf("next page in that order (offset %d): %.2f ms\n", AuditModel::PageSize, scrollMs);
    pageMs(model,
           [header] { header->setSortIndicator(AuditModel::SequenceColumn, Qt::AscendingOrder); });

    std::printf("resident memory (VmRSS): %.1f MB (target <= 300)\n", residentKb() / 1024.0);

    window.showView(QStringLiteral("audit"));
    const Stall onAudit = measureStall(*engine, 0);
    std::printf("longest GUI stall, audit view shown, %d events/s for %d s (%ld ingested, %ld "
                "ticks): %.1f ms (target <= 50)\n",
                IngestPerSecond, StallSeconds, onAudit.events, onAudit.ticks, onAudit.longestMs);
    window.showView(QStringLiteral("feeds"));
    const Stall onFeeds = measureStall(*engine, 1'000'000);
    std::printf("longest GUI stall, feeds view shown, %d events/s for %d s (%ld ingested, %ld "
                "ticks): %.1f ms (target <= 50)\n",
                IngestPerSecond, StallSeconds, onFeeds.events, onFeeds.ticks, onFeeds.longestMs);
    std::printf("resident memory at the end (VmRSS): %.1f MB\n", residentKb() / 1024.0);
    bridge.waitForPendingResults();
    return 0;
}
