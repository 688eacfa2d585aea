#include "core/net/filesender.h"

#include "core/net/netsession.h"

#include <QCoreApplication>
#include <QTimer>

namespace wb::net {

namespace {

constexpr qint64 kMaxQueued = 1024 * 1024;

} // namespace

FileSender::FileSender(QObject *parent)
    : QObject(parent)
{}

Result<void> FileSender::start(NetSession *session, const QString &path, const QString &peer,
                               qint64 chunkSize)
{
    stop();
    if (!session || chunkSize <= 0) {
        return makeError(ErrorCategory::InvalidInput,
                         QCoreApplication::translate("wb::net", "Nothing to send the file with."));
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCategory::Io,
                         QCoreApplication::translate("wb::net", "Could not read %1: %2. Check the "
                                                                "path and its permissions.")
                             .arg(path, m_file.errorString()));
    }
    m_session = session;
    m_peer = peer;
    m_chunkSize = chunkSize;
    m_sent = 0;
    m_size = m_file.size();
    connect(session, &NetSession::bytesWritten, this, &FileSender::pump, Qt::UniqueConnection);
    QTimer::singleShot(0, this, &FileSender::pump);
    return {};
}

void FileSender::stop()
{
    if (m_file.isOpen())
        finish(makeError(ErrorCategory::Cancelled,
                         QCoreApplication::translate("wb::net", "Sending the file was stopped.")));
}

void FileSender::pump()
{
    if (!m_file.isOpen() || m_pumping)
        return;
    m_pumping = true;
    while (m_file.isOpen()) {
        if (!m_session || !m_session->canSend()) {
            finish(makeError(ErrorCategory::Cancelled,
                             QCoreApplication::translate(
                                 "wb::net", "The connection closed before the whole file was "
                                            "sent.")));
            break;
        }
        if (m_session->bytesToWrite() > kMaxQueued)
            break; // bytesWritten resumes
        const QByteArray piece = m_file.read(m_chunkSize);
        if (piece.isEmpty()) {
            if (m_file.atEnd())
                finish({});
            else
                finish(makeError(ErrorCategory::Io, m_file.errorString()));
            break;
        }
        if (!m_session->send(piece, m_peer)) {
            finish(
                makeError(ErrorCategory::Cancelled,
                          QCoreApplication::translate("wb::net", "The file could not be sent.")));
            break;
        }
        m_sent += piece.size();
        emit progressed(m_sent, m_size);
        if (m_session->bytesToWrite() == 0) {
            // Sessions without a write queue (UDP): yield to the event loop between pieces.
            QTimer::singleShot(0, this, &FileSender::pump);
            break;
        }
    }
    m_pumping = false;
}

void FileSender::finish(const Error &error)
{
    m_file.close();
    if (m_session)
        disconnect(m_session, &NetSession::bytesWritten, this, &FileSender::pump);
    emit finished(m_sent, error);
}

} // namespace wb::net
