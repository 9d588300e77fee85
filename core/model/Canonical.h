#pragma once

#include "model/Types.h"
#include "util/Clock.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// The canonical model: every connector maps its wire format to these types and back, so rules,
// storage and the console deal with one shape per domain whatever the source system.
namespace syncline::model {

struct Product {
    std::string sku;
    std::string name;
    std::string unit = "each";
    std::optional<std::int64_t> weightGrams;
    std::optional<Decimal> basePrice;
    std::string currency;
    // Storefront-owned attributes (description, images, SEO) travel here too; attribute ownership
    // decides which side may overwrite them.
    std::string description;
    std::vector<std::string> images;
    std::string seoTitle;
    std::string seoDescription;
    std::string category;
};

struct InventoryLevel {
    std::string sku;
    std::string location;
    std::int64_t onHand = 0;
    std::int64_t reserved = 0;
    std::int64_t available = 0;
    TimePoint asOf{};
    std::int64_t sourceSequence = 0;
};

struct PriceEntry {
    std::string sku;
    std::int64_t minQuantity = 1; // tier break
    Decimal unitPrice;
    std::optional<TimePoint> validFrom;
    std::optional<TimePoint> validTo;
};

struct PriceList {
    std::string id;
    std::string currency;
    std::vector<PriceEntry> entries;
};

struct CustomerContract {
    std::string contractId;
    std::string customerId;
    std::string currency;
    std::optional<TimePoint> validFrom;
    std::optional<TimePoint> validTo;
    std::vector<PriceEntry> entries;
};

struct Address {
    std::string name;
    std::string company;
    std::string line1;
    std::string line2;
    std::string city;
    std::string region;
    std::string postalCode;
    std::string country; // ISO 3166-1 alpha-2
    std::string phone;
};

struct Customer {
    std::string id; // id in the source system
    std::string email;
    std::string name;
    std::string accountNumber; // ERP account, once mapped
};

enum class PaymentState { Unknown, Pending, Authorized, Paid, PartiallyPaid, Refunded, Voided };

struct OrderLine {
    std::string lineId;
    std::string sku;
    std::int64_t quantity = 0;
    Decimal unitPrice;
    Decimal tax;
};

struct Order {
    std::string orderNumber;       // the business key the operators search for
    std::string storefrontOrderId; // platform id, exact (Shopify ids exceed 2^53)
    std::string channel;
    Customer customer;
    Address billingAddress;
    Address shippingAddress;
    std::vector<OrderLine> lines;
    std::string currency;
    Decimal subtotal;
    Decimal taxTotal;
    Decimal shippingTotal;
    Decimal total;
    PaymentState paymentState = PaymentState::Unknown;
    std::optional<TimePoint> placedAt;
    bool cancelled = false;
};

struct ShipmentLine {
    std::string sku;
    std::int64_t quantity = 0;
};

struct Shipment {
    std::string shipmentId;
    std::string orderNumber;
    std::string carrier;
    std::string trackingNumber;
    std::string trackingUrl;
    std::string fromLocation;
    std::vector<ShipmentLine> lines;
    std::optional<TimePoint> shippedAt;
};

enum class InvoiceStatus { Draft, Issued, Paid, Cancelled };

struct Invoice {
    std::string invoiceNumber;
    std::string orderNumber;
    bool creditNote = false;
    InvoiceStatus status = InvoiceStatus::Issued;
    std::string currency;
    Decimal total;
    Decimal taxTotal;
    std::vector<OrderLine> lines;
    std::optional<TimePoint> issuedAt;
};

struct ReturnLine {
    std::string sku;
    std::int64_t quantity = 0;
    std::string reason;
};

struct ReturnCredit {
    std::string returnId;
    std::string orderNumber;
    std::vector<ReturnLine> lines;
    Decimal refundAmount;
    std::string currency;
    std::string status; // requested, received, refunded, rejected
    std::optional<TimePoint> createdAt;
};

std::string_view toString(PaymentState value);
PaymentState paymentStateFromString(std::string_view text);
std::string_view toString(InvoiceStatus value);
InvoiceStatus invoiceStatusFromString(std::string_view text);

} // namespace syncline::model
