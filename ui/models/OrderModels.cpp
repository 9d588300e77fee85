#include "models/OrderModels.h"

#include "Presentation.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace syncline::ui {

namespace {

QString text(const std::string &value)
{
    return QString::fromStdString(value);
}

QString localTime(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
                        : OrderTimelineModel::tr("pending");
}

QDateTime dateTime(TimePoint at)
{
    return Presentation::toDateTime(at);
}

// Pretty-printed when it is JSON, as stored otherwise.
QString readable(const std::string &value)
{
    QJsonParseError error{};
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromStdString(value), &error);
    if (error.error == QJsonParseError::NoError && !document.isNull())
        return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
    return text(value);
}

QString holdStatusText(domain::HoldStatus status)
{
    switch (status) {
    case domain::HoldStatus::Open:
        return OrderTimelineModel::tr("open");
    case domain::HoldStatus::Resolved:
        return OrderTimelineModel::tr("resolved");
    case domain::HoldStatus::Approved:
        return OrderTimelineModel::tr("approved");
    case domain::HoldStatus::Rejected:
        return OrderTimelineModel::tr("rejected");
    case domain::HoldStatus::Snoozed:
        return OrderTimelineModel::tr("snoozed");
    }
    return {};
}

QString holdPayload(const domain::Hold &hold)
{
    QString out = OrderTimelineModel::tr("Hold %1 (%2), %3\n")
                      .arg(text(hold.id), text(hold.reasonCode), holdStatusText(hold.status));
    out += OrderTimelineModel::tr("Message: %1\n").arg(text(hold.message));
    if (!hold.suggestedFix.empty())
        out += OrderTimelineModel::tr("Suggested fix: %1\n").arg(text(hold.suggestedFix));
    QStringList subjects;
    for (const auto &subject : hold.subjects)
        subjects << text(subject);
    if (!subjects.isEmpty())
        out += OrderTimelineModel::tr("Subjects: %1\n").arg(subjects.join(QStringLiteral(", ")));
    if (!hold.owner.empty())
        out += OrderTimelineModel::tr("Owner: %1\n").arg(text(hold.owner));
    if (!hold.resolution.empty())
        out += OrderTimelineModel::tr("Resolution: %1\n").arg(text(hold.resolution));
    for (const auto &note : hold.notes)
        out += OrderTimelineModel::tr("Note by %1 at %2: %3\n")
                   .arg(text(note.author), localTime(dateTime(note.at)), text(note.text));
    return out.trimmed();
}

} // namespace

// --- OrderResultsModel -------------------------------------------------------------------

OrderResultsModel::OrderResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString OrderResultsModel::customerName(const std::string &orderJson)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(orderJson));
    return document.object()
        .value(QStringLiteral("customer"))
        .toObject()
        .value(QStringLiteral("name"))
        .toString();
}

void OrderResultsModel::setOrders(std::vector<OrderRecord> orders)
{
    beginResetModel();
    orders_.clear();
    orders_.reserve(orders.size());
    for (auto &order : orders) {
        QString customer = customerName(order.payload);
        orders_.push_back({std::move(order), std::move(customer)});
    }
    endResetModel();
}

QString OrderResultsModel::stateText(domain::OrderState state)
{
    using domain::OrderState;
    switch (state) {
    case OrderState::Received:
        return tr("Received");
    case OrderState::Validating:
        return tr("Validating");
    case OrderState::Held:
        return tr("Held");
    case OrderState::Ready:
        return tr("Ready");
    case OrderState::Posted:
        return tr("Posted");
    case OrderState::Acknowledged:
        return tr("Acknowledged");
    case OrderState::PartiallyShipped:
        return tr("Partially shipped");
    case OrderState::Shipped:
        return tr("Shipped");
    case OrderState::Invoiced:
        return tr("Invoiced");
    case OrderState::Closed:
        return tr("Closed");
    case OrderState::Cancelled:
        return tr("Cancelled");
    case OrderState::Failed:
        return tr("Failed");
    }
    return {};
}

int OrderResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(orders_.size());
}

int OrderResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = orders_[std::size_t(index.row())];
    if (role == OrderNumberRole)
        return text(row.record.orderNumber);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case OrderColumn:
        return text(row.record.orderNumber);
    case CustomerColumn:
        return row.customer;
    case EmailColumn:
        return text(row.record.customerEmail);
    case ChannelColumn:
        return text(row.record.channel);
    case StateColumn:
        return stateText(row.record.state);
    case CreatedColumn:
        return dateTime(row.record.createdAt)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    default:
        return {};
    }
}

QVariant OrderResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrderColumn:
        return tr("Order");
    case CustomerColumn:
        return tr("Customer");
    case EmailColumn:
        return tr("E-mail");
    case ChannelColumn:
        return tr("Channel");
    case StateColumn:
        return tr("State");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

