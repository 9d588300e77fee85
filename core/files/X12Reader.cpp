#include "files/X12Reader.h"

#include "files/X12Mapping.h"

#include <algorithm>
#include <cctype>

namespace syncline::files {

std::string_view X12Segment::element(std::size_t index) const
{
    return index < elements.size() ? std::string_view(elements[index]) : std::string_view();
}

namespace {

std::vector<std::string> split(std::string_view text, char separator)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const auto end = text.find(separator, start);
        parts.emplace_back(text.substr(start, end == std::string_view::npos ? end : end - start));
        if (end == std::string_view::npos)
            return parts;
        start = end + 1;
    }
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\0';
}

bool allDigits(std::string_view text)
{
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    return text;
}

// Control numbers are numeric in ISA/GS and compared as numbers, so that an IEA02 written as
// "3438" matches an ISA13 of "000003438"; alphanumeric ST02 values compare as text.
bool sameControlNumber(std::string_view a, std::string_view b)
{
    a = trimmed(a);
    b = trimmed(b);
    if (allDigits(a) && allDigits(b)) {
        while (a.size() > 1 && a.front() == '0')
            a.remove_prefix(1);
        while (b.size() > 1 && b.front() == '0')
            b.remove_prefix(1);
    }
    return a == b;
}

std::optional<std::size_t> count(std::string_view text)
{
    text = trimmed(text);
    if (!allDigits(text) || text.size() > 9)
        return std::nullopt;
    return static_cast<std::size_t>(std::stoul(std::string(text)));
}

std::string quoted(std::string_view text)
{
    return "\"" + std::string(text) + "\"";
}

class StructureReader {
public:
    explicit StructureReader(std::string_view bytes)
        : bytes_(bytes)
    {}

    X12Document run()
    {
        if (!readDelimiters())
            return std::move(document_);
        splitSegments();
        walkEnvelope();
        decideFatal();
        return std::move(document_);
    }

private:
    void refuse(std::string reason)
    {
        document_.result.fatal = true;
        document_.result.fatalReason = std::move(reason);
    }

    bool readDelimiters()
    {
        std::size_t pos = 0;
        if (bytes_.substr(0, 3) == "\xEF\xBB\xBF")
            pos = 3;
        while (pos < bytes_.size() && isBlank(bytes_[pos]))
            ++pos;
        if (bytes_.substr(pos, 3) != "ISA") {
            refuse("not an X12 interchange: the input does not start with an ISA segment");
            return false;
        }
        if (pos + 4 > bytes_.size()) {
            refuse("not an X12 interchange: the ISA segment is incomplete");
            return false;
        }
        auto &d = delimiters_;
        d.element = bytes_[pos + 3];
        if (std::isalnum(static_cast<unsigned char>(d.element)) || isBlank(d.element)) {
            refuse("segment 1 (ISA): " + quoted(std::string(1, d.element)) +
                   " cannot be the element separator");
            return false;
        }
        // Fixed width: ISA16 at offset 104, terminator at 105. Hand-edited files shorten the
        // padded ISA fields, so otherwise the 16th element separator is searched for.
        std::size_t componentAt = 0;
        const auto fixed = bytes_.substr(pos, 104);
        if (bytes_.size() > pos + 105 && bytes_[pos + 103] == d.element &&
            std::count(fixed.begin(), fixed.end(), d.element) == 16) {
            componentAt = pos + 104;
        } else {
            std::size_t at = pos + 3;
            int separators = 1;
            while (separators < 16) {
                at = bytes_.find(d.element, at + 1);
                if (at == std::string_view::npos) {
                    refuse("segment 1 (ISA): incomplete, fewer than 16 elements");
                    return false;
                }
                ++separators;
            }
            componentAt = at + 1;
            document_.result.warnings.push_back(
                ParseIssue{1, 0, 1, "ISA",
                           "not fixed width; delimiters found by counting the "
                           "16 element separators"});
        }
        if (componentAt + 1 >= bytes_.size()) {
            refuse("segment 1 (ISA): the input ends before the segment terminator");
            return false;
        }
        d.component = bytes_[componentAt];
        d.segment = bytes_[componentAt + 1];
        if (d.component == d.element || d.segment == d.element || d.segment == d.component ||
            std::isalnum(static_cast<unsigned char>(d.segment)) || d.segment == ' ') {
            refuse("segment 1 (ISA): delimiters are not distinct (element " +
                   quoted(std::string(1, d.element)) + ", component " +
                   quoted(std::string(1, d.component)) + ", terminator " +
                   quoted(std::string(1, d.segment)) + ")");
            return false;
        }
        start_ = pos;
        return true;
    }

