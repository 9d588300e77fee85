#include "Arguments.h"

namespace syncline::cli {

Arguments::Arguments(const std::vector<std::string> &args, std::set<std::string> valued,
                     std::set<std::string> flags)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        if (arg.size() > 2 && arg.starts_with("--")) {
            std::string name = arg.substr(2);
            std::optional<std::string> inlineValue;
            if (const auto eq = name.find('='); eq != std::string::npos) {
                inlineValue = name.substr(eq + 1);
                name.resize(eq);
            }
            if (valued.contains(name)) {
                if (inlineValue) {
                    values_[name] = *inlineValue;
                } else if (i + 1 < args.size()) {
                    values_[name] = args[++i];
                } else {
                    error_ = "--" + name + " needs a value";
                    return;
                }
            } else if (flags.contains(name) && !inlineValue) {
                flags_.insert(name);
            } else {
                error_ = "unknown option " + arg;
                return;
            }
        } else {
            positional_.push_back(arg);
        }
    }
}

std::optional<std::string> Arguments::value(const std::string &name) const
{
    if (const auto it = values_.find(name); it != values_.end())
        return it->second;
    return std::nullopt;
}

} // namespace syncline::cli
