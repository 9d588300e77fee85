#include "files/X12Writer.h"

#include "util/Clock.h"

#include <chrono>
#include <cstdio>
#include <initializer_list>

namespace syncline::files {

namespace {

std::string padded(std::string_view text, std::size_t width)
{
    std::string out(text.substr(0, width));
    out.resize(width, ' ');
    return out;
}

std::string zeroPadded(std::int64_t value, int width)
{
    if (value < 0 || value > 999'999'999)
        throw X12WriteError("control number " + std::to_string(value) + " is out of range");
    std::string digits = std::to_string(value);
    if (static_cast<int>(digits.size()) < width)
        digits.insert(0, static_cast<std::size_t>(width) - digits.size(), '0');
    return digits;
}

struct DateTimeText {
    std::string ccyymmdd;
    std::string hhmm;
};

DateTimeText dateTimeText(TimePoint t)
{
    const auto days = std::chrono::floor<std::chrono::days>(t);
    const std::chrono::year_month_day ymd{days};
    const std::chrono::hh_mm_ss time{std::chrono::floor<std::chrono::minutes>(t - days)};
    char date[16];
    char clock[8];
    std::snprintf(date, sizeof date, "%04d%02u%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    std::snprintf(clock, sizeof clock, "%02d%02d", static_cast<int>(time.hours().count()),
                  static_cast<int>(time.minutes().count()));
    return {date, clock};
}

std::string amount(Decimal value)
{
    return value.toString(0);
}

class Builder {
public:
    Builder(const X12WriterOptions &options, std::string functionalId)
        : options_(options)
        , functionalId_(std::move(functionalId))
        , setControl_(options.firstSetControlNumber)
    {
        created_ = dateTimeText(options.createdAt == TimePoint{} ? SystemClock::instance().now()
                                                                 : options.createdAt);
        const auto &d = options.delimiters;
        const bool repetitionAllowed = options.interchangeVersion >= "00402";
        segment({"ISA", "00", std::string(10, ' '), "00", std::string(10, ' '),
                 padded(options.senderQualifier, 2), padded(options.senderId, 15),
                 padded(options.receiverQualifier, 2), padded(options.receiverId, 15),
                 created_.ccyymmdd.substr(2), created_.hhmm,
                 repetitionAllowed && d.repetition ? std::string(1, *d.repetition) : "U",
                 options.interchangeVersion, zeroPadded(options.interchangeControlNumber, 9),
                 options.requestAcknowledgement ? "1" : "0", std::string(1, options.usage),
                 std::string(1, d.component)},
                false);
        segment({"GS", functionalId_, options.senderId, options.receiverId, created_.ccyymmdd,
                 created_.hhmm, std::to_string(options.groupControlNumber), "X",
                 options.groupVersion});
    }

    const DateTimeText &created() const { return created_; }

    void beginSet(std::string_view id)
    {
        ++sets_;
        setSegments_ = 0;
        setControlText_ = zeroPadded(setControl_++, 4);
        segment({"ST", std::string(id), setControlText_});
    }

    void endSet() { segment({"SE", std::to_string(setSegments_ + 1), setControlText_}); }

    // Trailing empty elements are dropped, as X12 requires.
    void segment(std::initializer_list<std::string> elements, bool check = true)
    {
        std::vector<std::string> values(elements);
        while (values.size() > 1 && values.back().empty())
            values.pop_back();
        const auto &d = options_.delimiters;
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (check && values[i].find_first_of(std::string{d.element, d.component, d.segment}) !=
                             std::string::npos)
                throw X12WriteError("value \"" + values[i] + "\" of " + values.front() +
                                    " contains an X12 delimiter, which X12 cannot escape");
            if (i > 0)
                out_.push_back(d.element);
            out_ += values[i];
        }
        out_.push_back(d.segment);
        if (options_.newlineAfterSegment && d.segment != '\n')
            out_.push_back('\n');
        ++setSegments_;
    }

    std::string finish()
    {
        segment({"GE", std::to_string(sets_), std::to_string(options_.groupControlNumber)});
        segment({"IEA", "1", zeroPadded(options_.interchangeControlNumber, 9)});
        return std::move(out_);
    }

private:
    const X12WriterOptions &options_;
    std::string functionalId_;
    std::int64_t setControl_;
    std::string setControlText_;
    DateTimeText created_;
    std::string out_;
    std::size_t sets_ = 0;
    std::size_t setSegments_ = 0;
};

std::string codeText(X12Acceptance acceptance)
{
    switch (acceptance) {
    case X12Acceptance::Accepted:
        return "A";
    case X12Acceptance::AcceptedWithErrors:
        return "E";
    case X12Acceptance::Rejected:
        break;
    }
    return "R";
}

std::string code(const std::vector<int> &codes, std::size_t index)
{
    return index < codes.size() ? std::to_string(codes[index]) : std::string();
}

void addressLoop(Builder &builder, std::string_view qualifier, const model::Address &address)
{
    if (address.name.empty() && address.line1.empty() && address.city.empty())
        return;
    builder.segment(
        {"N1", std::string(qualifier), address.name.empty() ? address.company : address.name});
    if (!address.line1.empty())
        builder.segment({"N3", address.line1, address.line2});
    if (!address.city.empty())
        builder.segment({"N4", address.city, address.region, address.postalCode, address.country});
}

} // namespace

