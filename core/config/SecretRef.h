#pragma once

#include "config/SourcePosition.h"

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace syncline::config {

// A secret named by where it lives, never by its value: "env:SHOPIFY_WEBHOOK_SECRET" or
// "file:/etc/syncline/shop.key". The value is read only when resolve() is called, and nothing
// this class prints, formats or reports contains it, so configurations, logs and diagnostics
// can be shared freely.
class SecretRef {
public:
    enum class Kind { None, Environment, File };

    SecretRef() = default;

    // Parses a reference. Relative file paths are taken relative to `baseDirectory` (the
    // directory of the configuration file). On failure `error` says why without quoting `text`,
    // since a value that is not a reference may be the secret itself.
    static std::optional<SecretRef> parse(std::string_view text, std::string &error,
                                          const std::filesystem::path &baseDirectory = {});
    static SecretRef environment(std::string variableName);
    static SecretRef file(const std::filesystem::path &path);

    Kind kind() const { return kind_; }
    bool empty() const { return kind_ == Kind::None; }
    // The variable name or the file path.
    const std::string &target() const { return target_; }
    // The reference itself ("env:NAME", "file:/path"); empty when there is no secret.
    std::string toString() const;

    // Reads the value. A file must be a regular file that neither group nor others can read or
    // write (mode 0600 or 0400); one trailing newline is dropped. Returns nullopt with `error`
    // set when the variable is unset or empty, the file is missing, unreadable, empty or too
    // open. `error` never contains the value.
    std::optional<std::string> resolve(std::string &error) const;

    // Where the reference was written; set by the configuration loader.
    SourcePosition origin;

    friend bool operator==(const SecretRef &a, const SecretRef &b)
    {
        return a.kind_ == b.kind_ && a.target_ == b.target_;
    }

private:
    Kind kind_ = Kind::None;
    std::string target_;
};

std::ostream &operator<<(std::ostream &out, const SecretRef &ref);

} // namespace syncline::config
