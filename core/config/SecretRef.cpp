#include "config/SecretRef.h"

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <ostream>
#include <sstream>
#include <sys/stat.h>

namespace syncline::config {

namespace {

constexpr std::string_view envPrefix = "env:";
constexpr std::string_view filePrefix = "file:";
// Secrets are keys and tokens; anything larger is not one, and reading it whole is pointless.
constexpr std::uintmax_t maxSecretFileSize = std::uintmax_t{64} * 1024;

bool isValidVariableName(std::string_view name)
{
    if (name.empty())
        return false;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
        const bool digit = c >= '0' && c <= '9';
        if (!letter && !(digit && i > 0))
            return false;
    }
    return true;
}

std::string octalMode(unsigned mode)
{
    std::ostringstream out;
    out << '0' << std::oct << (mode & 0777u);
    return out.str();
}

} // namespace

std::optional<SecretRef> SecretRef::parse(std::string_view text, std::string &error,
                                          const std::filesystem::path &baseDirectory)
{
    if (text.substr(0, envPrefix.size()) == envPrefix) {
        const std::string_view name = text.substr(envPrefix.size());
        if (!isValidVariableName(name)) {
            error = "\"env:\" must be followed by an environment variable name (letters, digits "
                    "and underscores, not starting with a digit)";
            return std::nullopt;
        }
        return environment(std::string(name));
    }
    if (text.substr(0, filePrefix.size()) == filePrefix) {
        const std::string_view pathText = text.substr(filePrefix.size());
        if (pathText.empty()) {
            error = "\"file:\" must be followed by the path of the secret file";
            return std::nullopt;
        }
        std::filesystem::path path{std::string(pathText)};
        if (path.is_relative() && !baseDirectory.empty())
            path = baseDirectory / path;
        return file(path.lexically_normal());
    }
    error = "secrets are given by reference, \"env:VARIABLE\" or \"file:/path/to/secret\", never "
            "inline; move the value to an environment variable or a file readable only by its "
            "owner (the value is not repeated here)";
    return std::nullopt;
}

SecretRef SecretRef::environment(std::string variableName)
{
    SecretRef ref;
    ref.kind_ = Kind::Environment;
    ref.target_ = std::move(variableName);
    return ref;
}

SecretRef SecretRef::file(const std::filesystem::path &path)
{
    SecretRef ref;
    ref.kind_ = Kind::File;
    ref.target_ = path.string();
    return ref;
}

std::string SecretRef::toString() const
{
    switch (kind_) {
    case Kind::Environment:
        return std::string(envPrefix) + target_;
    case Kind::File:
        return std::string(filePrefix) + target_;
    case Kind::None:
        break;
    }
    return {};
}

std::optional<std::string> SecretRef::resolve(std::string &error) const
{
    switch (kind_) {
    case Kind::None:
        error = "no secret is configured";
        return std::nullopt;
    case Kind::Environment: {
        const char *value = std::getenv(target_.c_str());
        if (value == nullptr) {
            error = "environment variable " + target_ + " is not set";
            return std::nullopt;
        }
        if (*value == '\0') {
            error = "environment variable " + target_ + " is empty";
            return std::nullopt;
        }
        return std::string(value);
    }
    case Kind::File:
        break;
    }

    struct stat info {};
    if (::stat(target_.c_str(), &info) != 0) {
        error = "secret file " + target_ + " cannot be read: " + std::strerror(errno);
        return std::nullopt;
    }
    if (!S_ISREG(info.st_mode)) {
        error = "secret file " + target_ + " is not a regular file";
        return std::nullopt;
    }
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        error = "secret file " + target_ + " has mode " + octalMode(info.st_mode) +
                ", which lets group or others read or change it; run chmod 600 " + target_;
        return std::nullopt;
    }
    if (static_cast<std::uintmax_t>(info.st_size) > maxSecretFileSize) {
        error = "secret file " + target_ + " is larger than 64 KiB; it does not hold a secret";
        return std::nullopt;
    }
    std::ifstream in(target_, std::ios::binary);
    if (!in) {
        error = "secret file " + target_ + " cannot be opened: " + std::strerror(errno);
        return std::nullopt;
    }
    std::string value(static_cast<std::size_t>(info.st_size), '\0');
    in.read(value.data(), static_cast<std::streamsize>(value.size()));
    value.resize(static_cast<std::size_t>(in.gcount()));
    // Editors and `echo` add a final newline; it is never part of a key or token.
    if (!value.empty() && value.back() == '\n')
        value.pop_back();
    if (!value.empty() && value.back() == '\r')
        value.pop_back();
    if (value.empty()) {
        error = "secret file " + target_ + " is empty";
        return std::nullopt;
    }
    return value;
}

std::ostream &operator<<(std::ostream &out, const SecretRef &ref)
{
    return out << ref.toString();
}

} // namespace syncline::config
