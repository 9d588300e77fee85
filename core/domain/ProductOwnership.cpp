#include "domain/ProductOwnership.h"

#include <algorithm>
#include <array>

namespace syncline::domain {

namespace {

using F = ProductField;

constexpr std::array<std::pair<ProductField, std::string_view>, 11> fieldNames{{
    {F::Sku, "sku"},
    {F::Name, "name"},
    {F::Unit, "unit"},
    {F::Weight, "weight"},
    {F::BasePrice, "base_price"},
    {F::Currency, "currency"},
    {F::Category, "category"},
    {F::Description, "description"},
    {F::Images, "images"},
    {F::SeoTitle, "seo_title"},
    {F::SeoDescription, "seo_description"},
}};

} // namespace

std::string_view toString(ProductField field)
{
    for (const auto &[value, name] : fieldNames)
        if (value == field)
            return name;
    return "sku";
}

std::optional<ProductField> productFieldFromString(std::string_view text)
{
    for (const auto &[value, name] : fieldNames)
        if (name == text)
            return value;
    return std::nullopt;
}

std::string_view toString(AttributeOwner owner)
{
    return owner == AttributeOwner::Erp ? "erp" : "storefront";
}

const std::vector<ProductField> &allProductFields()
{
    static const std::vector<ProductField> fields = [] {
        std::vector<ProductField> out;
        out.reserve(std::size(fieldNames));
        for (const auto &entry : fieldNames)
            out.push_back(entry.first);
        return out;
    }();
    return fields;
}

OwnershipTable OwnershipTable::defaults()
{
    OwnershipTable table;
    for (const auto field : allProductFields())
        table.owners_[field] = AttributeOwner::Erp;
    for (const auto field : {F::Description, F::Images, F::SeoTitle, F::SeoDescription})
        table.owners_[field] = AttributeOwner::Storefront;
    return table;
}

AttributeOwner OwnershipTable::owner(ProductField field) const
{
    const auto it = owners_.find(field);
    return it == owners_.end() ? AttributeOwner::Erp : it->second;
}

void OwnershipTable::set(ProductField field, AttributeOwner owner)
{
    // The SKU is the key that joins both sides: it always comes from the ERP.
    if (field == F::Sku)
        return;
    owners_[field] = owner;
}

std::vector<ProductField> OwnershipTable::ownedBy(AttributeOwner owner) const
{
    std::vector<ProductField> out;
    for (const auto field : allProductFields())
        if (this->owner(field) == owner)
            out.push_back(field);
    return out;
}

bool sameValue(const model::Product &a, const model::Product &b, ProductField field)
{
    switch (field) {
    case F::Sku:
        return a.sku == b.sku;
    case F::Name:
        return a.name == b.name;
    case F::Unit:
        return a.unit == b.unit;
    case F::Weight:
        return a.weightGrams == b.weightGrams;
    case F::BasePrice:
        return a.basePrice == b.basePrice;
    case F::Currency:
        return a.currency == b.currency;
    case F::Category:
        return a.category == b.category;
    case F::Description:
        return a.description == b.description;
    case F::Images:
        return a.images == b.images;
    case F::SeoTitle:
        return a.seoTitle == b.seoTitle;
    case F::SeoDescription:
        return a.seoDescription == b.seoDescription;
    }
    return true;
}

void copyField(model::Product &to, const model::Product &from, ProductField field)
{
    switch (field) {
    case F::Sku:
        to.sku = from.sku;
        break;
    case F::Name:
        to.name = from.name;
        break;
    case F::Unit:
        to.unit = from.unit;
        break;
    case F::Weight:
        to.weightGrams = from.weightGrams;
        break;
    case F::BasePrice:
        to.basePrice = from.basePrice;
        break;
    case F::Currency:
        to.currency = from.currency;
        break;
    case F::Category:
        to.category = from.category;
        break;
    case F::Description:
        to.description = from.description;
        break;
    case F::Images:
        to.images = from.images;
        break;
    case F::SeoTitle:
        to.seoTitle = from.seoTitle;
        break;
    case F::SeoDescription:
        to.seoDescription = from.seoDescription;
        break;
    }
}

MergeResult mergeProduct(const model::Product &current, const model::Product &incoming,
                         AttributeOwner sender, const OwnershipTable &table)
{
    MergeResult result{current, {}, {}};
    for (const auto field : allProductFields()) {
        if (field == F::Sku || sameValue(current, incoming, field))
            continue;
        if (table.owner(field) == sender) {
            copyField(result.product, incoming, field);
            result.applied.push_back(field);
        } else {
            result.ignored.push_back(field);
        }
    }
    return result;
}

std::vector<ProductField> changedOwnedFields(const model::Product &before,
                                             const model::Product &after, AttributeOwner owner,
                                             const OwnershipTable &table)
{
    std::vector<ProductField> changed;
    for (const auto field : table.ownedBy(owner))
        if (!sameValue(before, after, field))
            changed.push_back(field);
    return changed;
}

ProductPublish planPublish(const std::optional<model::Product> &previousErp,
                           const model::Product &currentErp, PublishMode mode,
                           const OwnershipTable &table)
{
    ProductPublish publish;
    publish.sku = currentErp.sku;
    publish.values = currentErp;
    if (mode == PublishMode::Full || !previousErp)
        publish.fields = table.ownedBy(AttributeOwner::Erp);
    else
        publish.fields = changedOwnedFields(*previousErp, currentErp, AttributeOwner::Erp, table);
    return publish;
}

model::Product applyPublish(const model::Product &channelProduct, const ProductPublish &publish,
                            const OwnershipTable &table)
{
    model::Product out = channelProduct;
    for (const auto field : publish.fields)
        if (table.owner(field) == AttributeOwner::Erp)
            copyField(out, publish.values, field);
    return out;
}

} // namespace syncline::domain
