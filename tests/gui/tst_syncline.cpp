#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

// Runs the console executable as an operator's shell would, on the offscreen platform.
class TestSynclineExecutable : public QObject {
    Q_OBJECT

private:
    // Settings go to the temporary directory, never to the user's configuration.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home_->filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home_->filePath(QStringLiteral("share")));
        env.insert(QStringLiteral("HOME"), home_->path());
        return env;
    }

    int run(const QStringList &arguments, QString *output = nullptr)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(SYNCLINE_EXECUTABLE), arguments);
        if (!process.waitForFinished(60'000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        if (output)
            *output = QString::fromLocal8Bit(process.readAllStandardOutput() +
                                             process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private slots:
    void init()
    {
        home_ = std::make_unique<QTemporaryDir>();
        QVERIFY(home_->isValid());
    }

    void cleanup() { home_.reset(); }

    void screenshotIsSavedOnceTheFirstSnapshotArrives()
    {
        const QString data = home_->filePath(QStringLiteral("store"));
        const QString shot = home_->filePath(QStringLiteral("console.png"));
        QString output;
        QCOMPARE(
            run({QStringLiteral("--data"), data, QStringLiteral("--screenshot"), shot}, &output),
            0);
        const QImage image(shot);
        QVERIFY2(!image.isNull(), qPrintable(output));
        QVERIFY(image.width() >= 800);
        QVERIFY(image.height() >= 500);
        QVERIFY(QFileInfo(data).isDir());

        // The data directory is remembered for the next start.
        const QSettings settings(home_->filePath(QStringLiteral("config/Syncline/syncline.conf")),
                                 QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("dataDirectory")).toString(), data);
    }

    void aDataDirectoryThatCannotBeOpenedExitsWithOne()
    {
        const QString file = home_->filePath(QStringLiteral("not-a-directory"));
        QFile blocker(file);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QString output;
        QCOMPARE(run({QStringLiteral("--data"), file, QStringLiteral("--screenshot"),
                      home_->filePath(QStringLiteral("never.png"))},
                     &output),
                 1);
        QVERIFY2(output.contains(QStringLiteral("Cannot open the data directory")),
                 qPrintable(output));
        QVERIFY(!QFile::exists(home_->filePath(QStringLiteral("never.png"))));
    }

    void anUnknownViewIsRefusedWithTheValidOnes()
    {
        QString output;
        QCOMPARE(run({QStringLiteral("--data"), home_->filePath(QStringLiteral("store")),
                      QStringLiteral("--view"), QStringLiteral("nonsense"),
                      QStringLiteral("--screenshot"), home_->filePath(QStringLiteral("x.png"))},
                     &output),
                 2);
        QVERIFY2(output.contains(QStringLiteral("Unknown view nonsense")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("dashboard, feeds")), qPrintable(output));
    }

    void aChosenViewCanBeCaptured()
    {
        const QString shot = home_->filePath(QStringLiteral("feeds.png"));
        QCOMPARE(run({QStringLiteral("--data"), home_->filePath(QStringLiteral("store")),
                      QStringLiteral("--view"), QStringLiteral("feeds"),
                      QStringLiteral("--screenshot"), shot}),
                 0);
        QVERIFY(!QImage(shot).isNull());
    }

    void versionIsPrinted()
    {
        QString output;
        QCOMPARE(run({QStringLiteral("--version")}, &output), 0);
        QVERIFY2(output.contains(QStringLiteral(SYNCLINE_VERSION)), qPrintable(output));
    }

    void optionsAreTranslated()
    {
        QString output;
        QCOMPARE(run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("de")},
                     &output),
                 0);
        QVERIFY2(output.contains(QStringLiteral("Datenverzeichnis")), qPrintable(output));
    }

private:
    std::unique_ptr<QTemporaryDir> home_;
};

QTEST_MAIN(TestSynclineExecutable)
#include "tst_syncline.moc"
