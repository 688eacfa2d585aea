#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace wb::http {

// One header line as the user wrote it: name case and order are kept and sent as given.
struct HeaderField
{
    QString name;
    QString value;
    bool enabled = true;

    friend bool operator==(const HeaderField &, const HeaderField &) = default;
};

// A field of an x-www-form-urlencoded or multipart/form-data body.
struct FormField
{
    QString name;
    QString value; // the text, or for a file part the file's path
    bool isFile = false;
    QString fileName;    // multipart filename= (defaults to the file's name)
    QString contentType; // multipart part Content-Type (empty: guessed)
    bool enabled = true;

    friend bool operator==(const FormField &, const FormField &) = default;
};

struct RequestBody
{
    enum class Kind { None, Raw, File, UrlEncoded, Multipart };
    Kind kind = Kind::None;
    QByteArray raw;          // Kind::Raw: the bytes to send
    QString contentType;     // Kind::Raw / File: Content-Type to add when the user set none
    QString filePath;        // Kind::File: streamed from this file
    QList<FormField> fields; // Kind::UrlEncoded / Multipart

    friend bool operator==(const RequestBody &, const RequestBody &) = default;
};

struct AuthSpec
{
    enum class Kind { None, Basic, Bearer, ApiKey, Digest };
    enum class ApiKeyPlace { Header, Query };
    Kind kind = Kind::None;
    QString username; // Basic, Digest
    QString password; // Basic, Digest
    QString token;    // Bearer
    QString keyName;  // ApiKey
    QString keyValue; // ApiKey
    ApiKeyPlace keyPlace = ApiKeyPlace::Header;

    friend bool operator==(const AuthSpec &, const AuthSpec &) = default;
};

// Which HTTP version a request may use.
enum class HttpProtocol {
    Auto,               // https: ALPN offers h2 and http/1.1; http: HTTP/1.1
    Http1,              // HTTP/1.1 only
    Http2,              // HTTP/2 only: https needs ALPN h2, http means prior knowledge (h2c)
    Http2PriorKnowledge // cleartext HTTP/2 without upgrade (h2c); on https the same as Http2
};

// "auto", "http1.1", "http2", "http2-prior-knowledge" (JSON, CLI); unknown names are Auto.
QString httpProtocolName(HttpProtocol protocol);
HttpProtocol httpProtocolFromName(const QString &name);

// Per-request settings. Times are in milliseconds; 0 means "no limit".
struct RequestOptions
{
    bool followRedirects = true;
    int maxRedirects = 10;
    bool verifyTls = true;
    QString caFile;                // PEM bundle added to the system CAs
    QString clientCertificateFile; // PEM certificate, or PKCS#12 (.p12/.pfx) holding both
    QString clientKeyFile;         // PEM key (empty with PKCS#12)
    QString clientKeyPassword;     // PKCS#12 or encrypted PEM key
    int connectTimeoutMs = 30000;
    int totalTimeoutMs = 0;
    int idleTimeoutMs = 60000;  // longest silence between received bytes
    QString proxy;              // "" = from environment, "none", or http://, socks5:// URL
    bool decodeContent = true;  // decode gzip, deflate, br, zstd
    bool strict = false;        // report tolerated protocol deviations as errors
    qint64 maxDecodedBytes = 0; // decompression-bomb limit; 0 = engine default
    HttpProtocol protocol = HttpProtocol::Auto;

    friend bool operator==(const RequestOptions &, const RequestOptions &) = default;
};

// What the composer edits and collections store: a plain value, before variables are resolved.
struct RequestSpec
{
    QString method = QStringLiteral("GET"); // any token, sent as typed
    QString url;                            // as typed; percent-encoding kept
    QList<HeaderField> headers;
    RequestBody body;
    AuthSpec auth;
    RequestOptions options;
    QString name;
    QString description;

    friend bool operator==(const RequestSpec &, const RequestSpec &) = default;

    // A stable JSON form for the workspace database, drafts and the CLI.
    QJsonObject toJson() const;
    static RequestSpec fromJson(const QJsonObject &json);
};

} // namespace wb::http

Q_DECLARE_METATYPE(wb::http::RequestSpec)
