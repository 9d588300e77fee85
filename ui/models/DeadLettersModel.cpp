#include "models/DeadLettersModel.h"

#include "Presentation.h"
#include "util/Clock.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace syncline::ui {

namespace {

QString text(std::string_view value)
{
    return QString::fromUtf8(value.data(), qsizetype(value.size()));
}

} // namespace

DeadLettersModel::DeadLettersModel(QObject *parent)
    : RowIndexedTableModel(parent)
    , now_([] { return QDateTime::currentDateTimeUtc(); })
{}

QString DeadLettersModel::reasonOf(const DeadLetter &letter)
{
    return text(toString(letter.stage)) + QLatin1Char('/') + text(toString(letter.errorClass));
}

void DeadLettersModel::setDeadLetters(std::vector<DeadLetter> letters)
{
    beginResetModel();
    letters_ = std::move(letters);
    searchText_.clear();
    searchText_.reserve(letters_.size());
    reasons_.clear();
    reasons_.reserve(letters_.size());
    sourceById_.clear();
    sourceById_.reserve(qsizetype(letters_.size()));
    for (std::size_t i = 0; i < letters_.size(); ++i) {
        const DeadLetter &letter = letters_[i];
        searchText_.push_back(foldedUtf8(text(letter.correlationId + '\n' + letter.type + '\n' +
                                              letter.error + '\n' + letter.eventId + '\n' +
                                              letter.target + '\n' + std::to_string(letter.id))));
        reasons_.push_back(reasonOf(letter));
        sourceById_.insert(letter.id, int(i));
    }
    refilter();
    endResetModel();
}

void DeadLettersModel::setFilter(const ExceptionFilter &filter)
{
    beginResetModel();
    filter_ = filter;
    foldedText_ = foldedUtf8(filter.text.trimmed());
    refilter();
    endResetModel();
}

void DeadLettersModel::setNowFunction(NowFunction now)
{
    now_ = std::move(now);
}

void DeadLettersModel::refilter()
{
    const std::int64_t nowMs = now_().toMSecsSinceEpoch();
    index_.filter(letters_.size(), [this, nowMs](std::size_t i) { return keeps(i, nowMs); });
    applySort();
}

bool DeadLettersModel::keeps(std::size_t source, std::int64_t nowMs) const
{
    const DeadLetter &letter = letters_[source];
    if (filter_.domain && *filter_.domain != letter.domain)
        return false;
    if (!filter_.reason.isEmpty() && reasons_[source] != filter_.reason)
        return false;
    if (!filter_.connection.isEmpty() && letter.connection != filter_.connection.toStdString())
        return false;
    if (filter_.minimumAgeMinutes > 0 &&
        nowMs - toEpochMs(letter.createdAt) < std::int64_t(filter_.minimumAgeMinutes) * 60'000)
        return false;
    return foldedText_.empty() || searchText_[source].find(foldedText_) != std::string::npos;
}

const DeadLetter &DeadLettersModel::letterAt(int row) const
{
    return letters_[std::size_t(index_.sourceOf(row))];
}

int DeadLettersModel::rowOf(qint64 id) const
{
    const auto it = sourceById_.constFind(id);
    return it == sourceById_.constEnd() ? -1 : index_.rowOfSource(*it);
}

QList<qint64> DeadLettersModel::filteredIds() const
{
    QList<qint64> ids;
    ids.reserve(index_.size());
    for (int row = 0; row < index_.size(); ++row)
        ids.append(letterAt(row).id);
    return ids;
}

QStringList DeadLettersModel::reasons() const
{
    QSet<QString> values(reasons_.begin(), reasons_.end());
    QStringList sorted(values.begin(), values.end());
    sorted.sort();
    return sorted;
}

QStringList DeadLettersModel::connections() const
{
    QSet<QString> values;
    for (const auto &letter : letters_)
        values.insert(text(letter.connection));
    QStringList sorted(values.begin(), values.end());
    sorted.sort();
    return sorted;
}

int DeadLettersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : index_.size();
}

int DeadLettersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeadLettersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeadLetter &letter = letterAt(index.row());
    if (role == IdRole)
        return qint64(letter.id);
    if (role == Qt::ToolTipRole && index.column() == ErrorColumn)
        return text(letter.error);
    if (role == Qt::TextAlignmentRole &&
        (index.column() == IdColumn || index.column() == AttemptsColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return QLocale().toString(qlonglong(letter.id));
    case ConnectionColumn:
        return text(letter.connection);
    case DomainColumn:
        return Presentation::domainText(letter.domain);
    case TypeColumn:
        return text(letter.type);
    case CorrelationColumn:
        return text(letter.correlationId);
    case ReasonColumn:
        return reasons_[std::size_t(index_.sourceOf(index.row()))];
    case AttemptsColumn:
        return QLocale().toString(qlonglong(letter.attempts));
    case AgeColumn:
        return Presentation::relativeTime(Presentation::toDateTime(letter.createdAt), now_());
    case ErrorColumn:
        return text(letter.error);
    default:
        return {};
    }
}

QVariant DeadLettersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("#");
    case ConnectionColumn:
        return tr("Connection");
    case DomainColumn:
        return tr("Domain");
    case TypeColumn:
        return tr("Type");
    case CorrelationColumn:
        return tr("Entity");
    case ReasonColumn:
        return tr("Reason");
    case AttemptsColumn:
        return tr("Attempts");
    case AgeColumn:
        return tr("Age");
    case ErrorColumn:
        return tr("Error");
    default:
        return {};
    }
}

void DeadLettersModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    resortKeepingPersistentIndexes(index_, [this, column, order] {
        sortColumn_ = column;
        sortOrder_ = order;
        applySort();
    });
}

void DeadLettersModel::applySort()
{
    const auto byText = [this](std::string DeadLetter::*field) {
        return std::function<bool(int, int)>([this, field](int a, int b) {
            return letters_[std::size_t(a)].*field < letters_[std::size_t(b)].*field;
        });
    };
    std::function<bool(int, int)> less;
    switch (sortColumn_) {
    case ConnectionColumn:
        less = byText(&DeadLetter::connection);
        break;
    case TypeColumn:
        less = byText(&DeadLetter::type);
        break;
    case CorrelationColumn:
        less = byText(&DeadLetter::correlationId);
        break;
    case ErrorColumn:
        less = byText(&DeadLetter::error);
        break;
    case DomainColumn:
        less = [this](int a, int b) {
            return int(letters_[std::size_t(a)].domain) < int(letters_[std::size_t(b)].domain);
        };
        break;
    case ReasonColumn:
        less = [this](int a, int b) { return reasons_[std::size_t(a)] < reasons_[std::size_t(b)]; };
        break;
    case AttemptsColumn:
        less = [this](int a, int b) {
            return letters_[std::size_t(a)].attempts < letters_[std::size_t(b)].attempts;
        };
        break;
    case AgeColumn:
        less = [this](int a, int b) {
            return letters_[std::size_t(a)].createdAt < letters_[std::size_t(b)].createdAt;
        };
        break;
    default:
        less = [this](int a, int b) {
            return letters_[std::size_t(a)].id < letters_[std::size_t(b)].id;
        };
        break;
    }
    if (sortOrder_ == Qt::DescendingOrder)
        index_.sort([&less](int a, int b) { return less(b, a); });
    else
        index_.sort(less);
}

} // namespace syncline::ui
