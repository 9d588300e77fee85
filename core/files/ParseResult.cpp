#include "files/ParseResult.h"

namespace syncline::files {

std::string describe(const ParseIssue &issue)
{
    std::string text;
    if (issue.segment != 0) {
        text = "segment " + std::to_string(issue.segment);
        if (!issue.field.empty())
            text += " (" + issue.field + ")";
        if (issue.line != 0)
            text += ", line " + std::to_string(issue.line);
    } else if (issue.line != 0) {
        text = "line " + std::to_string(issue.line);
        if (issue.column != 0)
            text += ", column " + std::to_string(issue.column);
        if (!issue.field.empty())
            text += " (" + issue.field + ")";
    } else if (!issue.field.empty()) {
        text = issue.field;
    }
    if (text.empty())
        return issue.message;
    return text + ": " + issue.message;
}

} // namespace syncline::files
