// The README's run command end to end: scripts/start-console.sh starts syncline-sim and the
// console hosting the demo configuration on a fresh directory; the console waits (--wait-for)
// until the simulated day has brought events, holds and a dead letter, saves a screenshot and
// exits, and the script stops the simulator. What the console's engine kept is then read back
// with `synclined holds` and `synclined deadletters`.

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString sourceDir = QStringLiteral(SYNCLINE_SOURCE_DIR);
const QString binaryDir = QStringLiteral(SYNCLINE_BINARY_DIR);

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString synclined(const QStringList &arguments)
{
    QProcess command;
    command.start(SYNCLINED_EXECUTABLE, arguments);
    if (!command.waitForFinished(30'000) || command.exitCode() != 0)
        return QStringLiteral("failed: ") + QString::fromUtf8(command.readAllStandardError());
    return QString::fromUtf8(command.readAllStandardOutput());
}

} // namespace

class TestDemoConsole : public QObject {
    Q_OBJECT

private slots:
    void runCommandShowsLiveFeedsHoldsAndDeadLetters();
    void refusesADirectoryItDidNotMake();
};

void TestDemoConsole::runCommandShowsLiveFeedsHoldsAndDeadLetters()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString demo = dir.filePath("demo");
    const QString screenshot = dir.filePath("console.png");

    QProcess script;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("SPEED", "2");
    env.insert("XDG_CONFIG_HOME", dir.filePath("config")); // the console's settings stay here
    script.setProcessEnvironment(env);
    script.setProcessChannelMode(QProcess::SeparateChannels);
    script.start(sourceDir + "/scripts/start-console.sh",
                 {binaryDir, "--data", demo, "--wait-for", "events=10,holds=3,deadletters=1",
                  "--timeout", "120", "--view", "dashboard", "--screenshot", screenshot});
    QVERIFY(script.waitForStarted());
    QVERIFY(script.waitForFinished(180'000));
    const QString out = QString::fromUtf8(script.readAllStandardOutput());
    const QString err = QString::fromUtf8(script.readAllStandardError());
    const QString log = readAll(demo + "/syncline-sim.log");
    const QString context = out + "\n" + err + "\n" + log;
    QVERIFY2(script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0,
             qPrintable(context));

    // The console listened on the ports it wrote for the simulator, and the day reached it.
    const auto ports =
        QRegularExpression(R"(^webhook=(\d+) admin=(\d+)$)", QRegularExpression::MultilineOption)
            .match(readAll(demo + "/console.ports"));
    QVERIFY2(ports.hasMatch(), qPrintable(context));
    QVERIFY(ports.captured(1).toInt() > 0 && ports.captured(2).toInt() > 0);
    const auto counts =
        QRegularExpression(R"(syncline: events=(\d+) holds=(\d+) deadletters=(\d+))").match(out);
    QVERIFY2(counts.hasMatch(), qPrintable(context));
    QVERIFY(counts.captured(1).toInt() >= 10);
    QVERIFY(counts.captured(2).toInt() >= 3);
    QVERIFY(counts.captured(3).toInt() >= 1);

    // Closing the console stopped the simulator.
    QVERIFY2(log.contains("syncline-sim: stopped"), qPrintable(context));

    const QImage image(screenshot);
    QVERIFY2(!image.isNull(), qPrintable(context));
    QVERIFY(image.width() > 400 && image.height() > 300);

    // What the console's engine kept: the orders the desk holds, with their reasons, and the
    // order without lines as a dead letter.
    const QString data = demo + "/data";
    const QString holds = synclined({"holds", "--data", data});
    for (const auto &[order, reason] :
         QList<std::pair<QString, QString>>{{"#1003", "reason=unknown_sku"},
                                            {"#1004", "reason=invalid_address"},
                                            {"#1005", "reason=payment_not_captured"}}) {
        const QRegularExpression entry(QRegularExpression::escape(order) + R"(\s+(\S+\s+)?)" +
                                       QRegularExpression::escape(reason));
        QVERIFY2(entry.match(holds).hasMatch(), qPrintable(order + " not held in:\n" + holds));
    }
    const QString letters = synclined({"deadletters", "--data", data});
    QVERIFY2(
        QRegularExpression(R"(#1006\s+stage=validate.*\n\s+.*no lines)").match(letters).hasMatch(),
        qPrintable(letters));
}

void TestDemoConsole::refusesADirectoryItDidNotMake()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile keep(dir.filePath("keep.txt"));
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.write("operator data");
    keep.close();

    QProcess script;
    script.start(sourceDir + "/scripts/start-console.sh", {binaryDir, "--data", dir.path()});
    QVERIFY(script.waitForFinished(30'000));
    QCOMPARE(script.exitCode(), 1);
    QVERIFY(QString::fromUtf8(script.readAllStandardError()).contains("not made by this script"));
    QCOMPARE(readAll(dir.filePath("keep.txt")), QString("operator data"));
}

QTEST_GUILESS_MAIN(TestDemoConsole)
#include "tst_democonsole.moc"
