#include "FixtureFile.h"
#include "files/DropFolder.h"
#include "files/X12Reader.h"

#include <QTemporaryDir>
#include <QtTest>

#include <boost/asio/io_context.hpp>

#include <fstream>
#include <functional>
#include <set>
#include <thread>

using namespace syncline;
using namespace syncline::files;
namespace fs = std::filesystem;

namespace {

// Keeps what the drop folder hands over; commits at once or when told to.
class RecordingSink final : public InboundSink {
public:
    void ingest(Event event, std::function<void(IngestResult)> done) override
    {
        std::lock_guard lock(mutex_);
        IngestResult result;
        result.status = keys_.insert(event.idempotencyKey).second ? IngestResult::Status::Accepted
                                                                  : IngestResult::Status::Duplicate;
        result.eventId = event.eventId;
        if (event.correlationId == refuseCorrelation) {
            result.status = IngestResult::Status::Rejected;
            result.message = "no such SKU in the catalogue";
        }
        events.push_back(std::move(event));
        commitOrHold([done, result] { done(result); });
    }

    void recordRejected(RejectedInput input, std::function<void(std::int64_t)> done) override
    {
        std::lock_guard lock(mutex_);
        rejected.push_back(std::move(input));
        const auto id = static_cast<std::int64_t>(rejected.size());
        commitOrHold([done, id] { done(id); });
    }

    void commitHeld()
    {
        std::vector<std::function<void()>> held;
        {
            std::lock_guard lock(mutex_);
            held.swap(held_);
        }
        for (auto &commit : held)
            commit();
    }

    std::size_t accepted() const
    {
        std::lock_guard lock(mutex_);
        return keys_.size();
    }

    bool holdCommits = false;
    std::string refuseCorrelation;
    std::vector<Event> events;
    std::vector<RejectedInput> rejected;

private:
    void commitOrHold(std::function<void()> commit)
    {
        if (holdCommits)
            held_.push_back(std::move(commit));
        else
            commit();
    }

    mutable std::mutex mutex_;
    std::set<std::string> keys_;
    std::vector<std::function<void()>> held_;
};

void writeFile(const fs::path &path, const std::string &bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::string readFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::vector<std::string> namesIn(const fs::path &directory)
{
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto &entry : fs::directory_iterator(directory, ec))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

struct Folders {
    QTemporaryDir root;
    fs::path inbox, archive, quarantine, outbox;

    Folders()
    {
        const fs::path base = root.path().toStdString();
        inbox = base / "inbox";
        archive = base / "archive";
        quarantine = base / "quarantine";
        outbox = base / "outbox";
        fs::create_directories(inbox);
    }

    DropFolderOptions options(FileFormat format) const
    {
        DropFolderOptions options;
        options.inbox = inbox;
        options.archive = archive;
        options.quarantine = quarantine;
        options.connection = "wms-main";
        options.format = format;
        options.pollInterval = std::chrono::milliseconds(5);
        options.firstAcknowledgementControlNumber = 501;
        return options;
    }
};

} // namespace

class TestDropFolder : public QObject {
    Q_OBJECT

private slots:
    void ignoredNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ignored");
        QTest::newRow("csv") << "stock.csv" << false;
        QTest::newRow("edi") << "850.edi" << false;
        QTest::newRow("dotfile") << ".stock.csv" << true;
        QTest::newRow("tmp") << "stock.csv.tmp" << true;
        QTest::newRow("part") << "stock.csv.part" << true;
        QTest::newRow("partial upper case") << "STOCK.CSV.PARTIAL" << true;
        QTest::newRow("reason file") << "stock.csv.reason.txt" << true;
    }

