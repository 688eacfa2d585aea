#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtEndian>

namespace wb::test {

// A small HTTP CONNECT and SOCKS5 proxy in the test's own thread: records what the client asked
// for and tunnels every connection to 127.0.0.1 on the requested port, whatever the host name.
class TunnelProxy : public QObject
{
    Q_OBJECT

public:
    TunnelProxy()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                handle(client);
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    quint16 port() const { return m_server.serverPort(); }
    // "CONNECT host:port" for HTTP, "SOCKS5 host:port" for SOCKS5, one per tunnel.
    const QList<QByteArray> &requests() const { return m_requests; }

private:
    void handle(QTcpSocket *client)
    {
        auto *buffer = new QByteArray;
        connect(client, &QObject::destroyed, this, [buffer] { delete buffer; });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
            if (client->property("tunnel").toBool())
                return;
            buffer->append(client->readAll());
            if (buffer->startsWith("CONNECT ")) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray target = buffer->mid(8, buffer->indexOf(' ', 8) - 8);
                m_requests.append("CONNECT " + target);
                buffer->remove(0, end + 4);
                tunnel(client, quint16(target.mid(target.lastIndexOf(':') + 1).toUInt()),
                       "HTTP/1.1 200 Connection established\r\n\r\n");
                return;
            }
            if (buffer->size() >= 3 && buffer->at(0) == 5 &&
                !client->property("greeted").toBool()) {
                const int methods = buffer->at(1);
                if (buffer->size() < 2 + methods)
                    return;
                buffer->remove(0, 2 + methods);
                client->setProperty("greeted", true);
                client->write(QByteArray("\x05\x00", 2)); // no authentication
            }
            if (!client->property("greeted").toBool() || buffer->size() < 5)
                return;
            // VER CMD RSV ATYP ADDR PORT
            QByteArray host;
            qsizetype at = 4;
            if (buffer->at(3) == 3) {
                const int length = quint8(buffer->at(4));
                if (buffer->size() < 5 + length + 2)
                    return;
                host = buffer->mid(5, length);
                at = 5 + length;
            } else if (buffer->at(3) == 1) {
                if (buffer->size() < 10)
                    return;
                host = QHostAddress(qFromBigEndian<quint32>(buffer->constData() + 4))
                           .toString()
                           .toLatin1();
                at = 8;
            } else {
                client->abort();
                return;
            }
            const quint16 port = qFromBigEndian<quint16>(buffer->constData() + at);
            m_requests.append("SOCKS5 " + host + ':' + QByteArray::number(port));
            buffer->remove(0, at + 2);
            tunnel(client, port, QByteArray("\x05\x00\x00\x01\x00\x00\x00\x00\x00\x00", 10));
        });
    }

    void tunnel(QTcpSocket *client, quint16 port, const QByteArray &reply)
    {
        client->setProperty("tunnel", true);
        auto *upstream = new QTcpSocket(client);
        connect(upstream, &QTcpSocket::connected, client,
                [client, reply] { client->write(reply); });
        connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(upstream->readAll()); });
        connect(client, &QTcpSocket::readyRead, upstream,
                [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        upstream->connectToHost(QHostAddress::LocalHost, port);
    }

    QTcpServer m_server;
    QList<QByteArray> m_requests;
};

} // namespace wb::test
