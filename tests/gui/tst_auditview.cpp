#include "EngineBridge.h"
#include "MainWindow.h"
#include "OperatorSession.h"
#include "StoreTestSupport.h"
#include "engine/Engine.h"
#include "models/AuditCsv.h"
#include "models/AuditModel.h"
#include "store/Database.h"
#include "views/AuditView.h"
#include "views/DashboardView.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace syncline;
using namespace syncline::ui;

namespace {

constexpr std::int64_t StartMs = 1'790'000'040'000; // on a whole minute
const std::array<std::string, 3> Actors{"alice", "bob", "carol"};
const std::array<std::string, 2> Actions{"hold.approve", "dead_letter.resubmit"};

// Entry n (1-based) is by Actors[(n-1) % 3], does Actions[(n-1) % 2] on object "obj-<n % 10>".
// A short trail is written an entry at a time, a minute apart; a long one in one transaction,
// where every entry has the same time.
void writeTrail(const std::filesystem::path &directory, int count)
{
    ManualClock clock(fromEpochMs(StartMs));
    store::Store store(directory, clock, store::Store::CompletionExecutor{});
    auto append = [](store::Tx &tx, int n) {
        const std::string actor = Actors[std::size_t(n - 1) % Actors.size()];
        tx.appendAudit({Actor{actor, "manager"}, Actions[std::size_t(n - 1) % Actions.size()],
                        "hold", "obj-" + std::to_string(n % 10), R"({"qty":1})", R"({"qty":2})",
                        "entry " + std::to_string(n)});
    };
    if (count <= 100) {
        for (int n = 1; n <= count; ++n) {
            testing::writeAndWait(store, [&append, n](store::Tx &tx) { append(tx, n); });
            clock.advance(std::chrono::minutes(1));
        }
        return;
    }
    testing::writeAndWait(store, [&append, count](store::Tx &tx) {
        for (int n = 1; n <= count; ++n)
            append(tx, n);
    });
}

QDateTime entryTime(int n)
{
    return QDateTime::fromMSecsSinceEpoch(StartMs + std::int64_t(n - 1) * 60'000, Qt::UTC);
}

// The window with the view under test (and the dashboard, so it is not the only page), so
// that the test does not depend on every other view of the console.
ViewRegistry registryUnderTest()
{
    ViewRegistry registry;
    registry.add(DashboardView::descriptor());
    registry.add(AuditView::descriptor());
    return registry;
}

} // namespace

class TestAuditView : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> dir_;
    std::unique_ptr<Engine> engine_;
    std::unique_ptr<EngineBridge> bridge_;
    std::unique_ptr<OperatorSession> session_;
    std::unique_ptr<MainWindow> window_;
    AuditView *view_ = nullptr;
    std::unique_ptr<QAbstractItemModelTester> tester_;

    void open(int entries)
    {
        dir_ = std::make_unique<QTemporaryDir>();
        QVERIFY(dir_->isValid());
        writeTrail(dir_->path().toStdString(), entries);
        EngineOptions options;
        options.dataDirectory = dir_->path().toStdString();
        options.notifyInterval = Millis(50);
        engine_ = Engine::open(std::move(options));
        bridge_ = std::make_unique<EngineBridge>(*engine_, nullptr, std::chrono::milliseconds(50));
        session_ = std::make_unique<OperatorSession>(QStringLiteral("mia"), domain::Role::Manager);
        window_ =
            std::make_unique<MainWindow>(*bridge_, registryUnderTest(), nullptr, session_.get());
        window_->showView(QStringLiteral("audit"));
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        window_->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window_.get()));
        view_ = qobject_cast<AuditView *>(window_->view(QStringLiteral("audit")));
        QVERIFY(view_);
        tester_ = std::make_unique<QAbstractItemModelTester>(
            view_->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(!view_->model()->isLoading());
    }

    QString cell(int row, int column) const
    {
        return view_->model()->index(row, column).data().toString();
    }

