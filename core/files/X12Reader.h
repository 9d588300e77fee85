#pragma once

#include "files/ParseResult.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// ASC X12 interchanges: the structural view (interchange -> groups -> transaction sets ->
// segments -> elements) with envelope validation, and the mapping of the supported
// transaction sets (846, 850, 855, 856, 810) to canonical events.
namespace syncline::files {

struct X12Delimiters {
    char element = '*';
    char component = '>';
    char segment = '~';
    std::optional<char> repetition; // ISA11, from version 00402 on
};

struct X12Segment {
    std::string id;
    std::vector<std::string> elements; // elements[0] is the id; element(1) is the first value
    std::size_t position = 0;          // 1-based position in the interchange (ISA = 1)
    std::size_t line = 0;              // physical line the segment starts on

    // Element by its X12 number (BEG03 -> element(3)); empty when absent.
    std::string_view element(std::size_t index) const;
    std::size_t elementCount() const { return elements.empty() ? 0 : elements.size() - 1; }
    // Composite element split on the component separator.
    std::vector<std::string> components(std::size_t index, const X12Delimiters &delimiters) const;
    // Repeated element split on the repetition separator. Only for elements the standard
    // defines as repeatable: senders also use the separator character inside plain data.
    std::vector<std::string> repetitions(std::size_t index, const X12Delimiters &delimiters) const;
};

// Codes for the 997 (X12 elements 716, 718, 720, 723).
struct X12SegmentNote {
    std::size_t positionInSet = 0; // AK302, ST = 1
    std::string segmentId;         // AK301
    int segmentCode = 8;           // AK304: 8 = segment has data element errors
    std::size_t element = 0;       // AK401, 0 when the problem is not one element
    int elementCode = 0;           // AK403
    std::string badValue;          // AK404
};

enum class X12Acceptance { Accepted, AcceptedWithErrors, Rejected };

struct X12TransactionSet {
    std::string id;                   // ST01: "850"
    std::string controlNumber;        // ST02
    std::vector<X12Segment> segments; // ST..SE inclusive (SE absent if the trailer is missing)
    X12Acceptance acceptance = X12Acceptance::Accepted;
    std::vector<int> setCodes; // AK5 codes: 1 unsupported, 2 no trailer, 3 control, 4 count, 5 seg
    std::vector<X12SegmentNote> notes;
    std::vector<ParseIssue> issues;
    std::size_t eventCount = 0; // events mapped from this set
};

struct X12Group {
    X12Segment header;                 // GS
    std::optional<X12Segment> trailer; // GE
    std::vector<X12TransactionSet> sets;
    std::vector<int> groupCodes; // AK9 codes: 3 no trailer, 4 control, 5 count
    bool rejected = false;       // envelope errors: the whole group is refused

    std::string functionalId() const { return std::string(header.element(1)); }
    std::string controlNumber() const { return std::string(header.element(6)); }
    std::string version() const { return std::string(header.element(8)); }
    std::size_t setsDeclared() const; // GE01, or the number of sets without a trailer
};

struct X12Interchange {
    X12Delimiters delimiters;
    X12Segment header;                 // ISA, elements trimmed of their fixed-width padding
    std::optional<X12Segment> trailer; // IEA
    std::vector<X12Group> groups;
    std::size_t segmentCount = 0;

    std::string senderQualifier() const { return std::string(header.element(5)); }
    std::string senderId() const { return std::string(header.element(6)); }
    std::string receiverQualifier() const { return std::string(header.element(7)); }
    std::string receiverId() const { return std::string(header.element(8)); }
    std::string version() const { return std::string(header.element(12)); }
    std::string controlNumber() const { return std::string(header.element(13)); }
};

struct X12ReadOptions {
    std::string connection;
    std::string sourceSystem = "edi";
    std::string fileName;
    std::string defaultLocation; // 846 quantities without a location
};

struct X12Document {
    ParseResult result;
    std::optional<X12Interchange> interchange; // absent when the input is not X12 at all
};

// Structure and envelope only; nothing is mapped. Each set's acceptance reflects the envelope.
X12Document parseX12Structure(std::string_view bytes);

// Structure, envelope and mapping. A set with an envelope or mapping error is refused whole
// (none of its events are returned); unsupported sets are reported, never dropped silently.
// The input is fatal when the interchange envelope is broken or no set passed the envelope.
X12Document readX12(std::string_view bytes, const X12ReadOptions &options);

// The raw text of one transaction set (ST..SE) joined with the interchange's delimiters,
// for rejected-record bodies and diagnostics.
std::string x12SetText(const X12Interchange &interchange, const X12TransactionSet &set);

} // namespace syncline::files
