#include "store/Checkpointer.h"
#include "store/Database.h"

#include <QtTest>

#include <filesystem>
#include <string>

using namespace syncline;

class TestCheckpointer : public QObject {
    Q_OBJECT

private:
    static constexpr int PageSize = 4096;
    static constexpr int WalHeader = 32;
    static constexpr int FrameHeader = 24;

    static std::filesystem::path openWal(const QTemporaryDir &dir, store::Database *&db,
                                         std::unique_ptr<store::Database> &owner)
    {
        const std::filesystem::path file = dir.filePath("test.db").toStdString();
        owner = std::make_unique<store::Database>(file, store::Database::Mode::ReadWrite);
        db = owner.get();
        db->exec("PRAGMA page_size = 4096");
        db->exec("PRAGMA journal_mode = WAL");
        db->exec("PRAGMA synchronous = FULL");
        db->exec("CREATE TABLE rows(id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
        return file;
    }

    // One transaction of `rows` rows of about a page each: that many WAL frames and a few more.
    static void commitRows(store::Database &db, int first, int rows)
    {
        store::Transaction transaction(db);
        auto insert = db.prepare("INSERT INTO rows(id, body) VALUES (?, ?)");
        for (int i = first; i < first + rows; ++i) {
            insert.bind(1, std::int64_t(i)).bind(2, std::string(3000, char('a' + i % 26)));
            insert.run();
        }
        transaction.commit();
    }

    static std::int64_t count(const std::filesystem::path &file, const char *sql)
    {
        store::Database reader(file, store::Database::Mode::ReadOnly);
        auto s = reader.prepare(sql);
        s.step();
        return s.integer(0);
    }

private slots:
    // The automatic checkpoint is SQLite's wal hook: once attached, a WAL well past SQLite's own
    // default threshold (1000 frames) is left alone while it stays under ours.
    void replacesTheAutomaticCheckpoint()
    {
        QTemporaryDir dir;
        store::Database *db = nullptr;
        std::unique_ptr<store::Database> owner;
        const auto file = openWal(dir, db, owner);
        store::Checkpointer checkpointer(file, 100'000);
        checkpointer.attach(*db);
        for (int t = 0; t < 30; ++t) {
            commitRows(*db, t * 50, 50);
            checkpointer.afterCommit();
        }
        const auto walBytes = std::filesystem::file_size(file.string() + "-wal");
        QVERIFY(walBytes > std::uintmax_t(1500) * (PageSize + FrameHeader));
        QCOMPARE(checkpointer.stats().background, std::uint64_t(0));
        QCOMPARE(checkpointer.stats().onWriter, std::uint64_t(0));
    }

    // Past the threshold the thread copies the bulk, the writer finishes the pass, and the next
    // transaction starts the WAL over: the file stays near the threshold instead of growing with
    // every commit, and nothing committed is lost.
    void keepsTheWalBoundedAndTheDataWhole()
    {
        QTemporaryDir dir;
        store::Database *db = nullptr;
        std::unique_ptr<store::Database> owner;
        const auto file = openWal(dir, db, owner);
        constexpr int Threshold = 200;
        constexpr int RowsPerCommit = 20;
        constexpr int Commits = 100;
        store::Checkpointer checkpointer(file, Threshold);
        checkpointer.attach(*db);
        for (int t = 0; t < Commits; ++t) {
            commitRows(*db, t * RowsPerCommit, RowsPerCommit);
            checkpointer.afterCommit();
            // Let a requested pass finish, so that the bound below does not depend on timing.
            QTRY_VERIFY(!checkpointer.pending());
        }
        const auto stats = checkpointer.stats();
        QVERIFY(stats.background >= 2);
        QVERIFY(stats.onWriter >= 2);
        // Without passes the WAL would hold every commit: about Commits * RowsPerCommit frames.
        const auto walBytes = std::filesystem::file_size(file.string() + "-wal");
        QVERIFY2(walBytes <
                     std::uintmax_t(WalHeader) +
                         std::uintmax_t(Threshold + 6 * RowsPerCommit) * (PageSize + FrameHeader),
                 std::to_string(walBytes).c_str());
        checkpointer.stop();
        owner.reset(); // closes the last connection: SQLite folds the WAL into the file
        QVERIFY(!std::filesystem::exists(file.string() + "-wal"));
        QCOMPARE(count(file, "SELECT COUNT(*) FROM rows"), std::int64_t(Commits * RowsPerCommit));
        store::Database check(file, store::Database::Mode::ReadOnly);
        auto integrity = check.prepare("PRAGMA integrity_check");
        QVERIFY(integrity.step());
        QCOMPARE(integrity.text(0), std::string("ok"));
    }

    // A reader that keeps an old snapshot open holds the frames it needs: passes copy what they
    // may and neither fails nor loses anything; the reader still sees its snapshot.
    void readerHoldingASnapshotLosesNothing()
    {
        QTemporaryDir dir;
        store::Database *db = nullptr;
        std::unique_ptr<store::Database> owner;
        const auto file = openWal(dir, db, owner);
        store::Checkpointer checkpointer(file, 50);
        checkpointer.attach(*db);
        commitRows(*db, 0, 10);
        store::Database reader(file, store::Database::Mode::ReadOnly);
        store::Transaction snapshot(reader, false);
        auto seen = reader.prepare("SELECT COUNT(*) FROM rows");
        QVERIFY(seen.step());
        QCOMPARE(seen.integer(0), std::int64_t(10));
        seen.reset();
        for (int t = 1; t < 20; ++t) {
            commitRows(*db, t * 10, 10);
            checkpointer.afterCommit();
        }
        QTRY_VERIFY(checkpointer.stats().background >= 1);
        QVERIFY(seen.step());
        QCOMPARE(seen.integer(0), std::int64_t(10));
        seen.reset();
        snapshot.commit();
        QCOMPARE(count(file, "SELECT COUNT(*) FROM rows"), std::int64_t(200));
    }
};

QTEST_GUILESS_MAIN(TestCheckpointer)
#include "tst_checkpointer.moc"
