#pragma once

#include "files/X12Reader.h"
#include "model/Canonical.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

// X12 documents Syncline sends: the 997 functional acknowledgement of a received interchange,
// and the 855 and 810 of its own orders and invoices.
namespace syncline::files {

class X12WriteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct X12WriterOptions {
    std::string senderQualifier = "ZZ";
    std::string senderId;
    std::string receiverQualifier = "ZZ";
    std::string receiverId;
    std::int64_t interchangeControlNumber = 1;    // ISA13/IEA02, 1..999999999
    std::int64_t groupControlNumber = 1;          // GS06/GE02
    std::int64_t firstSetControlNumber = 1;       // ST02/SE02 of the first set, then +1
    std::string interchangeVersion = "00401";     // ISA12
    std::string groupVersion = "004010";          // GS08
    char usage = 'P';                             // ISA15: P production, T test
    bool requestAcknowledgement = false;          // ISA14
    X12Delimiters delimiters{'*', '>', '~', '^'}; // repetition used from version 00402 on
    bool newlineAfterSegment = true;
    TimePoint createdAt{}; // ISA09/10 and GS04/05; the current time when left at the epoch
};

// One 997 transaction set per received functional group: AK1, AK2/AK3/AK4/AK5 per transaction
// set, AK9 with the sets included (GE01), received and accepted.
std::string write997(const X12Interchange &received, const X12WriterOptions &options);

// The acknowledgement of a canonical order: BAK (purpose 00, `acknowledgementType` AD/AC/RJ...),
// the ship-to address, PO1 with the SKU as vendor part number (VP) and an ACK per line.
std::string write855(const model::Order &order, const X12WriterOptions &options,
                     std::string_view acknowledgementType = "AD");

// A canonical invoice: BIG, CUR, IT1 per line, TDS total in cents, TXI tax, CTT.
std::string write810(const model::Invoice &invoice, const X12WriterOptions &options);

// Options for acknowledging `received`: sender and receiver swapped, same versions.
X12WriterOptions replyOptionsFor(const X12Interchange &received);

} // namespace syncline::files
