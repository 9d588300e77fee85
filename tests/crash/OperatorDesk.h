#pragma once

#include <QProcess>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <random>
#include <vector>

namespace syncline::crash {

// How one `synclined` command ended.
struct CliRun {
    int exitCode = -1; // -1: it crashed, was killed or did not finish
    QString out;
    QString err;
};

// Runs `synclined` with `arguments` and waits for it.
CliRun synclined(const QStringList &arguments);

// One operator command, named as its audit entry names it.
struct OperatorCommand {
    QString action;   // "hold.note", "hold.approve", "hold.reject", "replay.dry_run"
    QString objectId; // the hold; empty for a replay, whose id the engine makes up
    QStringList arguments;
};

// One line of `synclined holds`.
struct HoldLine {
    QString id;
    QString orderNumber;
    QString reasonCode;
    QString status;
};
std::vector<HoldLine> parseHolds(const QString &listing);

// An operator working the order desk through `synclined hold` and `synclined replay` next to the
// running engine: looks at the open holds, notes each one, then approves or rejects it, and now
// and then asks for a dry-run replay of an order. One command at a time, as a person works.
class OperatorDesk {
public:
    static constexpr const char *actor = "crash-operator";

    // `rejects` says which orders the operator rejects; the others are approved.
    OperatorDesk(QString dataPath, std::function<bool(const QString &orderNumber)> rejects);
    ~OperatorDesk();
    OperatorDesk(const OperatorDesk &) = delete;
    OperatorDesk &operator=(const OperatorDesk &) = delete;

    // Starts the next command unless one is running; it completes in the caller's event loop.
    // `orders` are orders the engine acknowledged, for the dry-run replays.
    void step(std::mt19937 &random, const QSet<QString> &orders);
    // The engine is being killed: the running command is killed with it, its outcome unknown.
    // What was planned is forgotten; the next look at the holds plans again from what is true.
    void killInFlight();
    // Notes and decides every open hold, waiting for each command (the engine is running).
    // Returns how many holds were open.
    int decideOpenHolds();

    // Commands that reported success: each must have its audit entry.
    const std::vector<OperatorCommand> &acknowledged() const { return acknowledged_; }
    int looks() const { return looks_; } // listings of the open holds
    int issued() const { return issued_; }
    int cutOff() const { return cutOff_; }
    // Commands the engine refused or that failed; none is expected.
    const QStringList &failures() const { return failures_; }

private:
    // Queues a note and a decision for each of the first `holds` open holds of the listing, and
    // now and then (with `random`) a dry-run replay of one of `orders` first.
    void plan(const QString &listing, int holds, std::mt19937 *random, const QSet<QString> *orders);
    // A few at a time, so that the operator looks again (and replays) while the engine runs.
    static constexpr int holdsPerLook = 4;
    void start(OperatorCommand command);
    void settle(const OperatorCommand &command, const CliRun &run);
    QStringList listOpenHolds() const;

    QString dataPath_;
    std::function<bool(const QString &)> rejects_;
    std::unique_ptr<QProcess> process_;
    std::vector<OperatorCommand> queue_;
    QSet<QString> planned_; // holds with commands queued
    std::vector<OperatorCommand> acknowledged_;
    int looks_ = 0;
    int issued_ = 0;
    int cutOff_ = 0;
    QStringList failures_;
};

} // namespace syncline::crash
