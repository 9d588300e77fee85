#pragma once

#include <QFile>
#include <QString>

#include <string>

// Bytes of a file under tests/fixtures, exactly as stored.
inline std::string fixtureBytes(const QString &relativePath)
{
    QFile file(QStringLiteral(SYNCLINE_FIXTURES_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

inline std::string replaceAll(std::string text, const std::string &from, const std::string &to)
{
    std::size_t at = 0;
    while ((at = text.find(from, at)) != std::string::npos) {
        text.replace(at, from.size(), to);
        at += to.size();
    }
    return text;
}
