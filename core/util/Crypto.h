#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace syncline::crypto {

// Thin wrappers over OpenSSL; nothing here implements a primitive itself.
std::string sha256Hex(std::string_view data);
std::string hmacSha256(std::string_view key, std::string_view message); // raw 32 bytes
std::string hmacSha256Base64(std::string_view key, std::string_view message);
std::string hmacSha256Hex(std::string_view key, std::string_view message);
std::string base64Encode(std::string_view bytes);
std::optional<std::string> base64Decode(std::string_view text);
// Constant-time comparison for signatures: the time taken does not depend on where they differ.
bool constantTimeEquals(std::string_view a, std::string_view b);

} // namespace syncline::crypto