    void ignoredNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, ignored);
        QCOMPARE(DropFolder::isIgnoredName(name.toStdString()), ignored);
    }

    void partialFileIsNotPickedRenamedFileIs()
    {
        Folders folders;
        boost::asio::io_context io;
        RecordingSink sink;
        DropFolder folder(io, folders.options(FileFormat::Csv), sink);

        writeFile(folders.inbox / "snapshot.csv.part", fixtureBytes("csv/inventory_snapshot.csv"));
        writeFile(folders.inbox / ".snapshot.csv", fixtureBytes("csv/inventory_snapshot.csv"));
        QCOMPARE(folder.scanOnce(), std::size_t(0));
        QCOMPARE(folder.scanOnce(), std::size_t(0));
        QCOMPARE(folder.scanOnce(), std::size_t(0));
        QVERIFY(sink.events.empty());

        fs::rename(folders.inbox / "snapshot.csv.part", folders.inbox / "snapshot.csv");
        QCOMPARE(folder.scanOnce(), std::size_t(0)); // seen once: not yet known to be complete
        QCOMPARE(folder.scanOnce(), std::size_t(1));
        QCOMPARE(sink.events.size(), std::size_t(4));
        QVERIFY(sink.rejected.empty());
        QCOMPARE(namesIn(folders.inbox), std::vector<std::string>{".snapshot.csv"});
        const auto archived = namesIn(folders.archive);
        QCOMPARE(archived.size(), std::size_t(1)); // no reason file for a clean file
        QVERIFY(archived[0].ends_with("_snapshot.csv"));
        QCOMPARE(readFile(folders.archive / archived[0]),
                 fixtureBytes("csv/inventory_snapshot.csv"));
        QCOMPARE(folder.scanOnce(), std::size_t(0));
    }

    void growingFileWaitsUntilStable()
    {
        Folders folders;
        boost::asio::io_context io;
        RecordingSink sink;
        DropFolder folder(io, folders.options(FileFormat::Csv), sink);
        const auto path = folders.inbox / "stock.csv";
        writeFile(path, "sku,location,on_hand\r\nA,WH1,1\r\n");
        QCOMPARE(folder.scanOnce(), std::size_t(0));
        {
            std::ofstream out(path, std::ios::binary | std::ios::app);
            out << "B,WH1,2\r\n";
        }
        QCOMPARE(folder.scanOnce(), std::size_t(0)); // size changed since the previous scan
        QCOMPARE(folder.scanOnce(), std::size_t(1));
        QCOMPARE(sink.events.size(), std::size_t(2));
    }

    void archivedOnlyAfterEveryCommit()
    {
        Folders folders;
        boost::asio::io_context io;
        RecordingSink sink;
        sink.holdCommits = true;
        DropFolder folder(io, folders.options(FileFormat::Csv), sink);
        writeFile(folders.inbox / "bad.csv", fixtureBytes("csv/inventory_bad_rows.csv"));
        folder.scanOnce();
        QCOMPARE(folder.scanOnce(), std::size_t(1));
        QCOMPARE(folder.inFlight(), std::size_t(1));
        QCOMPARE(namesIn(folders.inbox), std::vector<std::string>{"bad.csv"});
        QCOMPARE(folder.scanOnce(), std::size_t(0)); // in flight: not taken twice
        QCOMPARE(folder.scanOnce(), std::size_t(0));
        QVERIFY(namesIn(folders.archive).empty());
        // Commits arrive on the engine's thread, not the one that scanned.
        std::thread engine([&] { sink.commitHeld(); });
        engine.join();
        QCOMPARE(folder.inFlight(), std::size_t(0));
        QVERIFY(namesIn(folders.inbox).empty());
        QCOMPARE(namesIn(folders.archive).size(), std::size_t(2));
    }

    // Every good row ingested exactly once, every bad row recorded, the file archived with a
    // reason file listing the bad rows.
    void nothingIsLostFromAPartlyBadFile()
    {
        Folders folders;
        boost::asio::io_context io;
        RecordingSink sink;
        DropFolder folder(io, folders.options(FileFormat::Csv), sink);
        const auto bytes = fixtureBytes("csv/inventory_bad_rows.csv");
        writeFile(folders.inbox / "bad.csv", bytes);
        folder.scanOnce();
        QCOMPARE(folder.scanOnce(), std::size_t(1));

        std::vector<std::string> skus;
        for (const auto &event : sink.events)
            skus.push_back(event.correlationId);
        QCOMPARE(skus, (std::vector<std::string>{"GOOD-1", "GOOD-2", "GOOD-3"}));
        QCOMPARE(sink.accepted(), std::size_t(3));

        std::vector<std::string> paths;
        for (const auto &input : sink.rejected) {
            paths.push_back(input.path);
            QCOMPARE(input.channel, std::string("file"));
            QCOMPARE(input.connection, std::string("wms-main"));
            QVERIFY(input.reason.find("column") != std::string::npos);
            QVERIFY(input.body.starts_with("sku,location,on_hand,reserved\r\n"));
            QCOMPARE(input.bodySize, std::int64_t(input.body.size()));
            QCOMPARE(input.bodySha256.size(), std::size_t(64));
        }
        QCOMPARE(paths, (std::vector<std::string>{"bad.csv:3", "bad.csv:4", "bad.csv:6",
                                                  "bad.csv:7", "bad.csv:8", "bad.csv:9"}));
        QCOMPARE(sink.rejected[0].reason,
                 std::string("line 3, column 3 (on_hand): \"-5\" is not a non-negative integer"));
        // 3 ingested + 6 recorded = the 9 data rows of the file.
        QCOMPARE(skus.size() + paths.size(), std::size_t(9));

        const auto archived = namesIn(folders.archive);
        QCOMPARE(archived.size(), std::size_t(2));
        QVERIFY(archived[0].ends_with("_bad.csv"));
        QCOMPARE(archived[1], archived[0] + ".reason.txt");
        QCOMPARE(readFile(folders.archive / archived[0]), bytes);
        const auto reason = readFile(folders.archive / archived[1]);
        QVERIFY(reason.find("refused records (6):") != std::string::npos);
        QVERIFY(reason.find("line 7, column 3 (on_hand): missing (the row has 2 columns)") !=
                std::string::npos);

        // The same file again: the engine sees the same keys and dedupes.
        writeFile(folders.inbox / "bad.csv", bytes);
        folder.scanOnce();
        QCOMPARE(folder.scanOnce(), std::size_t(1));
        QCOMPARE(sink.events.size(), std::size_t(6));
        QCOMPARE(sink.accepted(), std::size_t(3));
    }

    void refusedFileGoesToQuarantine()
    {
        Folders folders;
        boost::asio::io_context io;
        RecordingSink sink;
        auto options = folders.options(FileFormat::Csv);
        options.csv.header = CsvOptions::Header::Present;
        options.csv.columns = {{"on_hand", "Qty"}};
        DropFolder folder(io, options, sink);
        const auto bytes = fixtureBytes("csv/inventory_snapshot.csv");
        writeFile(folders.inbox / "snapshot.csv", bytes);
        folder.scanOnce();
        QCOMPARE(folder.scanOnce(), std::size_t(1));
        QVERIFY(sink.events.empty());
        QCOMPARE(sink.rejected.size(), std::size_t(1));
        const auto &input = sink.rejected[0];
        QCOMPARE(input.path, std::string("snapshot.csv"));
        QCOMPARE(input.body, bytes);
        QVERIFY(input.reason.starts_with("line 1: the header has no column \"Qty\""));
        QVERIFY(namesIn(folders.archive).empty());
        const auto quarantined = namesIn(folders.quarantine);
        QCOMPARE(quarantined.size(), std::size_t(2));
        QCOMPARE(quarantined[1], quarantined[0] + ".reason.txt");
        QVERIFY(readFile(folders.quarantine / quarantined[1]).find(input.reason) !=
                std::string::npos);
    }

    void sameNameFilesNeverCollide()
    {
        Folders folders;
        boost::asio::io_context io;
        RecordingSink sink;
        ManualClock clock;
        auto options = folders.options(FileFormat::Csv);
        options.clock = &clock;
        DropFolder folder(io, options, sink);
        for (int round = 0; round < 3; ++round) {
            writeFile(folders.inbox / "stock.csv",
                      "sku,location,on_hand\nA,WH1," + std::to_string(round) + "\n");
            folder.scanOnce();
            QCOMPARE(folder.scanOnce(), std::size_t(1));
        }
        const auto archived = namesIn(folders.archive);
        QCOMPARE(archived.size(), std::size_t(3));
        QCOMPARE(std::set<std::string>(archived.begin(), archived.end()).size(), std::size_t(3));
        QCOMPARE(sink.events.size(), std::size_t(3));
    }

    void x12IsAcknowledged_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("events");
        QTest::addColumn<QStringList>("rejectedPaths");
        QTest::addColumn<bool>("quarantined");
        QTest::addColumn<QString>("ak9");

        QTest::newRow("good order") << "850.edi" << 1 << QStringList{} << false << "AK9*A*1*1*1";
        QTest::newRow("unsupported sets")
            << "AckTest.edi" << 0
            << QStringList{"AckTest.edi:segment 3", "AckTest.edi:segment 12",
                           "AckTest.edi:segment 23"}
            << false << "AK9*R*2*2*0";
        QTest::newRow("segment count")
            << "940_Failed_SE01.edi" << 0 << QStringList{"940_Failed_SE01.edi"} << true
            << "AK9*R*1*1*0";
        QTest::newRow("not EDI") << "NonEdi.edi" << 0 << QStringList{"NonEdi.edi"} << true << "";
    }

    void x12IsAcknowledged()
    {
        QFETCH(QString, file);
        QFETCH(int, events);
        QFETCH(QStringList, rejectedPaths);
        QFETCH(bool, quarantined);
        QFETCH(QString, ak9);

        Folders folders;
        boost::asio::io_context io;
        RecordingSink sink;
        DropFolder folder(io, folders.options(FileFormat::X12), sink);
        const auto bytes = fixtureBytes("x12/" + file);
        writeFile(folders.inbox / file.toStdString(), bytes);
        folder.scanOnce();
        QCOMPARE(folder.scanOnce(), std::size_t(1));
        QCOMPARE(int(sink.events.size()), events);
        QStringList paths;
        for (const auto &input : sink.rejected)
            paths << QString::fromStdString(input.path);
        QCOMPARE(paths, rejectedPaths);
        const auto &kept = quarantined ? folders.quarantine : folders.archive;
        const auto names = namesIn(kept);
        QVERIFY(!names.empty());
        QCOMPARE(readFile(kept / names[0]), bytes);
        QCOMPARE(names.size(), std::size_t(rejectedPaths.isEmpty() ? 1 : 2));

        // Refused sets are recorded inside their own envelope: readable and replayable alone.
        if (!quarantined)
            for (const auto &input : sink.rejected) {
                const auto alone = parseX12Structure(input.body);
                QVERIFY(!alone.result.fatal);
                QVERIFY(alone.result.errors.empty());
                QVERIFY(input.reason.find("unsupported transaction set 940") != std::string::npos);
            }

        const auto acks = namesIn(folders.outbox);
        if (ak9.isEmpty()) {
            QVERIFY(acks.empty());
            return;
        }
        QCOMPARE(acks.size(), std::size_t(1));
        QVERIFY(acks[0].starts_with("997_501_for_"));
        const auto ack = parseX12Structure(readFile(folders.outbox / acks[0]));
        QVERIFY(ack.result.errors.empty());
        QCOMPARE(ack.interchange->controlNumber(), std::string("000000501"));
        std::string firstAk9;
        for (const auto &segment : ack.interchange->groups[0].sets[0].segments)
            if (segment.id == "AK9") {
                for (std::size_t i = 0; i < segment.elements.size(); ++i)
                    firstAk9 += (i ? "*" : "") + segment.elements[i];
            }
        QCOMPARE(QString::fromStdString(firstAk9), ak9);
    }

    void acknowledgementsGoWhereConfigured()
    {
        Folders folders;
        boost::asio::io_context io;
        RecordingSink sink;
        auto options = folders.options(FileFormat::X12);
        options.outbox = folders.inbox.parent_path() / "to-partner";
        DropFolder folder(io, options, sink);
        writeFile(folders.inbox / "855.edi", fixtureBytes("x12/855.edi"));
        folder.scanOnce();
        QCOMPARE(folder.scanOnce(), std::size_t(1));
        QCOMPARE(namesIn(options.outbox).size(), std::size_t(1));
        QVERIFY(!fs::exists(folders.outbox));

        options.writeAcknowledgements = false;
        DropFolder silent(io, options, sink);
        writeFile(folders.inbox / "856.edi", fixtureBytes("x12/856.edi"));
        silent.scanOnce();
        QCOMPARE(silent.scanOnce(), std::size_t(1));
        QCOMPARE(namesIn(options.outbox).size(), std::size_t(1));
        QCOMPARE(sink.events.size(), std::size_t(2));
    }

    void eventsRefusedByTheEngineAreNoted()
    {
        Folders folders;
        boost::asio::io_context io;
        RecordingSink sink;
        sink.refuseCorrelation = "WID-002";
        DropFolder folder(io, folders.options(FileFormat::Csv), sink);
        writeFile(folders.inbox / "snapshot.csv", fixtureBytes("csv/inventory_snapshot.csv"));
        folder.scanOnce();
        QCOMPARE(folder.scanOnce(), std::size_t(1));
        const auto archived = namesIn(folders.archive);
        QCOMPARE(archived.size(), std::size_t(2));
        const auto reason = readFile(folders.archive / archived[1]);
        QVERIFY(reason.find("refused by the engine: no such SKU in the catalogue") !=
                std::string::npos);
    }

    void pollsWhileStarted()
    {
        Folders folders;
        boost::asio::io_context io;
        RecordingSink sink;
        DropFolder folder(io, folders.options(FileFormat::Csv), sink);
        folder.start();
        writeFile(folders.inbox / "stock.csv", "sku,location,on_hand\nA,WH1,1\n");
        // Bounded only so that a broken poll loop fails instead of hanging.
        for (int i = 0; i < 2000 && sink.events.empty(); ++i)
            io.run_one_for(std::chrono::milliseconds(50));
        QCOMPARE(sink.events.size(), std::size_t(1));
        folder.stop();
        io.run_for(std::chrono::milliseconds(20));
        writeFile(folders.inbox / "later.csv", "sku,location,on_hand\nB,WH1,1\n");
        io.restart();
        io.run_for(std::chrono::milliseconds(50));
        QCOMPARE(sink.events.size(), std::size_t(1)); // stopped: nothing more is picked up
    }
};

QTEST_GUILESS_MAIN(TestDropFolder)
#include "tst_dropfolder.moc"