    void splitSegments()
    {
        std::size_t line =
            1 + static_cast<std::size_t>(std::count(bytes_.begin(), bytes_.begin() + start_, '\n'));
        std::size_t at = start_;
        while (at < bytes_.size()) {
            auto end = bytes_.find(delimiters_.segment, at);
            if (end == std::string_view::npos)
                end = bytes_.size();
            std::string_view raw = bytes_.substr(at, end - at);
            while (!raw.empty() && isBlank(raw.front())) {
                if (raw.front() == '\n')
                    ++line;
                raw.remove_prefix(1);
            }
            const std::size_t segmentLine = line;
            line += static_cast<std::size_t>(std::count(raw.begin(), raw.end(), '\n'));
            if (delimiters_.segment == '\n')
                ++line;
            while (!raw.empty() && (raw.back() == '\r' || raw.back() == '\n'))
                raw.remove_suffix(1);
            at = end + 1;
            if (raw.empty())
                continue;
            X12Segment segment;
            segment.elements = split(raw, delimiters_.element);
            segment.id = segment.elements.front();
            segment.position = segments_.size() + 1;
            segment.line = segmentLine;
            segments_.push_back(std::move(segment));
        }
    }

    void error(const X12Segment &segment, std::string field, std::string message)
    {
        document_.result.errors.push_back(
            ParseIssue{segment.line, 0, segment.position, std::move(field), std::move(message)});
    }

    void interchangeError(const X12Segment &segment, std::string field, std::string message)
    {
        error(segment, std::move(field), std::move(message));
        interchangeErrors_.push_back(document_.result.errors.back());
    }

    void rejectSet(X12TransactionSet &set, int code, const X12Segment &at, std::string field,
                   std::string message)
    {
        set.acceptance = X12Acceptance::Rejected;
        set.setCodes.push_back(code);
        set.issues.push_back(ParseIssue{at.line, 0, at.position, field, message});
        error(at, std::move(field), std::move(message));
    }

    void closeSetWithoutTrailer(X12Group &group)
    {
        auto &set = group.sets.back();
        rejectSet(set, 2, set.segments.front(), "SE",
                  "transaction set " + set.id + " " + quoted(set.controlNumber) +
                      " has no SE trailer");
        setOpen_ = false;
    }

    void closeSet(X12Group &group, const X12Segment &trailer)
    {
        auto &set = group.sets.back();
        set.segments.push_back(trailer);
        setOpen_ = false;
        if (!sameControlNumber(trailer.element(2), set.controlNumber))
            rejectSet(set, 3, trailer, "SE02",
                      "SE02 " + quoted(trailer.element(2)) + " does not match ST02 " +
                          quoted(set.controlNumber));
        const auto declared = count(trailer.element(1));
        if (!declared || *declared != set.segments.size())
            rejectSet(set, 4, trailer, "SE01",
                      "SE01 " + quoted(trailer.element(1)) + " does not match the " +
                          std::to_string(set.segments.size()) +
                          " segments of the transaction set (ST..SE inclusive)");
    }

    void closeGroupWithoutTrailer(X12Group &group)
    {
        group.rejected = true;
        group.groupCodes.push_back(3);
        error(group.header, "GE",
              "functional group " + quoted(group.controlNumber()) + " has no GE trailer");
        groupOpen_ = false;
    }

