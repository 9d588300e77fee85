#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

// Conversion of the encodings legacy warehouse systems write to UTF-8. Tables, not a library:
// the set is small and fixed, and iconv's behaviour differs between platforms.
namespace syncline::files {

enum class TextEncoding { Utf8, Windows1252, Latin1, Utf16LE, Utf16BE };

// "utf-8", "UTF8", "windows-1252", "cp1252", "iso-8859-1", "latin1", "utf-16le", "utf-16be".
std::optional<TextEncoding> textEncodingFromName(std::string_view name);

std::string windows1252ToUtf8(std::string_view bytes);
std::string latin1ToUtf8(std::string_view bytes);

struct DecodeError {
    std::size_t offset = 0; // byte offset of the offending unit
    std::string message;
};

// Unpaired surrogates and an odd byte count are refused.
std::optional<std::string> utf16ToUtf8(std::string_view bytes, bool bigEndian,
                                       DecodeError *error = nullptr);

// Returns the byte offset of the first invalid sequence (overlong forms and surrogates
// included), or nothing when the text is valid UTF-8.
std::optional<std::size_t> firstInvalidUtf8(std::string_view text);

// Detects a byte order mark, strips it and converts the rest to UTF-8. Without a BOM the
// fallback encoding is used. UTF-8 input is returned as is (validated per record by readers).
struct DecodedText {
    std::string text;
    TextEncoding encoding = TextEncoding::Utf8;
    bool hadBom = false;
};
std::optional<DecodedText> decodeToUtf8(std::string_view bytes, TextEncoding fallback,
                                        DecodeError *error = nullptr);

} // namespace syncline::files
