#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace wb::test {

// A misbehaving HTTP server in the test's own thread: for each complete request head it calls
// the script with the socket and the number of the request on that connection.
class ScriptedServer : public QObject
{
    Q_OBJECT

public:
    using Script = std::function<void(QTcpSocket *socket, int requestNumber, int connectionNumber)>;

    explicit ScriptedServer(Script script)
        : m_script(std::move(script))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                const int connection = ++m_connections;
                auto *buffer = new QByteArray;
                auto *count = new int(0);
                connect(socket, &QTcpSocket::readyRead, this, [=, this] {
                    buffer->append(socket->readAll());
                    qsizetype end;
                    while ((end = buffer->indexOf("\r\n\r\n")) >= 0) {
                        m_requests.append(buffer->left(end + 4));
                        buffer->remove(0, end + 4);
                        m_script(socket, ++*count, connection);
                    }
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QObject::destroyed, this, [buffer, count] {
                    delete buffer;
                    delete count;
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    QString url(const QString &path = QStringLiteral("/")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }
    const QList<QByteArray> &requests() const { return m_requests; }

    // Closes with a TCP reset instead of a FIN.
    static void reset(QTcpSocket *socket)
    {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        socket->flush();
        socket->abort();
    }

private:
    QTcpServer m_server;
    Script m_script;
    int m_connections = 0;
    QList<QByteArray> m_requests;
};

} // namespace wb::test
