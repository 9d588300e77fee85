// WooCommerce webhook bodies to canonical events, for every supported topic. A body may be
// refused (MappingError); anything else escaping is a finding.
#include "FuzzSupport.h"
#include "model/Json.h"
#include "wire/WooCommerceMapping.h"

#include <array>

using namespace syncline;

namespace {

constexpr std::array topics = {"order.created",   "order.updated",   "order.restored",
                               "product.created", "product.updated", "product.restored"};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const wire::WooCommerceContext context{"store", "woocommerce"};
    const auto body = fuzz::asText(data, size);
    for (const auto *topic : topics) {
        try {
            for (const auto &event : wire::mapWooCommerceWebhook(topic, body, context)) {
                fuzz::require(!event.type.empty(), "a mapped event has a type");
                fuzz::require(!event.payload.empty(), "a mapped event has a payload");
                (void)parseJson(event.payload);
            }
        } catch (const MappingError &) {
            // Refused with the offending field named.
        }
    }
    return 0;
}
