#include "util/Crypto.h"

#include <QtTest>

using namespace syncline;

class TestCrypto : public QObject {
    Q_OBJECT

private slots:
    // The third-party vector in tests/fixtures/hmac.md (Shopify-style webhook signature).
    void hmacMatchesPublishedVector()
    {
        const std::string body =
            R"({"id":1234567890,"email":"customer@example.com","total_price":"123.45"})";
        QCOMPARE(body.size(), std::size_t(71));
        QCOMPARE(QString::fromStdString(crypto::hmacSha256Base64("test-webhook-secret", body)),
                 QStringLiteral("QNyObTlKbMx2qDlPF/ZOZcBqg5OgPg+2oky3zldc0Gw="));
        QVERIFY(crypto::hmacSha256Base64("test-webhook-secret", body + "\n") !=
                crypto::hmacSha256Base64("test-webhook-secret", body));
    }

    void sha256OfEmptyInput()
    {
        QCOMPARE(
            QString::fromStdString(crypto::sha256Hex("")),
            QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void base64RoundTrip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one") << QByteArray("a");
        QTest::newRow("two") << QByteArray("ab");
        QTest::newRow("three") << QByteArray("abc");
        QTest::newRow("binary") << QByteArray::fromHex("00ff10e2");
    }

    void base64RoundTrip()
    {
        QFETCH(QByteArray, bytes);
        const std::string raw(bytes.constData(), static_cast<std::size_t>(bytes.size()));
        const std::string encoded = crypto::base64Encode(raw);
        QCOMPARE(QByteArray::fromStdString(encoded), bytes.toBase64());
        const auto decoded = crypto::base64Decode(encoded);
        QVERIFY(decoded.has_value());
        QCOMPARE(*decoded, raw);
    }

    void base64RejectsBadLength() { QVERIFY(!crypto::base64Decode("abc").has_value()); }

    void constantTimeEquals()
    {
        QVERIFY(crypto::constantTimeEquals("abc", "abc"));
        QVERIFY(!crypto::constantTimeEquals("abc", "abd"));
        QVERIFY(!crypto::constantTimeEquals("abc", "abcd"));
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