private slots:
    void cleanup()
    {
        tester_.reset();
        window_.reset();
        session_.reset();
        bridge_.reset();
        engine_.reset();
        dir_.reset();
    }

    void firstPageThenMoreOnScroll()
    {
        open(1200);
        AuditModel *model = view_->model();
        // Whole pages in sequence order, not yet all of them (the model tester may have asked
        // for a second page already).
        QVERIFY(model->rowCount() >= AuditModel::PageSize && model->rowCount() < 1200);
        QCOMPARE(model->rowCount() % AuditModel::PageSize, 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->entryAt(row).sequence, std::int64_t(row + 1));
        QCOMPARE(cell(0, AuditModel::SequenceColumn), QStringLiteral("1"));
        QCOMPARE(cell(0, AuditModel::ActorColumn), QStringLiteral("alice"));
        QCOMPARE(cell(0, AuditModel::ReasonColumn), QStringLiteral("entry 1"));
        QVERIFY(model->canFetchMore({}));
        // Scrolling to the end asks for the next pages, until there are none.
        for (int pages = 2; pages <= 3; ++pages) {
            view_->table()->setFocus();
            QTest::keyClick(view_->table(), Qt::Key_End, Qt::ControlModifier);
            QTRY_VERIFY(model->rowCount() >= std::min(1200, pages * AuditModel::PageSize));
        }
        QTRY_VERIFY(model->atEnd());
        QVERIFY(!model->canFetchMore({}));
        QCOMPARE(cell(1199, AuditModel::SequenceColumn), QStringLiteral("1200"));
        QCOMPARE(view_->statusLabel()->text(), QStringLiteral("1200 entries"));
    }

    void filtersByActorActionObjectAndTime_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("object");
        QTest::addColumn<int>("fromEntry"); // 0: no lower bound
        QTest::addColumn<int>("toEntry");   // 0: no upper bound (exclusive)
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("actor") << "bob"
                               << ""
                               << "" << 0 << 0
                               << QList<qint64>{2, 5, 8, 11, 14, 17, 20, 23, 26, 29};
        QTest::newRow("action") << ""
                                << "hold.approve"
                                << "obj-5" << 0 << 0 << QList<qint64>{5, 15, 25};
        QTest::newRow("actor and action") << "carol"
                                          << "dead_letter.resubmit"
                                          << "" << 0 << 0 << QList<qint64>{6, 12, 18, 24, 30};
        QTest::newRow("time window") << ""
                                     << ""
                                     << "" << 10 << 14 << QList<qint64>{10, 11, 12, 13};
        QTest::newRow("actor in window") << "alice"
                                         << ""
                                         << "" << 10 << 20 << QList<qint64>{10, 13, 16, 19};
        QTest::newRow("nobody") << "mallory"
                                << ""
                                << "" << 0 << 0 << QList<qint64>{};
    }

    void filtersByActorActionObjectAndTime()
    {
        QFETCH(QString, actor);
        QFETCH(QString, action);
        QFETCH(QString, object);
        QFETCH(int, fromEntry);
        QFETCH(int, toEntry);
        QFETCH(QList<qint64>, expected);
        open(30);
        QCOMPARE(view_->model()->rowCount(), 30);

        QTest::keyClicks(view_->actionFilter(), action);
        QTest::keyClicks(view_->objectFilter(), object);
        if (fromEntry > 0) {
            view_->fromEnabled()->setChecked(true);
            view_->fromEdit()->setDateTime(entryTime(fromEntry));
        }
        if (toEntry > 0) {
            view_->toEnabled()->setChecked(true);
            view_->toEdit()->setDateTime(entryTime(toEntry));
        }
        // Typing the actor and pressing Enter applies every field.
        QTest::keyClicks(view_->actorFilter(), actor);
        QTest::keyClick(view_->actorFilter(), Qt::Key_Return);
        QTRY_VERIFY(!view_->model()->isLoading());
        QTRY_COMPARE(view_->model()->rowCount(), int(expected.size()));
        QList<qint64> shown;
        for (int row = 0; row < view_->model()->rowCount(); ++row)
            shown << view_->model()->index(row, 0).data(AuditModel::SequenceRole).toLongLong();
        QCOMPARE(shown, expected);

        // Clearing the filter shows everything again.
        QTest::keyClick(view_->table(), Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(view_->model()->rowCount(), 30);
        QVERIFY(view_->actorFilter()->text().isEmpty());
    }

    void sortsByTextColumnInTheStore()
    {
        open(30);
        QHeaderView *header = view_->table()->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(AuditModel::ActorColumn) + 5,
                                 header->height() / 2));
        QTRY_COMPARE(view_->model()->rowCount(), 30);
        QStringList actors;
        QList<qint64> sequences;
        for (int row = 0; row < 30; ++row) {
            actors << cell(row, AuditModel::ActorColumn);
            sequences << view_->model()->index(row, 0).data(AuditModel::SequenceRole).toLongLong();
        }
        QStringList sorted = actors;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(actors, sorted);
        QCOMPARE(actors.first(), QStringLiteral("alice"));
        QCOMPARE(actors.last(), QStringLiteral("carol"));
        // Ties keep sequence order.
        QCOMPARE(sequences.mid(0, 3), (QList<qint64>{1, 4, 7}));

        header->setSortIndicator(AuditModel::ActorColumn, Qt::DescendingOrder);
        QTRY_COMPARE(cell(0, AuditModel::ActorColumn), QStringLiteral("carol"));
        QTRY_COMPARE(view_->model()->rowCount(), 30);
        QCOMPARE(cell(29, AuditModel::ActorColumn), QStringLiteral("alice"));
    }

    void verifyReportsAnIntactChain()
    {
        open(40);
        QSignalSpy finished(view_, &AuditView::verificationFinished);
        view_->table()->setFocus();
        QTest::keyClick(view_->table(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(view_->verificationLabel()->isVisible());
        QCOMPARE(view_->verificationLabel()->text(),
                 QStringLiteral("The audit chain is intact: 40 entries verified."));
        QVERIFY(!view_->model()->markedSequence());
    }

    void verifyMarksAndSelectsATamperedEntry()
    {
        open(1500);
        // Filtered to alice, and only the first page loaded: the tampered entry is not shown.
        QTest::keyClicks(view_->actorFilter(), QStringLiteral("alice"));
        QTest::keyClick(view_->actorFilter(), Qt::Key_Return);
        QTRY_VERIFY(!view_->model()->isLoading());
        {
            // A second connection edits entry 1100 behind the engine's back.
            store::Database db(std::filesystem::path(dir_->path().toStdString()) /
                                   store::Store::FileName,
                               store::Database::Mode::ReadWrite);
            db.exec("UPDATE audit SET reason = 'nothing to see' WHERE seq = 1100");
        }
        QSignalSpy finished(view_, &AuditView::verificationFinished);
        view_->verifyAction()->trigger();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(view_->verificationLabel()->isVisible());
        QVERIFY2(view_->verificationLabel()->text().startsWith(
                     QStringLiteral("The audit chain is broken at entry #1100: ")),
                 qPrintable(view_->verificationLabel()->text()));
        QVERIFY(view_->verificationLabel()->text().contains(QStringLiteral("edited")));
        QCOMPARE(view_->model()->markedSequence(), std::optional<std::int64_t>(1100));

        // The whole trail is shown around the entry, which is selected and marked.
        QTRY_VERIFY(view_->table()->selectionModel()->currentIndex().isValid());
        const QModelIndex current = view_->table()->selectionModel()->currentIndex();
        QCOMPARE(current.data(AuditModel::SequenceRole).toLongLong(), qint64(1100));
        QCOMPARE(current.data(AuditModel::MarkedRole).toBool(), true);
        QVERIFY(
            current.siblingAtColumn(AuditModel::ActorColumn).data(Qt::BackgroundRole).isValid());
        QCOMPARE(current.siblingAtColumn(AuditModel::ReasonColumn).data().toString(),
                 QStringLiteral("nothing to see"));
        QVERIFY(view_->actorFilter()->text().isEmpty());
        QVERIFY(view_->details()->toPlainText().startsWith(
            QStringLiteral("THE AUDIT CHAIN IS BROKEN AT THIS ENTRY")));
        const QModelIndex neighbour = view_->model()->index(current.row() - 1, 0);
        QCOMPARE(neighbour.data(AuditModel::SequenceRole).toLongLong(), qint64(1099));
        QCOMPARE(neighbour.data(AuditModel::MarkedRole).toBool(), false);

        const QString path = QStringLiteral(SYNCLINE_BINARY_DIR "/screenshots/audit-tampered.png");
        QDir().mkpath(QFileInfo(path).absolutePath());
        QVERIFY(window_->grab().save(path));
    }

    void csvFieldsAreQuotedWhenNeeded_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "alice"
                               << "alice";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("comma") << "a,b"
                               << "\"a,b\"";
        QTest::newRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\"";
        QTest::newRow("newline") << "line1\nline2"
                                 << "\"line1\nline2\"";
        QTest::newRow("carriage return") << "a\rb"
                                         << "\"a\rb\"";
        QTest::newRow("edge space") << " padded"
                                    << "\" padded\"";
        QTest::newRow("unicode") << "Müller"
                                 << "Müller";
    }

    void csvFieldsAreQuotedWhenNeeded()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(csvField(value), expected);
    }

    void exportWritesTheFilteredEntries()
    {
        open(1200);
        // One entry whose reason needs every kind of quoting.
        {
            store::Database db(std::filesystem::path(dir_->path().toStdString()) /
                                   store::Store::FileName,
                               store::Database::Mode::ReadWrite);
            // Not part of the chain check here: only the export's quoting is looked at.
            db.exec("UPDATE audit SET reason = 'said \"hi\", then' || char(10) || 'left' "
                    "WHERE seq = 3");
        }
        QTest::keyClicks(view_->actorFilter(), QStringLiteral("carol"));
        QTest::keyClick(view_->actorFilter(), Qt::Key_Return);
        QTRY_VERIFY(!view_->model()->isLoading());
        QCOMPARE(view_->model()->rowCount(), 400);

        const QString path = dir_->filePath(QStringLiteral("audit.csv"));
        QSignalSpy finished(view_, &AuditView::exportFinished);
        view_->exportCsv(path);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(1).toLongLong(), qint64(400));
        QVERIFY2(finished.at(0).at(2).toString().isEmpty(),
                 qPrintable(finished.at(0).at(2).toString()));
        QCOMPARE(view_->statusLabel()->text(),
                 QStringLiteral("400 entries exported to %1.").arg(QDir::toNativeSeparators(path)));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QVERIFY(csv.startsWith(QStringLiteral(
            "sequence,time,actor,role,action,object_type,object_id,reason,before,after,"
            "previous_hash,hash\r\n")));
        // Entry 3 (carol) comes first, its reason quoted with the quotes doubled and the line
        // break kept inside the field.
        const auto trail = engine_->audit(AuditQuery{}).get();
        const AuditEntry &third = trail.at(2);
        const QString firstLine =
            QStringLiteral(
                "3,2026-09-21T14:14:00.000Z,carol,manager,hold.approve,hold,obj-3,"
                "\"said \"\"hi\"\", then\nleft\",\"{\"\"qty\"\":1}\",\"{\"\"qty\"\":2}\",%1,%2\r\n")
                .arg(QString::fromStdString(third.previousHash),
                     QString::fromStdString(third.hash));
        QCOMPARE(csv.mid(csv.indexOf(u'\n') + 1, firstLine.size()), firstLine);
        QVERIFY(csv.endsWith(QStringLiteral("\r\n")));
        // One record per carol entry: 1200 / 3, and nobody else's.
        QCOMPARE(csv.count(QStringLiteral(",carol,manager,")), 400);
        QVERIFY(!csv.contains(QStringLiteral(",alice,")));
        QVERIFY(csv.contains(QStringLiteral("\r\n1200,")));
    }

    void theConsoleListsTheView()
    {
        open(1);
        QStringList ids;
        const ViewRegistry console = ViewRegistry::standard();
        for (const ViewDescriptor &descriptor : console.views())
            ids << descriptor.id;
        QVERIFY(ids.contains(QStringLiteral("audit")));
        QCOMPARE(window_->viewIds(),
                 (QStringList{QStringLiteral("dashboard"), QStringLiteral("audit")}));
    }
};

QTEST_MAIN(TestAuditView)
#include "tst_auditview.moc"
