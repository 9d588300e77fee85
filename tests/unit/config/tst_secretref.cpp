#include "config/SecretRef.h"

#include <QtTest>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

using namespace syncline::config;

namespace {

const std::string secretValue = "s3cr3t-Value-0123456789";

std::string writeSecretFile(const QTemporaryDir &dir, const char *name, const std::string &content,
                            mode_t mode)
{
    const std::string path = dir.filePath(name).toStdString();
    std::ofstream(path, std::ios::binary) << content;
    ::chmod(path.c_str(), mode);
    return path;
}

} // namespace

class TestSecretRef : public QObject {
    Q_OBJECT

private slots:
    void parsesReferences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("target");
        QTest::newRow("env") << "env:SHOPIFY_SECRET" << int(SecretRef::Kind::Environment)
                             << "SHOPIFY_SECRET";
        QTest::newRow("env lower case")
            << "env:shop_secret_2" << int(SecretRef::Kind::Environment) << "shop_secret_2";
        QTest::newRow("absolute file") << "file:/etc/syncline/shop.key"
                                       << int(SecretRef::Kind::File) << "/etc/syncline/shop.key";
        QTest::newRow("relative file")
            << "file:keys/shop.key" << int(SecretRef::Kind::File) << "/srv/syncline/keys/shop.key";
    }
    void parsesReferences()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, target);
        std::string error;
        const auto ref = SecretRef::parse(text.toStdString(), error, "/srv/syncline");
        QVERIFY2(ref.has_value(), error.c_str());
        QCOMPARE(int(ref->kind()), kind);
        QCOMPARE(QString::fromStdString(ref->target()), target);
    }

    void refusesWhatIsNotAReference_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("inline value") << QString::fromStdString(secretValue) << "never inline";
        QTest::newRow("empty") << ""
                               << "never inline";
        QTest::newRow("env without name") << "env:"
                                          << "environment variable name";
        QTest::newRow("env name with digit first") << "env:1SECRET"
                                                   << "environment variable name";
        QTest::newRow("env value instead of name")
            << QString::fromStdString("env:" + secretValue) << "environment variable name";
        QTest::newRow("file without path") << "file:"
                                           << "path of the secret file";
        QTest::newRow("other scheme")
            << QString::fromStdString("vault:" + secretValue) << "never inline";
    }
    void refusesWhatIsNotAReference()
    {
        QFETCH(QString, text);
        QFETCH(QString, messagePart);
        std::string error;
        QVERIFY(!SecretRef::parse(text.toStdString(), error).has_value());
        QVERIFY2(QString::fromStdString(error).contains(messagePart), error.c_str());
        QVERIFY(error.find(secretValue) == std::string::npos);
    }

    void printsTheReferenceNeverTheValue()
    {
        const char *variable = "SYNCLINE_TEST_SECRETREF_PRINT";
        ::setenv(variable, secretValue.c_str(), 1);
        const SecretRef ref = SecretRef::environment(variable);
        std::ostringstream printed;
        printed << ref;
        QCOMPARE(printed.str(), std::string("env:SYNCLINE_TEST_SECRETREF_PRINT"));
        QCOMPARE(ref.toString(), printed.str());
        std::string error;
        QCOMPARE(ref.resolve(error).value_or(""), secretValue);
        QVERIFY(printed.str().find(secretValue) == std::string::npos);
        ::unsetenv(variable);
    }

    void resolvesEnvironmentVariables()
    {
        const char *variable = "SYNCLINE_TEST_SECRETREF_ENV";
        const SecretRef ref = SecretRef::environment(variable);
        std::string error;

        ::unsetenv(variable);
        QVERIFY(!ref.resolve(error).has_value());
        QCOMPARE(error, std::string("environment variable SYNCLINE_TEST_SECRETREF_ENV is not set"));

        ::setenv(variable, "", 1);
        QVERIFY(!ref.resolve(error).has_value());
        QVERIFY(QString::fromStdString(error).contains("is empty"));

        ::setenv(variable, secretValue.c_str(), 1);
        error.clear();
        QCOMPARE(ref.resolve(error).value_or(""), secretValue);
        QVERIFY(error.empty());
        ::unsetenv(variable);
    }

    void secretFilePermissions_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("0600") << 0600 << true;
        QTest::newRow("0400") << 0400 << true;
        QTest::newRow("0644") << 0644 << false;
        QTest::newRow("0640") << 0640 << false;
        QTest::newRow("0604") << 0604 << false;
        QTest::newRow("0620 group writable") << 0620 << false;
        QTest::newRow("0602 others writable") << 0602 << false;
    }
    void secretFilePermissions()
    {
        QFETCH(int, mode);
        QFETCH(bool, accepted);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto path = writeSecretFile(dir, "shop.key", secretValue + "\n", mode_t(mode));
        const SecretRef ref = SecretRef::file(path);
        std::string error;
        const auto value = ref.resolve(error);
        QCOMPARE(value.has_value(), accepted);
        if (accepted) {
            QCOMPARE(*value, secretValue); // the final newline is not part of the secret
        } else {
            const QString message = QString::fromStdString(error);
            QVERIFY2(message.contains(QString("mode 0%1").arg(mode, 0, 8)), error.c_str());
            QVERIFY(message.contains("chmod 600"));
            QVERIFY(message.contains(QString::fromStdString(path)));
            QVERIFY(error.find(secretValue) == std::string::npos);
        }
    }

    void unusableSecretFiles_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("missing") << "missing"
                                 << "cannot be read";
        QTest::newRow("directory") << "directory"
                                   << "not a regular file";
        QTest::newRow("empty") << "empty"
                               << "is empty";
        QTest::newRow("only a newline") << "newline"
                                        << "is empty";
    }
    void unusableSecretFiles()
    {
        QFETCH(QString, setup);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        std::string path = dir.filePath("secret").toStdString();
        if (setup == "directory")
            QVERIFY(QDir(dir.path()).mkdir("secret"));
        else if (setup == "empty")
            writeSecretFile(dir, "secret", "", 0600);
        else if (setup == "newline")
            writeSecretFile(dir, "secret", "\r\n", 0600);
        std::string error;
        QVERIFY(!SecretRef::file(path).resolve(error).has_value());
        QVERIFY2(QString::fromStdString(error).contains(messagePart), error.c_str());
    }

    void emptyReferenceResolvesToNothing()
    {
        const SecretRef none;
        QVERIFY(none.empty());
        QCOMPARE(none.toString(), std::string());
        std::string error;
        QVERIFY(!none.resolve(error).has_value());
        QVERIFY(!error.empty());
    }
};

QTEST_GUILESS_MAIN(TestSecretRef)
#include "tst_secretref.moc"