    void closeGroup(X12Group &group, const X12Segment &trailer)
    {
        group.trailer = trailer;
        groupOpen_ = false;
        if (!sameControlNumber(trailer.element(2), group.controlNumber())) {
            group.rejected = true;
            group.groupCodes.push_back(4);
            error(trailer, "GE02",
                  "GE02 " + quoted(trailer.element(2)) + " does not match GS06 " +
                      quoted(group.controlNumber()));
        }
        const auto declared = count(trailer.element(1));
        if (!declared || *declared != group.sets.size()) {
            group.rejected = true;
            group.groupCodes.push_back(5);
            error(trailer, "GE01",
                  "GE01 " + quoted(trailer.element(1)) + " does not match the " +
                      std::to_string(group.sets.size()) + " transaction sets of the group");
        }
    }

    void closeInterchange(X12Interchange &interchange, const X12Segment &trailer)
    {
        interchange.trailer = trailer;
        if (!sameControlNumber(trailer.element(2), interchange.controlNumber()))
            interchangeError(trailer, "IEA02",
                             "IEA02 " + quoted(trailer.element(2)) + " does not match ISA13 " +
                                 quoted(interchange.controlNumber()));
        const auto declared = count(trailer.element(1));
        if (!declared || *declared != interchange.groups.size())
            interchangeError(trailer, "IEA01",
                             "IEA01 " + quoted(trailer.element(1)) + " does not match the " +
                                 std::to_string(interchange.groups.size()) +
                                 " functional groups of the interchange");
    }

    void walkEnvelope()
    {
        auto &interchange = document_.interchange.emplace();
        interchange.delimiters = delimiters_;
        interchange.segmentCount = segments_.size();
        interchange.header = segments_.front();
        for (auto &value : interchange.header.elements)
            value = std::string(trimmed(value));
        if (interchange.header.elementCount() < 16)
            interchangeError(interchange.header, "ISA",
                             "ISA has " + std::to_string(interchange.header.elementCount()) +
                                 " elements instead of 16");
        const auto version = interchange.version();
        const auto isa11 = interchange.header.element(11);
        if (version >= "00402" && isa11.size() == 1 &&
            !std::isalnum(static_cast<unsigned char>(isa11.front())))
            interchange.delimiters.repetition = isa11.front();

        for (std::size_t i = 1; i < segments_.size(); ++i) {
            const auto &segment = segments_[i];
            X12Group *group = groupOpen_ ? &interchange.groups.back() : nullptr;
            if (interchange.trailer) {
                interchangeError(segment, segment.id,
                                 segment.id == "ISA"
                                     ? "a second interchange follows IEA; one interchange per "
                                       "file is read"
                                     : "segment " + segment.id + " after the IEA trailer");
                return;
            }
            if (segment.id == "ISA") {
                interchangeError(segment, "ISA", "ISA inside an interchange (IEA missing)");
                return;
            }
            if (segment.id == "GS") {
                if (group && setOpen_)
                    closeSetWithoutTrailer(*group);
                if (group)
                    closeGroupWithoutTrailer(*group);
                interchange.groups.emplace_back().header = segment;
                groupOpen_ = true;
            } else if (segment.id == "ST") {
                if (!group) {
                    interchangeError(segment, "ST", "ST outside a functional group (GS)");
                    continue;
                }
                if (setOpen_)
                    closeSetWithoutTrailer(*group);
                auto &set = group->sets.emplace_back();
                set.id = std::string(segment.element(1));
                set.controlNumber = std::string(segment.element(2));
                set.segments.push_back(segment);
                setOpen_ = true;
                if (set.id.size() != 3 || !allDigits(set.id))
                    rejectSet(set, 6, segment, "ST01",
                              "ST01 " + quoted(set.id) + " is not a transaction set identifier");
                if (set.controlNumber.empty())
                    rejectSet(set, 7, segment, "ST02", "ST02 control number is missing");
            } else if (segment.id == "SE") {
                if (!group || !setOpen_)
                    error(segment, "SE", "SE without a matching ST");
                else
                    closeSet(*group, segment);
            } else if (segment.id == "GE") {
                if (!group) {
                    interchangeError(segment, "GE", "GE without a matching GS");
                    continue;
                }
                if (setOpen_)
                    closeSetWithoutTrailer(*group);
                closeGroup(*group, segment);
            } else if (segment.id == "IEA") {
                if (group && setOpen_)
                    closeSetWithoutTrailer(*group);
                if (group)
                    closeGroupWithoutTrailer(*group);
                closeInterchange(interchange, segment);
            } else if (group && setOpen_) {
                group->sets.back().segments.push_back(segment);
            } else {
                error(segment, segment.id,
                      "segment " + segment.id + " outside a transaction set is ignored");
            }
        }
        if (!interchange.groups.empty() && groupOpen_) {
            auto &group = interchange.groups.back();
            if (setOpen_)
                closeSetWithoutTrailer(group);
            closeGroupWithoutTrailer(group);
        }
        if (!interchange.trailer)
            document_.result.warnings.push_back(
                ParseIssue{segments_.back().line, 0, segments_.back().position, "IEA",
                           "the interchange has no IEA trailer; its groups are complete and "
                           "are read"});
    }

