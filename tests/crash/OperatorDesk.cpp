#include "OperatorDesk.h"

#include <QRegularExpression>

#include <limits>

namespace syncline::crash {

namespace {

CliRun finishedRun(QProcess &process)
{
    return CliRun{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                  QString::fromUtf8(process.readAllStandardOutput()),
                  QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

CliRun synclined(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SYNCLINED_PATH), arguments);
    if (!process.waitForFinished(120'000))
        process.kill();
    process.waitForFinished(10'000);
    return finishedRun(process);
}

std::vector<HoldLine> parseHolds(const QString &listing)
{
    // "<id>  <created>  <order>  <channel>  reason=<code>  <status>[  owner=<who>]", then
    // indented lines with the message and the fix.
    static const QRegularExpression line(
        QStringLiteral(R"(^(\S+)  \S+  (.+?)  \S*  reason=(\S+)  (\S+))"),
        QRegularExpression::MultilineOption);
    std::vector<HoldLine> holds;
    auto it = line.globalMatch(listing);
    while (it.hasNext()) {
        const auto match = it.next();
        holds.push_back(
            {match.captured(1), match.captured(2), match.captured(3), match.captured(4)});
    }
    return holds;
}

OperatorDesk::OperatorDesk(QString dataPath, std::function<bool(const QString &)> rejects)
    : dataPath_(std::move(dataPath))
    , rejects_(std::move(rejects))
{}

OperatorDesk::~OperatorDesk()
{
    killInFlight();
}

QStringList OperatorDesk::listOpenHolds() const
{
    return {"holds", "--data", dataPath_, "--status", "open"};
}

void OperatorDesk::step(std::mt19937 &random, const QSet<QString> &orders)
{
    if (process_)
        return;
    if (queue_.empty()) {
        // A look at the desk is a query: it is not audited and counts for nothing.
        start(OperatorCommand{{}, {}, listOpenHolds()});
        QObject::connect(process_.get(), &QProcess::finished, process_.get(),
                         [this, &random, &orders] {
                             const CliRun run = finishedRun(*process_);
                             process_.release()->deleteLater();
                             ++looks_;
                             if (run.exitCode == 0)
                                 plan(run.out, holdsPerLook, &random, &orders);
                             else
                                 failures_ << "holds: " + run.err.trimmed();
                         });
        return;
    }
    OperatorCommand command = queue_.front();
    queue_.erase(queue_.begin());
    start(command);
    QObject::connect(process_.get(), &QProcess::finished, process_.get(), [this, command] {
        const CliRun run = finishedRun(*process_);
        process_.release()->deleteLater();
        settle(command, run);
    });
}

void OperatorDesk::start(OperatorCommand command)
{
    process_ = std::make_unique<QProcess>();
    if (!command.action.isEmpty())
        ++issued_;
    process_->start(QStringLiteral(SYNCLINED_PATH), command.arguments);
}

void OperatorDesk::plan(const QString &listing, int holds, std::mt19937 *random,
                        const QSet<QString> *orders)
{
    if (random && orders && !orders->isEmpty() &&
        std::uniform_int_distribution<int>(0, 2)(*random) == 0) {
        auto pick = orders->begin();
        std::advance(pick,
                     std::uniform_int_distribution<qsizetype>(0, orders->size() - 1)(*random));
        queue_.push_back(
            {"replay.dry_run",
             {},
             {"replay", "--data", dataPath_, "--entity", *pick, "--dry-run", "--actor", actor}});
    }
    for (const HoldLine &hold : parseHolds(listing)) {
        if (planned_.contains(hold.id))
            continue;
        if (holds-- <= 0)
            break;
        planned_.insert(hold.id);
        const QStringList common{"--data", dataPath_, "--hold", hold.id, "--actor", actor};
        queue_.push_back({"hold.note", hold.id,
                          QStringList{"hold", "note"} + common +
                              QStringList{"--reason", "tax checked against the storefront"}});
        if (rejects_(hold.orderNumber))
            queue_.push_back({"hold.reject", hold.id,
                              QStringList{"hold", "reject"} + common +
                                  QStringList{"--reason", "customer cancelled by phone"}});
        else
            queue_.push_back({"hold.approve", hold.id,
                              QStringList{"hold", "approve"} + common +
                                  QStringList{"--reason", "tax confirmed by the customer"}});
    }
}

void OperatorDesk::settle(const OperatorCommand &command, const CliRun &run)
{
    if (run.exitCode == 0)
        acknowledged_.push_back(command);
    else if (run.exitCode == -1)
        ++cutOff_;
    else
        failures_ << command.action + " " + command.objectId + ": " + run.err.trimmed();
}

void OperatorDesk::killInFlight()
{
    if (process_) {
        process_->disconnect();
        process_->kill(); // SIGKILL, like the engine next to it
        process_->waitForFinished(10'000);
        if (!process_->arguments().startsWith("holds"))
            ++cutOff_;
        process_.reset();
    }
    queue_.clear();
    planned_.clear();
}

int OperatorDesk::decideOpenHolds()
{
    killInFlight(); // nothing runs at this point; this only forgets the plan
    const CliRun listing = synclined(listOpenHolds());
    if (listing.exitCode != 0) {
        failures_ << "holds: " + listing.err.trimmed();
        return 0;
    }
    plan(listing.out, std::numeric_limits<int>::max(), nullptr, nullptr);
    const int open = int(planned_.size());
    while (!queue_.empty()) {
        const OperatorCommand command = queue_.front();
        queue_.erase(queue_.begin());
        ++issued_;
        settle(command, synclined(command.arguments));
    }
    planned_.clear();
    return open;
}

} // namespace syncline::crash
