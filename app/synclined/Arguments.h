#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace syncline::cli {

// The options of one subcommand: "--name value" pairs, "--flag" switches and positional words.
class Arguments {
public:
    // `valued` lists the options that take a value, `flags` the switches; anything else that
    // starts with "--" is an error.
    Arguments(const std::vector<std::string> &args, std::set<std::string> valued,
              std::set<std::string> flags);

    bool ok() const { return error_.empty(); }
    const std::string &error() const { return error_; }
    std::optional<std::string> value(const std::string &name) const;
    bool flag(const std::string &name) const { return flags_.contains(name); }
    const std::vector<std::string> &positional() const { return positional_; }

private:
    std::map<std::string, std::string> values_;
    std::set<std::string> flags_;
    std::vector<std::string> positional_;
    std::string error_;
};

} // namespace syncline::cli