// --- OrderTimelineModel ------------------------------------------------------------------

OrderTimelineModel::OrderTimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

std::vector<TimelineEntry> OrderTimelineModel::timeline(const OrderHistory &history)
{
    using Kind = TimelineEntry::Kind;
    std::vector<TimelineEntry> entries;
    const QString syncline = tr("Syncline");
    for (const auto &event : history.events) {
        entries.push_back({Kind::Event,
                           dateTime(event.receivedAt),
                           tr("Received %1").arg(text(event.type)),
                           text(event.connection),
                           {},
                           tr("Event %1, %2").arg(text(event.eventId), text(event.status)),
                           readable(event.payload)});
    }
    for (const auto &entry : history.audit) {
        QString payload = tr("Audit entry #%1: %2 on %3 %4\nBy: %5 (%6)\nReason: %7\n")
                              .arg(entry.sequence)
                              .arg(text(entry.action), text(entry.objectType), text(entry.objectId),
                                   text(entry.actor), text(entry.role), text(entry.reason));
        payload +=
            tr("\nBefore:\n%1\n\nAfter:\n%2").arg(readable(entry.before), readable(entry.after));
        entries.push_back({Kind::Decision, dateTime(entry.at), text(entry.action), syncline,
                           tr("%1 (%2)").arg(text(entry.actor), text(entry.role)),
                           text(entry.reason), payload});
    }
    // A hold closes in the step that decided it: right after the decision, before the state
    // moves on.
    for (const auto &hold : history.holds) {
        if (hold.closedAt)
            entries.push_back({Kind::Hold,
                               dateTime(*hold.closedAt),
                               tr("Hold %1").arg(holdStatusText(hold.status)),
                               syncline,
                               {},
                               text(hold.resolution),
                               holdPayload(hold)});
    }
    for (const auto &transition : history.transitions) {
        const QString from = OrderResultsModel::stateText(transition.from);
        const QString to = OrderResultsModel::stateText(transition.to);
        entries.push_back({Kind::Transition, dateTime(transition.at), to, syncline,
                           text(transition.actor), text(transition.cause),
                           tr("%1 -> %2\nBy: %3\nWhy: %4")
                               .arg(from, to, text(transition.actor), text(transition.cause))});
    }
    for (const auto &hold : history.holds) {
        entries.push_back({Kind::Hold,
                           dateTime(hold.createdAt),
                           tr("Held: %1").arg(text(hold.reasonCode)),
                           syncline,
                           {},
                           text(hold.message),
                           holdPayload(hold)});
    }
    for (const auto &delivery : history.deliveries) {
        const bool delivered = delivery.deliveredAt.has_value();
        QString payload =
            tr("Event %1 to %2\nStatus: %3\nAttempts: %4")
                .arg(text(delivery.eventId), text(delivery.target), text(delivery.status))
                .arg(delivery.attempts);
        if (!delivery.lastError.empty())
            payload += tr("\nLast error: %1").arg(text(delivery.lastError));
        entries.push_back(
            {Kind::Delivery,
             Presentation::toDateTime(delivery.deliveredAt),
             delivered ? tr("Delivered to %1").arg(text(delivery.target))
                       : tr("Delivery to %1: %2").arg(text(delivery.target), text(delivery.status)),
             text(delivery.target),
             {},
             delivery.lastError.empty() ? tr("%n attempts", nullptr, int(delivery.attempts))
                                        : text(delivery.lastError),
             payload});
    }
    // Stable: entries of one kind keep the store's order; what has not happened yet goes last.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) {
                         if (a.at.isValid() != b.at.isValid())
                             return a.at.isValid();
                         return a.at < b.at;
                     });
    return entries;
}

void OrderTimelineModel::setHistory(const OrderHistory &history)
{
    beginResetModel();
    entries_ = timeline(history);
    endResetModel();
}

void OrderTimelineModel::clear()
{
    beginResetModel();
    entries_.clear();
    endResetModel();
}

int OrderTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(entries_.size());
}

int OrderTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &entry = entries_[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return localTime(entry.at);
        case WhatColumn:
            return entry.what;
        case SystemColumn:
            return entry.system;
        case ActorColumn:
            return entry.actor;
        case DetailsColumn:
            return entry.details.simplified();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == DetailsColumn)
            return entry.details;
        return {};
    case KindRole:
        return int(entry.kind);
    case PayloadRole:
        return entry.payload;
    default:
        return {};
    }
}

QVariant OrderTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case WhatColumn:
        return tr("What happened");
    case SystemColumn:
        return tr("System");
    case ActorColumn:
        return tr("By");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace syncline::ui
