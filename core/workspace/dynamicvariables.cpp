#include "core/workspace/dynamicvariables.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QRandomGenerator>
#include <QUuid>

#include <functional>

namespace wb::workspace {

namespace {

QRandomGenerator &rng()
{
    return *QRandomGenerator::global();
}

int randomInt(int low, int high)
{
    return int(rng().bounded(low, high + 1));
}

QString pick(const QStringList &list)
{
    return list.at(int(rng().bounded(qsizetype(list.size()))));
}

QString randomString(const char *alphabet, int length)
{
    const QByteArray chars(alphabet);
    QString out;
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(chars.at(int(rng().bounded(chars.size()))));
    return out;
}

const QStringList &firstNames()
{
    static const QStringList names{QStringLiteral("Ada"),   QStringLiteral("Alan"),
                                   QStringLiteral("Grace"), QStringLiteral("Linus"),
                                   QStringLiteral("Marie"), QStringLiteral("Niklaus"),
                                   QStringLiteral("Radia"), QStringLiteral("Ken")};
    return names;
}

const QStringList &lastNames()
{
    static const QStringList names{QStringLiteral("Lovelace"), QStringLiteral("Turing"),
                                   QStringLiteral("Hopper"),   QStringLiteral("Torvalds"),
                                   QStringLiteral("Curie"),    QStringLiteral("Wirth"),
                                   QStringLiteral("Perlman"),  QStringLiteral("Thompson")};
    return names;
}

const QStringList &words()
{
    static const QStringList list{QStringLiteral("alpha"),   QStringLiteral("bridge"),
                                  QStringLiteral("cable"),   QStringLiteral("delta"),
                                  QStringLiteral("engine"),  QStringLiteral("frame"),
                                  QStringLiteral("gateway"), QStringLiteral("harbor"),
                                  QStringLiteral("socket"),  QStringLiteral("packet")};
    return list;
}

QString isoDate(qint64 offsetSeconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(offsetSeconds).toString(Qt::ISODateWithMs);
}

using Generator = std::function<QString()>;

const QHash<QString, Generator> &generators()
{
    static const QHash<QString, Generator> table{
        {QStringLiteral("$guid"),
         [] { return QUuid::createUuid().toString(QUuid::WithoutBraces); }},
        {QStringLiteral("$randomUUID"),
         [] { return QUuid::createUuid().toString(QUuid::WithoutBraces); }},
        {QStringLiteral("$timestamp"),
         [] { return QString::number(QDateTime::currentSecsSinceEpoch()); }},
        {QStringLiteral("$isoTimestamp"), [] { return isoDate(0); }},
        {QStringLiteral("$randomInt"), [] { return QString::number(randomInt(0, 1000)); }},
        {QStringLiteral("$randomBoolean"),
         [] { return randomInt(0, 1) ? QStringLiteral("true") : QStringLiteral("false"); }},
        {QStringLiteral("$randomAlphaNumeric"),
         [] { return randomString("abcdefghijklmnopqrstuvwxyz0123456789", 1); }},
        {QStringLiteral("$randomHexColor"),
         [] { return QLatin1Char('#') + randomString("0123456789abcdef", 6); }},
        {QStringLiteral("$randomAbbreviation"),
         [] {
             return pick({QStringLiteral("TCP"), QStringLiteral("HTTP"), QStringLiteral("SQL"),
                          QStringLiteral("JSON"), QStringLiteral("XML"), QStringLiteral("SSL")});
         }},
        {QStringLiteral("$randomIP"),
         [] {
             return QStringLiteral("%1.%2.%3.%4")
                 .arg(randomInt(1, 254))
                 .arg(randomInt(0, 255))
                 .arg(randomInt(0, 255))
                 .arg(randomInt(1, 254));
         }},
        {QStringLiteral("$randomIPV6"),
         [] {
             QStringList groups;
             for (int i = 0; i < 8; ++i)
                 groups << randomString("0123456789abcdef", 4);
             return groups.join(QLatin1Char(':'));
         }},
        {QStringLiteral("$randomMACAddress"),
         [] {
             QStringList groups;
             for (int i = 0; i < 6; ++i)
                 groups << randomString("0123456789abcdef", 2);
             return groups.join(QLatin1Char(':'));
         }},
        {QStringLiteral("$randomPassword"),
         [] {
             return randomString("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
                                 15);
         }},
        {QStringLiteral("$randomLocale"),
         [] {
             return pick({QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh")});
         }},
        {QStringLiteral("$randomUserAgent"),
         [] { return QStringLiteral("Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101"); }},
        {QStringLiteral("$randomProtocol"),
         [] {
             return pick({QStringLiteral("http"), QStringLiteral("https")});
         }},
        {QStringLiteral("$randomSemver"),
         [] {
             return QStringLiteral("%1.%2.%3")
                 .arg(randomInt(0, 9))
                 .arg(randomInt(0, 20))
                 .arg(randomInt(0, 20));
         }},
        {QStringLiteral("$randomFirstName"), [] { return pick(firstNames()); }},
        {QStringLiteral("$randomLastName"), [] { return pick(lastNames()); }},
        {QStringLiteral("$randomFullName"),
         [] { return pick(firstNames()) + QLatin1Char(' ') + pick(lastNames()); }},
        {QStringLiteral("$randomNamePrefix"),
         [] {
             return pick({QStringLiteral("Mr."), QStringLiteral("Ms."), QStringLiteral("Dr.")});
         }},
        {QStringLiteral("$randomNameSuffix"),
         [] {
             return pick({QStringLiteral("Jr."), QStringLiteral("Sr."), QStringLiteral("PhD")});
         }},
        {QStringLiteral("$randomJobTitle"),
         [] {
             return pick({QStringLiteral("Network Engineer"), QStringLiteral("Product Designer")});
         }},
        {QStringLiteral("$randomUserName"),
         [] { return pick(firstNames()).toLower() + QString::number(randomInt(1, 99)); }},
        {QStringLiteral("$randomEmail"),
         [] {
             return pick(firstNames()).toLower() + QLatin1Char('.') + pick(lastNames()).toLower() +
                    QStringLiteral("@example.com");
         }},
        {QStringLiteral("$randomExampleEmail"),
         [] { return pick(firstNames()).toLower() + QStringLiteral("@example.org"); }},
        {QStringLiteral("$randomDomainName"),
         [] { return pick(words()) + QStringLiteral(".example"); }},
        {QStringLiteral("$randomDomainSuffix"),
         [] {
             return pick({QStringLiteral("com"), QStringLiteral("org"), QStringLiteral("net")});
         }},
        {QStringLiteral("$randomDomainWord"), [] { return pick(words()); }},
        {QStringLiteral("$randomUrl"),
         [] { return QStringLiteral("https://") + pick(words()) + QStringLiteral(".example"); }},
        {QStringLiteral("$randomWord"), [] { return pick(words()); }},
        {QStringLiteral("$randomWords"),
         [] {
             return pick(words()) + QLatin1Char(' ') + pick(words()) + QLatin1Char(' ') +
                    pick(words());
         }},
        {QStringLiteral("$randomLoremWord"), [] { return pick(words()); }},
        {QStringLiteral("$randomLoremSentence"),
         [] { return pick(words()) + QLatin1Char(' ') + pick(words()) + QLatin1Char('.'); }},
        {QStringLiteral("$randomColor"),
         [] {
             return pick({QStringLiteral("red"), QStringLiteral("teal"), QStringLiteral("amber")});
         }},
        {QStringLiteral("$randomCity"),
         [] {
             return pick(
                 {QStringLiteral("Berlin"), QStringLiteral("Lagos"), QStringLiteral("Osaka")});
         }},
        {QStringLiteral("$randomCountry"),
         [] {
             return pick(
                 {QStringLiteral("Germany"), QStringLiteral("Nigeria"), QStringLiteral("Japan")});
         }},
        {QStringLiteral("$randomCountryCode"),
         [] {
             return pick({QStringLiteral("DE"), QStringLiteral("NG"), QStringLiteral("JP")});
         }},
        {QStringLiteral("$randomPhoneNumber"),
         [] {
             return QStringLiteral("%1-%2-%3")
                 .arg(randomInt(200, 999))
                 .arg(randomInt(200, 999))
                 .arg(randomInt(1000, 9999));
         }},
        {QStringLiteral("$randomCompanyName"),
         [] { return pick(lastNames()) + QStringLiteral(" Networks"); }},
        {QStringLiteral("$randomPrice"),
         [] { return QStringLiteral("%1.%2").arg(randomInt(1, 999)).arg(randomInt(10, 99)); }},
        {QStringLiteral("$randomCurrencyCode"),
         [] {
             return pick({QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("CNY")});
         }},
        {QStringLiteral("$randomBankAccount"), [] { return randomString("0123456789", 8); }},
        {QStringLiteral("$randomDatePast"), [] { return isoDate(-randomInt(86400, 86400 * 365)); }},
        {QStringLiteral("$randomDateFuture"),
         [] { return isoDate(randomInt(86400, 86400 * 365)); }},
        {QStringLiteral("$randomDateRecent"), [] { return isoDate(-randomInt(60, 86400)); }},
        {QStringLiteral("$randomWeekday"), [] { return QLocale::c().dayName(randomInt(1, 7)); }},
        {QStringLiteral("$randomMonth"), [] { return QLocale::c().monthName(randomInt(1, 12)); }},
    };
    return table;
}

} // namespace

std::optional<QString> DynamicVariables::value(const QString &name)
{
    const auto &table = generators();
    const auto it = table.constFind(name);
    if (it == table.constEnd())
        return std::nullopt;
    return (*it)();
}

QStringList DynamicVariables::names()
{
    QStringList list = generators().keys();
    list.sort();
    return list;
}

} // namespace wb::workspace
