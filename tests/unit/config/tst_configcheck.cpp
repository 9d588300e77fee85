#include "Commands.h"

#include <QtTest>

#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace syncline::cli;

namespace {

const std::string fixtures = std::string(SYNCLINE_FIXTURES_DIR) + "/config/";
const std::string demoFile = std::string(SYNCLINE_SOURCE_DIR) + "/resources/demo/syncline.toml";
const char *const demoVariables[] = {"SYNCLINE_DEMO_SHOP_WEBHOOK_SECRET",
                                     "SYNCLINE_DEMO_SHOP_ACCESS_TOKEN",
                                     "SYNCLINE_DEMO_ERP_API_KEY"};
const std::string secretValue = "s3cr3t-Value-0123456789";

struct Run {
    int exitCode = -1;
    std::string out;
    std::string err;
};

Run check(const std::vector<std::string> &args)
{
    std::ostringstream out;
    std::ostringstream err;
    Run run;
    run.exitCode = configCheckCommand(args, CommandIo{out, err});
    run.out = out.str();
    run.err = err.str();
    return run;
}

void setDemoSecrets(bool set)
{
    for (const char *variable : demoVariables) {
        if (set)
            ::setenv(variable, secretValue.c_str(), 1);
        else
            ::unsetenv(variable);
    }
}

} // namespace

class TestConfigCheck : public QObject {
    Q_OBJECT

private slots:
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no file") << QStringList{};
        QTest::newRow("two files") << QStringList{"a.toml", "b.toml"};
        QTest::newRow("unknown option") << QStringList{"--fast", "a.toml"};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        std::vector<std::string> argv;
        for (const auto &arg : args)
            argv.push_back(arg.toStdString());
        const Run run = check(argv);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(QString::fromStdString(run.err).contains("usage: synclined config check"));
    }

    void helpIsNotAnError()
    {
        const Run run = check({"--help"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QString::fromStdString(run.out).contains("usage:"));
    }

    void demoIsValidWhenItsSecretsAreSet()
    {
        setDemoSecrets(true);
        const Run run = check({demoFile});
        setDemoSecrets(false);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, demoFile + ": ok (3 systems, 5 connections)\n");
        QCOMPARE(run.err, std::string());
    }

    void unresolvedSecretsAreReportedWithoutValues()
    {
        setDemoSecrets(true);
        ::unsetenv("SYNCLINE_DEMO_ERP_API_KEY");
        const Run run = check({demoFile});
        setDemoSecrets(false);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.empty());
        const QStringList lines = QString::fromStdString(run.err).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(
            QRegularExpression("^.*/syncline.toml:\\d+:\\d+: error: connection\\[2\\]\\.secret: "
                               "environment variable SYNCLINE_DEMO_ERP_API_KEY is not set$")
                .match(lines[0])
                .hasMatch(),
            qPrintable(lines[0]));
        QVERIFY(run.err.find(secretValue) == std::string::npos);
    }

    void skipSecretsChecksOnlyTheFile()
    {
        setDemoSecrets(false);
        const Run run = check({"--skip-secrets", demoFile});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QString::fromStdString(run.out).endsWith("ok (3 systems, 5 connections)\n"));
    }

    void invalidFileListsEveryError()
    {
        const std::string file = fixtures + "several-errors.toml";
        const Run run = check({file});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.empty());
        const QStringList lines = QString::fromStdString(run.err).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], QString::fromStdString(
                               file + ":4:14: error: engine.io_threads: must be between 1 and 64, "
                                      "found 0"));
        QVERIFY(lines[3].startsWith(QString::fromStdString(
            file + ":20:18: error: domain.order.latency_target: 'soon' is not a duration")));
    }

    void inlineSecretIsRefusedAndNotRepeated()
    {
        const std::string file = fixtures + "invalid/inline-secret.toml";
        const Run run = check({file});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(QString::fromStdString(run.err).contains(":13:10: error: connection[0].secret:"));
        QVERIFY(run.err.find("shpss_0123456789abcdef") == std::string::npos);
    }

    void warningsArePrintedButPass()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string file = dir.filePath("warn.toml").toStdString();
        std::ofstream(file) << "version = 1\n\n[engine]\nadmin_address = \"0.0.0.0\"\n";
        const Run run = check({file});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, file + ": ok (0 systems, 0 connections)\n");
        QVERIFY(QString::fromStdString(run.err).contains(
            QString::fromStdString(file + ":4:17: warning: engine.admin_address:")));
    }

    void missingFileIsNotAUsageError()
    {
        const Run run = check({fixtures + "does-not-exist.toml"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(
            QString::fromStdString(run.err).contains("does-not-exist.toml: error: no such file"));
    }
};

QTEST_GUILESS_MAIN(TestConfigCheck)
#include "tst_configcheck.moc"
