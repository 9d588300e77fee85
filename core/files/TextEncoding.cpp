#include "files/TextEncoding.h"

#include <array>
#include <cctype>
#include <cstdint>

namespace syncline::files {

namespace {

// Windows-1252 0x80..0x9F. The five unassigned bytes map to the C1 controls of the same value,
// as the WHATWG encoding standard does, so that no byte is lost.
constexpr std::array<char32_t, 32> kWindows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

std::string normalizedName(std::string_view name)
{
    std::string out;
    for (const char c : name) {
        if (c == '-' || c == '_' || c == ' ')
            continue;
        out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    return out;
}

} // namespace

std::optional<TextEncoding> textEncodingFromName(std::string_view name)
{
    const auto n = normalizedName(name);
    if (n == "utf8" || n.empty())
        return TextEncoding::Utf8;
    if (n == "windows1252" || n == "cp1252")
        return TextEncoding::Windows1252;
    if (n == "iso88591" || n == "latin1")
        return TextEncoding::Latin1;
    if (n == "utf16le" || n == "utf16")
        return TextEncoding::Utf16LE;
    if (n == "utf16be")
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

std::string windows1252ToUtf8(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x80 && b <= 0x9F)
            appendUtf8(out, kWindows1252High[b - 0x80]);
        else
            appendUtf8(out, b);
    }
    return out;
}

std::string latin1ToUtf8(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (const char c : bytes)
        appendUtf8(out, static_cast<unsigned char>(c));
    return out;
}

std::optional<std::string> utf16ToUtf8(std::string_view bytes, bool bigEndian, DecodeError *error)
{
    auto fail = [&](std::size_t offset, std::string message) -> std::optional<std::string> {
        if (error)
            *error = DecodeError{offset, std::move(message)};
        return std::nullopt;
    };
    if (bytes.size() % 2 != 0)
        return fail(bytes.size() - 1, "UTF-16 text has an odd number of bytes");
    auto unitAt = [&](std::size_t i) -> char16_t {
        const auto a = static_cast<unsigned char>(bytes[i]);
        const auto b = static_cast<unsigned char>(bytes[i + 1]);
        return static_cast<char16_t>(bigEndian ? (a << 8) | b : (b << 8) | a);
    };
    std::string out;
    out.reserve(bytes.size() / 2);
    for (std::size_t i = 0; i < bytes.size(); i += 2) {
        const char16_t unit = unitAt(i);
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            if (i + 3 >= bytes.size())
                return fail(i, "unpaired UTF-16 high surrogate");
            const char16_t low = unitAt(i + 2);
            if (low < 0xDC00 || low > 0xDFFF)
                return fail(i, "unpaired UTF-16 high surrogate");
            appendUtf8(out, 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00));
            i += 2;
        } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
            return fail(i, "unpaired UTF-16 low surrogate");
        } else {
            appendUtf8(out, unit);
        }
    }
    return out;
}

std::optional<std::size_t> firstInvalidUtf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        char32_t cp = 0;
        char32_t minimum = 0;
        if ((b & 0xE0) == 0xC0) {
            length = 2, cp = b & 0x1F, minimum = 0x80;
        } else if ((b & 0xF0) == 0xE0) {
            length = 3, cp = b & 0x0F, minimum = 0x800;
        } else if ((b & 0xF8) == 0xF0) {
            length = 4, cp = b & 0x07, minimum = 0x10000;
        } else {
            return i;
        }
        if (i + length > text.size())
            return i;
        for (std::size_t k = 1; k < length; ++k) {
            const auto c = static_cast<unsigned char>(text[i + k]);
            if ((c & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (c & 0x3F);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += length;
    }
    return std::nullopt;
}

std::optional<DecodedText> decodeToUtf8(std::string_view bytes, TextEncoding fallback,
                                        DecodeError *error)
{
    DecodedText decoded;
    auto startsWith = [&](std::string_view prefix) {
        return bytes.substr(0, prefix.size()) == prefix;
    };
    TextEncoding encoding = fallback;
    if (startsWith("\xEF\xBB\xBF")) {
        encoding = TextEncoding::Utf8;
        bytes.remove_prefix(3);
        decoded.hadBom = true;
    } else if (startsWith("\xFF\xFE")) {
        encoding = TextEncoding::Utf16LE;
        bytes.remove_prefix(2);
        decoded.hadBom = true;
    } else if (startsWith("\xFE\xFF")) {
        encoding = TextEncoding::Utf16BE;
        bytes.remove_prefix(2);
        decoded.hadBom = true;
    }
    decoded.encoding = encoding;
    switch (encoding) {
    case TextEncoding::Utf8:
        decoded.text.assign(bytes);
        break;
    case TextEncoding::Windows1252:
        decoded.text = windows1252ToUtf8(bytes);
        break;
    case TextEncoding::Latin1:
        decoded.text = latin1ToUtf8(bytes);
        break;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: {
        auto text = utf16ToUtf8(bytes, encoding == TextEncoding::Utf16BE, error);
        if (!text)
            return std::nullopt;
        decoded.text = std::move(*text);
        break;
    }
    }
    return decoded;
}

} // namespace syncline::files