X12WriterOptions replyOptionsFor(const X12Interchange &received)
{
    X12WriterOptions options;
    options.senderQualifier = received.receiverQualifier();
    options.senderId = received.receiverId();
    options.receiverQualifier = received.senderQualifier();
    options.receiverId = received.senderId();
    if (!received.version().empty())
        options.interchangeVersion = received.version();
    if (!received.groups.empty() && !received.groups.front().version().empty())
        options.groupVersion = received.groups.front().version();
    return options;
}

std::string write997(const X12Interchange &received, const X12WriterOptions &options)
{
    Builder builder(options, "FA");
    for (const auto &group : received.groups) {
        builder.beginSet("997");
        builder.segment({"AK1", group.functionalId(), group.controlNumber()});
        std::size_t accepted = 0;
        bool anyErrors = false;
        for (const auto &set : group.sets) {
            builder.segment({"AK2", set.id, set.controlNumber});
            for (const auto &note : set.notes) {
                builder.segment({"AK3", note.segmentId, std::to_string(note.positionInSet), "",
                                 std::to_string(note.segmentCode)});
                if (note.element != 0)
                    builder.segment({"AK4", std::to_string(note.element), "",
                                     std::to_string(note.elementCode), note.badValue});
            }
            const auto &codes = set.setCodes;
            // A set in a refused group is refused with it, whatever its own state.
            const auto acceptance = group.rejected ? X12Acceptance::Rejected : set.acceptance;
            builder.segment({"AK5", codeText(acceptance), code(codes, 0), code(codes, 1),
                             code(codes, 2), code(codes, 3), code(codes, 4)});
            if (set.acceptance != X12Acceptance::Rejected && !group.rejected)
                ++accepted;
            anyErrors |= set.acceptance != X12Acceptance::Accepted;
        }
        std::string status = "A";
        if (group.rejected || accepted == 0)
            status = "R";
        else if (accepted < group.sets.size())
            status = "P";
        else if (anyErrors)
            status = "E";
        const auto &codes = group.groupCodes;
        builder.segment({"AK9", status, std::to_string(group.setsDeclared()),
                         std::to_string(group.sets.size()), std::to_string(accepted),
                         code(codes, 0), code(codes, 1), code(codes, 2)});
        builder.endSet();
    }
    return builder.finish();
}

std::string write855(const model::Order &order, const X12WriterOptions &options,
                     std::string_view acknowledgementType)
{
    if (order.orderNumber.empty())
        throw X12WriteError("an 855 needs the order number");
    Builder builder(options, "PR");
    builder.beginSet("855");
    const auto date =
        order.placedAt ? dateTimeText(*order.placedAt).ccyymmdd : builder.created().ccyymmdd;
    builder.segment({"BAK", "00", std::string(acknowledgementType), order.orderNumber, date});
    if (!order.currency.empty())
        builder.segment({"CUR", "SE", order.currency});
    addressLoop(builder, "ST", order.shippingAddress);
    std::size_t index = 0;
    for (const auto &line : order.lines) {
        ++index;
        const auto quantity = std::to_string(line.quantity);
        builder.segment({"PO1", line.lineId.empty() ? std::to_string(index) : line.lineId, quantity,
                         "EA", amount(line.unitPrice), "", "VP", line.sku});
        builder.segment({"ACK", "IA", quantity, "EA"});
    }
    builder.segment({"CTT", std::to_string(order.lines.size())});
    builder.endSet();
    return builder.finish();
}

std::string write810(const model::Invoice &invoice, const X12WriterOptions &options)
{
    if (invoice.invoiceNumber.empty())
        throw X12WriteError("an 810 needs the invoice number");
    Builder builder(options, "IN");
    builder.beginSet("810");
    const auto date =
        invoice.issuedAt ? dateTimeText(*invoice.issuedAt).ccyymmdd : builder.created().ccyymmdd;
    builder.segment({"BIG", date, invoice.invoiceNumber, "", invoice.orderNumber, "", "",
                     invoice.creditNote ? "CR" : ""});
    if (!invoice.currency.empty())
        builder.segment({"CUR", "SE", invoice.currency});
    std::size_t index = 0;
    for (const auto &line : invoice.lines) {
        ++index;
        builder.segment({"IT1", line.lineId.empty() ? std::to_string(index) : line.lineId,
                         std::to_string(line.quantity), "EA", amount(line.unitPrice), "", "VP",
                         line.sku});
    }
    // TDS01 carries two implied decimals; the canonical total has four.
    builder.segment({"TDS", std::to_string(invoice.total.units() / (Decimal::Scale / 100))});
    if (invoice.taxTotal != Decimal{})
        builder.segment({"TXI", "TX", amount(invoice.taxTotal)});
    builder.segment({"CTT", std::to_string(invoice.lines.size())});
    builder.endSet();
    return builder.finish();
}

} // namespace syncline::files
