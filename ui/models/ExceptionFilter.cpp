#include "models/ExceptionFilter.h"

namespace syncline::ui {

bool ExceptionFilter::isEmpty() const
{
    return *this == ExceptionFilter{};
}

QVariantMap ExceptionFilter::toVariant() const
{
    QVariantMap map;
    map.insert(QStringLiteral("reason"), reason);
    if (domain)
        map.insert(
            QStringLiteral("domain"),
            QString::fromUtf8(toString(*domain).data(), qsizetype(toString(*domain).size())));
    map.insert(QStringLiteral("connection"), connection);
    if (owner)
        map.insert(QStringLiteral("owner"), *owner);
    map.insert(QStringLiteral("minimumAgeMinutes"), minimumAgeMinutes);
    map.insert(QStringLiteral("text"), text);
    return map;
}

ExceptionFilter ExceptionFilter::fromVariant(const QVariantMap &map)
{
    ExceptionFilter filter;
    filter.reason = map.value(QStringLiteral("reason")).toString();
    filter.domain = domainFromString(map.value(QStringLiteral("domain")).toString());
    filter.connection = map.value(QStringLiteral("connection")).toString();
    if (map.contains(QStringLiteral("owner")))
        filter.owner = map.value(QStringLiteral("owner")).toString();
    filter.minimumAgeMinutes = map.value(QStringLiteral("minimumAgeMinutes")).toInt();
    filter.text = map.value(QStringLiteral("text")).toString();
    return filter;
}

std::optional<Domain> domainFromString(const QString &text)
{
    for (Domain domain :
         {Domain::Product, Domain::Inventory, Domain::Pricing, Domain::Order, Domain::Fulfilment}) {
        if (text == QLatin1String(toString(domain).data(), qsizetype(toString(domain).size())))
            return domain;
    }
    return std::nullopt;
}

std::string foldedUtf8(const QString &text)
{
    return text.toCaseFolded().toStdString();
}

void RowIndexedTableModel::resortKeepingPersistentIndexes(const RowIndex &rows,
                                                          const std::function<void()> &resort)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sources;
    sources.reserve(std::size_t(before.size()));
    for (const QModelIndex &index : before)
        sources.push_back(rows.sourceOf(index.row()));
    resort();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rows.rowOfSource(sources[std::size_t(i)]), before.at(i).column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace syncline::ui