    void decideFatal()
    {
        const auto &interchange = *document_.interchange;
        // The reason lists every error, those of the interchange envelope first.
        std::vector<ParseIssue> causes = interchangeErrors_;
        if (!causes.empty()) {
            for (const auto &error : document_.result.errors)
                if (std::none_of(causes.begin(), causes.end(), [&](const ParseIssue &cause) {
                        return cause.segment == error.segment && cause.field == error.field;
                    }))
                    causes.push_back(error);
        } else {
            bool anySet = false, anyPassed = false;
            for (const auto &group : interchange.groups)
                for (const auto &set : group.sets) {
                    anySet = true;
                    anyPassed |= !group.rejected && set.acceptance != X12Acceptance::Rejected;
                }
            if (anySet && !anyPassed)
                causes = document_.result.errors;
        }
        if (causes.empty())
            return;
        std::string reason;
        for (const auto &cause : causes)
            reason += (reason.empty() ? "" : "; ") + describe(cause);
        refuse(reason);
    }

    std::string_view bytes_;
    std::size_t start_ = 0;
    X12Delimiters delimiters_;
    std::vector<X12Segment> segments_;
    X12Document document_;
    std::vector<ParseIssue> interchangeErrors_;
    bool groupOpen_ = false;
    bool setOpen_ = false;
};

} // namespace

std::vector<std::string> X12Segment::components(std::size_t index,
                                                const X12Delimiters &delimiters) const
{
    return split(element(index), delimiters.component);
}

std::vector<std::string> X12Segment::repetitions(std::size_t index,
                                                 const X12Delimiters &delimiters) const
{
    if (!delimiters.repetition)
        return {std::string(element(index))};
    return split(element(index), *delimiters.repetition);
}

std::size_t X12Group::setsDeclared() const
{
    if (trailer)
        if (const auto declared = count(trailer->element(1)))
            return *declared;
    return sets.size();
}

X12Document parseX12Structure(std::string_view bytes)
{
    return StructureReader(bytes).run();
}

namespace {

bool isWithin(const ParseIssue &issue, const X12TransactionSet &set)
{
    return !set.segments.empty() && issue.segment >= set.segments.front().position &&
           issue.segment <= set.segments.back().position;
}

void appendSegment(std::string &text, const X12Delimiters &delimiters, const X12Segment &segment)
{
    for (std::size_t i = 0; i < segment.elements.size(); ++i) {
        if (i > 0)
            text.push_back(delimiters.element);
        text += segment.elements[i];
    }
    text.push_back(delimiters.segment);
    if (delimiters.segment != '\n' && delimiters.segment != '\r')
        text.push_back('\n');
}

} // namespace

