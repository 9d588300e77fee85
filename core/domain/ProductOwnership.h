#pragma once

#include "model/Canonical.h"

#include <map>
#include <optional>
#include <string_view>
#include <vector>

namespace syncline::domain {

enum class ProductField {
    Sku,
    Name,
    Unit,
    Weight,
    BasePrice,
    Currency,
    Category,
    Description,
    Images,
    SeoTitle,
    SeoDescription,
};

enum class AttributeOwner { Erp, Storefront };

std::string_view toString(ProductField field);
std::optional<ProductField> productFieldFromString(std::string_view text);
std::string_view toString(AttributeOwner owner);
const std::vector<ProductField> &allProductFields();

// Which system may write each product attribute.
class OwnershipTable {
public:
    // ERP: sku, name, unit, weight, base price, currency, category.
    // Storefront: description, images, SEO title and description.
    static OwnershipTable defaults();

    AttributeOwner owner(ProductField field) const;
    void set(ProductField field, AttributeOwner owner);
    std::vector<ProductField> ownedBy(AttributeOwner owner) const;

private:
    std::map<ProductField, AttributeOwner> owners_;
};

bool sameValue(const model::Product &a, const model::Product &b, ProductField field);
void copyField(model::Product &to, const model::Product &from, ProductField field);

struct MergeResult {
    model::Product product;
    std::vector<ProductField> applied; // owned by the sender and different
    std::vector<ProductField> ignored; // different, but owned by the other side: kept
};

// Takes from `incoming` only the fields its sender owns; everything else stays as in `current`.
MergeResult mergeProduct(const model::Product &current, const model::Product &incoming,
                         AttributeOwner sender, const OwnershipTable &table);

// The owned fields that differ between two versions from the same owner.
std::vector<ProductField> changedOwnedFields(const model::Product &before,
                                             const model::Product &after, AttributeOwner owner,
                                             const OwnershipTable &table);

enum class PublishMode {
    Delta, // event-triggered: only the owned fields that changed
    Full,  // scheduled: every ERP-owned field, to repair whatever drifted
};

struct ProductPublish {
    std::string sku;
    std::vector<ProductField> fields; // what to write to the channel; empty: nothing to send
    model::Product values;            // the ERP's values for those fields
};

// What to send to a storefront for an ERP product change. Never a storefront-owned field.
ProductPublish planPublish(const std::optional<model::Product> &previousErp,
                           const model::Product &currentErp, PublishMode mode,
                           const OwnershipTable &table);

// The channel's product after the publish: only the listed fields are overwritten.
model::Product applyPublish(const model::Product &channelProduct, const ProductPublish &publish,
                            const OwnershipTable &table);

} // namespace syncline::domain
