#include "files/X12Mapping.h"

#include "model/Json.h"
#include "util/Crypto.h"
#include "util/Uuid.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cstdint>
#include <map>
#include <utility>

namespace json = boost::json;

namespace syncline::files::detail {

namespace {

std::string quoted(std::string_view text)
{
    return "\"" + std::string(text) + "\"";
}

bool allDigits(std::string_view text)
{
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

int number(std::string_view digits)
{
    return std::stoi(std::string(digits));
}

// X12 dates are CCYYMMDD (or YYMMDD in the ISA) and times HHMM[SS[dd]], without a zone: they are
// read as UTC, the only zone both sides can agree on without a trading partner agreement.
std::optional<TimePoint> x12DateTime(std::string_view date, std::string_view time = {})
{
    if (!allDigits(date) || (date.size() != 8 && date.size() != 6))
        return std::nullopt;
    const int year =
        date.size() == 8 ? number(date.substr(0, 4)) : 2000 + number(date.substr(0, 2));
    const auto monthDay = date.substr(date.size() - 4);
    const std::chrono::year_month_day ymd{
        std::chrono::year(year),
        std::chrono::month(static_cast<unsigned>(number(monthDay.substr(0, 2)))),
        std::chrono::day(static_cast<unsigned>(number(monthDay.substr(2, 2))))};
    if (!ymd.ok())
        return std::nullopt;
    std::chrono::milliseconds offset{0};
    if (time.size() >= 4 && allDigits(time)) {
        offset += std::chrono::hours(number(time.substr(0, 2))) +
                  std::chrono::minutes(number(time.substr(2, 2)));
        if (time.size() >= 6)
            offset += std::chrono::seconds(number(time.substr(4, 2)));
    }
    return TimePoint(std::chrono::sys_days(ymd).time_since_epoch() + offset);
}

// X12 "R" values: "9.25", ".5", "-3", "120".
std::optional<Decimal> x12Decimal(std::string_view text)
{
    std::string value(text);
    if (!value.empty() && value.front() == '.')
        value.insert(0, "0");
    if (value.size() > 1 && value[0] == '-' && value[1] == '.')
        value.insert(1, "0");
    return Decimal::parse(value);
}

std::optional<std::int64_t> x12Whole(std::string_view text)
{
    const auto value = x12Decimal(text);
    if (!value || value->units() % Decimal::Scale != 0)
        return std::nullopt;
    return value->units() / Decimal::Scale;
}

constexpr std::int64_t kMaxCents = INT64_MAX / (Decimal::Scale / 100);

// total += price * quantity, refused instead of overflowing on absurd input.
bool addProduct(Decimal &total, Decimal price, std::int64_t quantity)
{
    std::int64_t amount = 0;
    std::int64_t sum = 0;
    if (__builtin_mul_overflow(price.units(), quantity, &amount) ||
        __builtin_add_overflow(total.units(), amount, &sum))
        return false;
    total = Decimal::fromUnits(sum);
    return true;
}

// Which product id becomes the SKU when a line carries several: the seller's own codes first.
constexpr std::array<std::string_view, 10> kProductIdPreference = {"SK", "VP", "VN", "BP", "IN",
                                                                   "CB", "UP", "EN", "UK", "PN"};

class Mapper {
public:
    Mapper(const X12Interchange &interchange, const X12Group &group, X12TransactionSet &set,
           const X12ReadOptions &options)
        : interchange_(interchange)
        , set_(set)
        , options_(options)
    {
        const auto hash = crypto::sha256Hex(x12SetText(interchange, set)).substr(0, 16);
        keyPrefix_ = "x12:" + options.connection + ":" + interchange.senderId() + ":" +
                     interchange.controlNumber() + ":" + group.controlNumber() + ":" +
                     set.controlNumber + ":" + hash + ":";
        groupTime_ = x12DateTime(group.header.element(4), group.header.element(5));
    }

    std::vector<Event> run()
    {
        if (set_.id == "850")
            mapOrder(false);
        else if (set_.id == "855")
            mapOrder(true);
        else if (set_.id == "856")
            mapShipNotice();
        else if (set_.id == "810")
            mapInvoice();
        else if (set_.id == "846")
            mapInventory();
        if (set_.acceptance == X12Acceptance::Rejected)
            return {};
        return std::move(events_);
    }

private:
    const std::vector<X12Segment> &segments() const { return set_.segments; }

    void fail(const X12Segment &segment, std::size_t element, int elementCode, std::string message,
              int segmentCode = 8)
    {
        set_.acceptance = X12Acceptance::Rejected;
        if (std::find(set_.setCodes.begin(), set_.setCodes.end(), 5) == set_.setCodes.end())
            set_.setCodes.push_back(5);
        X12SegmentNote note;
        note.positionInSet = segment.position - set_.segments.front().position + 1;
        note.segmentId = segment.id;
        note.segmentCode = segmentCode;
        note.element = element;
        note.elementCode = elementCode;
        note.badValue = std::string(segment.element(element)).substr(0, 99);
        set_.notes.push_back(note);
        std::string field = segment.id;
        if (element != 0)
            field += (element < 10 ? "0" : "") + std::to_string(element);
        set_.issues.push_back(
            ParseIssue{segment.line, 0, segment.position, std::move(field), std::move(message)});
    }

    void missingSegment(std::string_view id)
    {
        X12Segment expected;
        expected.id = std::string(id);
        expected.position = set_.segments.front().position + 1;
        expected.line = set_.segments.front().line;
        fail(expected, 0, 0, "mandatory segment " + std::string(id) + " is missing", 3);
    }

    // A mandatory element; fails and returns nothing when empty.
    std::optional<std::string> required(const X12Segment &segment, std::size_t element,
                                        std::string_view what)
    {
        const auto value = segment.element(element);
        if (value.empty()) {
            fail(segment, element, 1, std::string(what) + " is missing");
            return std::nullopt;
        }
        return std::string(value);
    }

    std::optional<std::int64_t> quantity(const X12Segment &segment, std::size_t element,
                                         std::int64_t minimum)
    {
        const auto text = segment.element(element);
        const auto value = x12Whole(text);
        // The upper bound keeps sums of quantities far from overflowing.
        if (!value || *value < minimum || *value > 1'000'000'000'000) {
            fail(segment, element, text.empty() ? 1 : 6,
                 quoted(text) + (minimum > 0 ? " is not a positive whole quantity"
                                             : " is not a non-negative whole quantity"));
            return std::nullopt;
        }
        return value;
    }

    std::optional<Decimal> price(const X12Segment &segment, std::size_t element)
    {
        const auto text = segment.element(element);
        if (text.empty())
            return Decimal{};
        const auto value = x12Decimal(text);
        if (!value)
            fail(segment, element, 6, quoted(text) + " is not a decimal amount");
        return value;
    }

    // Qualifier/value pairs starting at `first` (PO106/PO107, LIN02/LIN03...).
    std::optional<std::string> productId(const X12Segment &segment, std::size_t first)
    {
        std::map<std::string, std::string, std::less<>> ids;
        for (std::size_t e = first; e + 1 <= segment.elementCount(); e += 2)
            if (!segment.element(e + 1).empty())
                ids.emplace(std::string(segment.element(e)), std::string(segment.element(e + 1)));
        for (const auto qualifier : kProductIdPreference)
            if (const auto it = ids.find(qualifier); it != ids.end())
                return it->second;
        fail(segment, first, 1, "no product id (SK, VP, VN, BP, IN, CB, UP, EN) on the line");
        return std::nullopt;
    }

    void checkLineCount(std::size_t lines)
    {
        for (const auto &segment : segments()) {
            if (segment.id != "CTT")
                continue;
            const auto declared = x12Whole(segment.element(1));
            if (!declared || *declared != static_cast<std::int64_t>(lines))
                fail(segment, 1, 6,
                     "CTT01 " + quoted(segment.element(1)) + " does not match the " +
                         std::to_string(lines) + " line items");
        }
    }

    Event newEvent(Domain domain, std::string type, std::string correlationId,
                   std::optional<TimePoint> occurredAt)
    {
        Event event;
        event.eventId = newUuid();
        event.idempotencyKey = keyPrefix_ + std::to_string(events_.size() + 1);
        event.sourceSystem = options_.sourceSystem;
        event.connection = options_.connection;
        event.domain = domain;
        event.type = std::move(type);
        event.correlationId = std::move(correlationId);
        event.occurredAt = occurredAt ? *occurredAt : groupTime_.value_or(TimePoint{});
        return event;
    }

    static model::Address *addressFor(model::Order &order, std::string_view qualifier)
    {
        if (qualifier == "ST")
            return &order.shippingAddress;
        if (qualifier == "BT" || qualifier == "BY")
            return &order.billingAddress;
        return nullptr;
    }

    void readAddressSegment(const X12Segment &segment, model::Address &address)
    {
        if (segment.id == "N3") {
            auto &line = address.line1.empty() ? address.line1 : address.line2;
            line = std::string(segment.element(1));
            if (!segment.element(2).empty())
                address.line2 = std::string(segment.element(2));
        } else if (segment.id == "N4") {
            address.city = std::string(segment.element(1));
            address.region = std::string(segment.element(2));
            address.postalCode = std::string(segment.element(3));
            address.country = std::string(segment.element(4));
        } else if (segment.id == "PER" && segment.element(3) == "TE") {
            address.phone = std::string(segment.element(4));
        }
    }

    void mapOrder(bool acknowledgement)
    {
        const std::string_view headerId = acknowledgement ? "BAK" : "BEG";
        model::Order order;
        order.channel = options_.connection;
        json::array ackLines;
        const X12Segment *header = nullptr;
        model::Address *address = nullptr;
        std::optional<Decimal> declaredTotal;
        std::size_t lineCount = 0;
        for (const auto &segment : segments()) {
            if (segment.id == headerId) {
                header = &segment;
                const auto orderNumber = required(segment, 3, "the purchase order number");
                if (!orderNumber)
                    return;
                order.orderNumber = *orderNumber;
                order.placedAt = x12DateTime(segment.element(acknowledgement ? 4 : 5));
            } else if (segment.id == "CUR") {
                order.currency = std::string(segment.element(2));
            } else if (segment.id == "N1") {
                address = addressFor(order, segment.element(1));
                if (address)
                    address->name = std::string(segment.element(2));
                if (segment.element(1) == "BY") {
                    order.customer.name = std::string(segment.element(2));
                    order.customer.id = std::string(segment.element(4));
                }
            } else if (segment.id == "N3" || segment.id == "N4" || segment.id == "PER") {
                if (address)
                    readAddressSegment(segment, *address);
            } else if (segment.id == "PO1") {
                address = nullptr;
                ++lineCount;
                model::OrderLine line;
                line.lineId = segment.element(1).empty() ? std::to_string(lineCount)
                                                         : std::string(segment.element(1));
                const auto qty = quantity(segment, 2, acknowledgement ? 0 : 1);
                const auto unitPrice = price(segment, 4);
                const auto sku = productId(segment, 6);
                if (!qty || !unitPrice || !sku)
                    continue;
                line.quantity = *qty;
                line.unitPrice = *unitPrice;
                line.sku = *sku;
                if (!addProduct(order.subtotal, line.unitPrice, line.quantity)) {
                    fail(segment, 4, 6, "the line amount is out of range");
                    continue;
                }
                order.lines.push_back(line);
                if (acknowledgement)
                    ackLines.push_back(json::object{{"line_id", line.lineId}, {"sku", line.sku}});
            } else if (segment.id == "ACK" && acknowledgement && !ackLines.empty()) {
                auto &ack = ackLines.back().as_object();
                ack["status"] = segment.element(1);
                if (const auto acked = x12Whole(segment.element(2)))
                    ack["quantity"] = *acked;
            } else if (segment.id == "AMT" &&
                       (segment.element(1) == "TT" || segment.element(1) == "1")) {
                declaredTotal = price(segment, 2);
            }
        }
        if (!header)
            return missingSegment(headerId);
        checkLineCount(lineCount);
        if (order.customer.id.empty())
            order.customer.id = interchange_.senderId();
        order.total = declaredTotal.value_or(order.subtotal);
        if (set_.acceptance == X12Acceptance::Rejected)
            return;
        auto event =
            newEvent(Domain::Order, acknowledgement ? "order.acknowledged" : "order.created",
                     order.orderNumber, order.placedAt);
        auto payload = json::value_from(order);
        if (acknowledgement) {
            event.entityKey = "order-ack:" + order.orderNumber;
            payload.as_object()["acknowledgement"] =
                json::object{{"purpose", header->element(1)},
                             {"type", header->element(2)},
                             {"request_reference", header->element(6)},
                             {"seller_order_number", header->element(8)},
                             {"lines", std::move(ackLines)}};
        }
        event.payload = syncline::serialize(payload);
        events_.push_back(std::move(event));
    }

    struct Level {
        std::string_view code; // S shipment, O order, P pack, I item...
        std::string parent;
    };

    void mapShipNotice()
    {
        const X12Segment *bsn = nullptr;
        std::map<std::string, Level, std::less<>> levels;
        std::vector<model::Shipment> shipments; // one per order level
        std::map<std::string, std::size_t, std::less<>> shipmentOfOrderLevel;
        model::Shipment shipmentLevel; // what the S level says, copied into every order
        std::string currentId, currentCode, lastOrderLevel;
        std::size_t hlCount = 0;
        auto orderLevelOf = [&](std::string id) -> std::string {
            for (int depth = 0; depth < 32 && !id.empty(); ++depth) {
                const auto it = levels.find(id);
                if (it == levels.end())
                    break;
                if (it->second.code == "O")
                    return id;
                id = it->second.parent;
            }
            return lastOrderLevel;
        };
        auto target = [&]() -> model::Shipment * {
            if (currentCode == "S" || currentId.empty())
                return &shipmentLevel;
            const auto order = orderLevelOf(currentId);
            const auto it = shipmentOfOrderLevel.find(order);
            return it == shipmentOfOrderLevel.end() ? &shipmentLevel : &shipments[it->second];
        };
        std::string pendingSku;
        const X12Segment *pendingLin = nullptr;
        // SN1 is mandatory in an item loop: an item without it would ship nothing silently.
        auto itemWithoutQuantity = [&] {
            if (const auto *lin = std::exchange(pendingLin, nullptr))
                fail(*lin, 0, 0, "item " + quoted(pendingSku) + " has no SN1 shipped quantity", 3);
        };
        for (const auto &segment : segments()) {
            if (segment.id == "BSN") {
                bsn = &segment;
                const auto id = required(segment, 2, "the shipment identification");
                if (!id)
                    return;
                shipmentLevel.shipmentId = *id;
                shipmentLevel.shippedAt = x12DateTime(segment.element(3), segment.element(4));
            } else if (segment.id == "HL") {
                itemWithoutQuantity();
                ++hlCount;
                currentId = std::string(segment.element(1));
                currentCode = std::string(segment.element(3));
                levels[currentId] = Level{segment.element(3), std::string(segment.element(2))};
                if (currentCode == "O") {
                    lastOrderLevel = currentId;
                    shipmentOfOrderLevel[currentId] = shipments.size();
                    shipments.emplace_back();
                }
            } else if (segment.id == "TD5") {
                auto &carrier = target()->carrier;
                carrier = std::string(segment.element(3).empty() ? segment.element(5)
                                                                 : segment.element(3));
            } else if (segment.id == "REF" &&
                       (segment.element(1) == "CN" || segment.element(1) == "BM")) {
                auto &tracking = target()->trackingNumber;
                // A carrier's tracking number (CN) beats the bill of lading (BM).
                if (tracking.empty() || segment.element(1) == "CN")
                    tracking = std::string(segment.element(2));
            } else if (segment.id == "DTM" && segment.element(1) == "011") {
                target()->shippedAt = x12DateTime(segment.element(2), segment.element(3));
            } else if (segment.id == "N1" && segment.element(1) == "SF") {
                target()->fromLocation = std::string(
                    segment.element(4).empty() ? segment.element(2) : segment.element(4));
            } else if (segment.id == "PRF") {
                const auto po = required(segment, 1, "the purchase order number");
                if (po)
                    target()->orderNumber = *po;
            } else if (segment.id == "LIN") {
                itemWithoutQuantity();
                pendingLin = &segment;
                pendingSku = productId(segment, 2).value_or("");
            } else if (segment.id == "SN1") {
                const auto shipped = quantity(segment, 2, 0);
                if (!std::exchange(pendingLin, nullptr)) {
                    fail(segment, 0, 0, "SN1 without a preceding LIN", 7);
                    continue;
                }
                if (!shipped || pendingSku.empty())
                    continue;
                auto *shipment = target();
                if (shipment == &shipmentLevel && lastOrderLevel.empty()) {
                    // S/I without an order level (pick and pack): the shipment is the order,
                    // its PRF at the shipment level gives the order number.
                    shipmentOfOrderLevel.emplace("", shipments.size());
                    if (shipments.empty())
                        shipments.emplace_back();
                    shipment = &shipments.front();
                }
                if (shipment == &shipmentLevel) {
                    fail(segment, 0, 0, "item is not under an order (O) level", 7);
                    continue;
                }
                auto &lines = shipment->lines;
                const auto it = std::find_if(lines.begin(), lines.end(),
                                             [&](const auto &l) { return l.sku == pendingSku; });
                if (it != lines.end())
                    it->quantity += *shipped;
                else
                    lines.push_back({pendingSku, *shipped});
            }
        }
        itemWithoutQuantity();
        if (!bsn)
            return missingSegment("BSN");
        checkLineCount(hlCount);
        if (shipments.empty())
            fail(*bsn, 0, 0, "the ship notice has no order (O) level", 3);
        if (set_.acceptance == X12Acceptance::Rejected)
            return;
        for (auto &shipment : shipments) {
            auto inherit = [](std::string &value, const std::string &fallback) {
                if (value.empty())
                    value = fallback;
            };
            shipment.shipmentId = shipmentLevel.shipmentId;
            inherit(shipment.orderNumber, shipmentLevel.orderNumber);
            inherit(shipment.carrier, shipmentLevel.carrier);
            inherit(shipment.trackingNumber, shipmentLevel.trackingNumber);
            inherit(shipment.fromLocation, shipmentLevel.fromLocation);
            if (!shipment.shippedAt)
                shipment.shippedAt = shipmentLevel.shippedAt;
            if (shipment.orderNumber.empty()) {
                fail(*bsn, 0, 0, "an order level has no PRF purchase order number", 3);
                return;
            }
        }
        for (const auto &shipment : shipments) {
            auto event = newEvent(Domain::Fulfilment, "shipment.created", shipment.orderNumber,
                                  shipment.shippedAt);
            event.entityKey = "shipment:" + shipment.shipmentId + "/" + shipment.orderNumber;
            event.payload = syncline::serialize(json::value_from(shipment));
            events_.push_back(std::move(event));
        }
    }

    void mapInvoice()
    {
        model::Invoice invoice;
        const X12Segment *big = nullptr;
        bool haveTotal = false;
        std::size_t lineCount = 0;
        for (const auto &segment : segments()) {
            if (segment.id == "BIG") {
                big = &segment;
                const auto number = required(segment, 2, "the invoice number");
                if (!number)
                    return;
                invoice.invoiceNumber = *number;
                invoice.issuedAt = x12DateTime(segment.element(1));
                invoice.orderNumber = std::string(segment.element(4));
                invoice.creditNote = segment.element(7) == "CR";
            } else if (segment.id == "CUR") {
                invoice.currency = std::string(segment.element(2));
            } else if (segment.id == "IT1") {
                ++lineCount;
                model::OrderLine line;
                line.lineId = segment.element(1).empty() ? std::to_string(lineCount)
                                                         : std::string(segment.element(1));
                const auto qty = quantity(segment, 2, 0);
                const auto unitPrice = price(segment, 4);
                const auto sku = productId(segment, 6);
                if (!qty || !unitPrice || !sku)
                    continue;
                line.quantity = *qty;
                line.unitPrice = *unitPrice;
                line.sku = *sku;
                invoice.lines.push_back(line);
            } else if (segment.id == "TXI") {
                const auto tax = price(segment, 2);
                if (tax && !addProduct(invoice.taxTotal, *tax, 1))
                    fail(segment, 2, 6, "the tax total is out of range");
            } else if (segment.id == "TDS") {
                // TDS01 is an amount with two implied decimals: 1304594 is 13045.94.
                const auto cents = x12Whole(segment.element(1));
                if (!cents || *cents > kMaxCents || *cents < -kMaxCents) {
                    fail(segment, 1, 6, quoted(segment.element(1)) + " is not an amount in cents");
                    continue;
                }
                invoice.total = Decimal::fromUnits(*cents * (Decimal::Scale / 100));
                haveTotal = true;
            }
        }
        if (!big)
            return missingSegment("BIG");
        if (!haveTotal)
            return missingSegment("TDS");
        checkLineCount(lineCount);
        if (set_.acceptance == X12Acceptance::Rejected)
            return;
        auto event =
            newEvent(Domain::Order, "invoice.created",
                     invoice.orderNumber.empty() ? invoice.invoiceNumber : invoice.orderNumber,
                     invoice.issuedAt);
        event.entityKey = "invoice:" + invoice.invoiceNumber;
        event.payload = syncline::serialize(json::value_from(invoice));
        events_.push_back(std::move(event));
    }

    void mapInventory()
    {
        std::string headerLocation = options_.defaultLocation;
        std::optional<TimePoint> asOf;
        bool inItems = false;
        struct Quantities {
            std::optional<std::int64_t> onHand, reserved, available;
        };
        std::vector<std::pair<std::string, std::string>> order; // (sku, location), first seen
        std::map<std::pair<std::string, std::string>, Quantities> levels;
        std::string sku;
        const X12Segment *lin = nullptr;
        std::string_view quantityCode = "17";
        bool itemHasQuantity = false;
        auto assign = [&](const std::string &location, std::string_view code, std::int64_t value) {
            const auto key = std::make_pair(sku, location);
            if (!levels.count(key))
                order.push_back(key);
            auto &q = levels[key];
            if (code == "33")
                q.available = value;
            else if (code == "QH")
                q.reserved = value;
            else
                q.onHand = value;
        };
        auto finishItem = [&]() {
            if (lin && !itemHasQuantity)
                fail(*lin, 0, 0, "item has no QTY or SDQ quantity", 3);
        };
        bool bia = false;
        for (const auto &segment : segments()) {
            if (segment.id == "BIA") {
                bia = true;
                asOf = x12DateTime(segment.element(4), segment.element(5));
            } else if (segment.id == "N1" && !inItems) {
                headerLocation = std::string(segment.element(4).empty() ? segment.element(2)
                                                                        : segment.element(4));
            } else if (segment.id == "LIN") {
                finishItem();
                inItems = true;
                lin = &segment;
                itemHasQuantity = false;
                quantityCode = "17";
                sku = productId(segment, 2).value_or("");
            } else if (segment.id == "QTY" && lin) {
                quantityCode = segment.element(1);
                const auto value = quantity(segment, 2, 0);
                if (!value || sku.empty())
                    continue;
                itemHasQuantity = true;
                if (headerLocation.empty()) {
                    // Quantities by location may follow in SDQ; without them there is nowhere
                    // to put this one.
                    continue;
                }
                assign(headerLocation, quantityCode, *value);
            } else if (segment.id == "SDQ" && lin) {
                for (std::size_t e = 3; e + 1 <= segment.elementCount(); e += 2) {
                    if (segment.element(e).empty())
                        continue;
                    const auto value = quantity(segment, e + 1, 0);
                    if (!value || sku.empty())
                        continue;
                    itemHasQuantity = true;
                    assign(std::string(segment.element(e)), quantityCode, *value);
                }
            }
        }
        finishItem();
        if (!bia)
            return missingSegment("BIA");
        if (order.empty() && set_.acceptance != X12Acceptance::Rejected)
            fail(set_.segments.front(), 0, 0,
                 "no quantities with a location (N1 in the header, SDQ, or a configured default)",
                 3);
        if (set_.acceptance == X12Acceptance::Rejected)
            return;
        for (const auto &key : order) {
            const auto &q = levels[key];
            model::InventoryLevel level;
            level.sku = key.first;
            level.location = key.second;
            level.reserved = q.reserved.value_or(0);
            level.onHand = q.onHand ? *q.onHand : q.available.value_or(0) + level.reserved;
            level.available = q.available
                                  ? *q.available
                                  : std::max<std::int64_t>(0, level.onHand - level.reserved);
            level.asOf = asOf.value_or(groupTime_.value_or(TimePoint{}));
            auto event = newEvent(Domain::Inventory, "inventory.level", level.sku, level.asOf);
            event.entityKey = "inventory:" + level.sku + "@" + level.location;
            event.payload = syncline::serialize(json::value_from(level));
            events_.push_back(std::move(event));
        }
    }

    const X12Interchange &interchange_;
    X12TransactionSet &set_;
    const X12ReadOptions &options_;
    std::string keyPrefix_;
    std::optional<TimePoint> groupTime_;
    std::vector<Event> events_;
};

} // namespace

bool isSupportedTransactionSet(std::string_view id)
{
    return id == "846" || id == "850" || id == "855" || id == "856" || id == "810";
}

std::vector<Event> mapTransactionSet(const X12Interchange &interchange, const X12Group &group,
                                     X12TransactionSet &set, const X12ReadOptions &options)
{
    return Mapper(interchange, group, set, options).run();
}

} // namespace syncline::files::detail