std::string x12SetInEnvelope(const X12Interchange &interchange, const X12Group &group,
                             const X12TransactionSet &set)
{
    // The ISA is rebuilt with its fixed-width padding so that the excerpt reads back with the
    // same delimiters.
    static constexpr std::size_t kWidths[17] = {3, 2, 10, 2, 10, 2, 15, 2, 15,
                                                6, 4, 1,  5, 9,  1, 1,  1};
    X12Segment isa = interchange.header;
    for (std::size_t i = 1; i < isa.elements.size() && i < 17; ++i) {
        auto &value = isa.elements[i];
        if (i == 13 && value.size() < 9)
            value.insert(0, 9 - value.size(), '0');
        else if (value.size() < kWidths[i])
            value.resize(kWidths[i], ' ');
    }
    std::string text;
    const auto &d = interchange.delimiters;
    appendSegment(text, d, isa);
    appendSegment(text, d, group.header);
    for (const auto &segment : set.segments)
        appendSegment(text, d, segment);
    X12Segment ge;
    ge.elements = {"GE", "1", group.controlNumber()};
    appendSegment(text, d, ge);
    X12Segment iea;
    iea.elements = {"IEA", "1", isa.element(13).empty() ? "" : std::string(isa.element(13))};
    appendSegment(text, d, iea);
    return text;
}

X12Document readX12(std::string_view bytes, const X12ReadOptions &options)
{
    auto document = parseX12Structure(bytes);
    if (!document.interchange || document.result.fatal)
        return document;
    auto &interchange = *document.interchange;
    for (auto &group : interchange.groups) {
        if (group.rejected) {
            // Sets of a refused group are refused with it, each reported so none is lost.
            for (auto &set : group.sets) {
                const auto &st = set.segments.front();
                set.issues.push_back(
                    ParseIssue{st.line,
                               0,
                               st.position,
                               "GS",
                               "refused with functional group " + quoted(group.controlNumber()),
                               {}});
            }
            continue;
        }
        for (auto &set : group.sets) {
            if (set.acceptance == X12Acceptance::Rejected)
                continue;
            if (!detail::isSupportedTransactionSet(set.id)) {
                set.acceptance = X12Acceptance::Rejected;
                set.setCodes.push_back(1);
                const auto &st = set.segments.front();
                set.issues.push_back(ParseIssue{
                    st.line, 0, st.position, "ST01", "unsupported transaction set " + set.id, {}});
                continue;
            }
            auto events = detail::mapTransactionSet(interchange, group, set, options);
            if (set.acceptance == X12Acceptance::Rejected)
                continue;
            set.eventCount = events.size();
            for (auto &event : events)
                document.result.events.push_back(std::move(event));
        }
    }
    // Every issue of a set is reported with the set as a replayable excerpt.
    auto &errors = document.result.errors;
    for (const auto &group : interchange.groups)
        for (const auto &set : group.sets) {
            if (set.issues.empty())
                continue;
            const std::string excerpt = x12SetInEnvelope(interchange, group, set);
            for (auto &error : errors)
                if (isWithin(error, set))
                    error.excerpt = excerpt;
            for (const auto &issue : set.issues) {
                const bool reported =
                    std::any_of(errors.begin(), errors.end(), [&](const ParseIssue &e) {
                        return e.segment == issue.segment && e.field == issue.field &&
                               e.message == issue.message;
                    });
                if (reported)
                    continue;
                auto copy = issue;
                copy.excerpt = excerpt;
                errors.push_back(std::move(copy));
            }
        }
    std::stable_sort(errors.begin(), errors.end(), [](const ParseIssue &a, const ParseIssue &b) {
        return a.segment < b.segment;
    });
    return document;
}

std::string x12SetText(const X12Interchange &interchange, const X12TransactionSet &set)
{
    std::string text;
    for (const auto &segment : set.segments)
        appendSegment(text, interchange.delimiters, segment);
    return text;
}

} // namespace syncline::files
