#include "core/net/resetdetector.h"

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace wb::net {

ResetDetector::~ResetDetector()
{
    release();
}

void ResetDetector::attach(qintptr descriptor)
{
    release();
#ifdef Q_OS_LINUX
    if (descriptor >= 0)
        m_descriptor = ::dup(int(descriptor));
#else
    Q_UNUSED(descriptor);
#endif
}

bool ResetDetector::wasReset() const
{
#ifdef Q_OS_LINUX
    if (m_descriptor < 0)
        return false;
    tcp_info info{};
    socklen_t length = sizeof(info);
    if (::getsockopt(m_descriptor, IPPROTO_TCP, TCP_INFO, &info, &length) != 0)
        return false;
    // An orderly close by the peer leaves CLOSE_WAIT; a reset drops the connection to CLOSE.
    return info.tcpi_state == TCP_CLOSE;
#else
    return false;
#endif
}

void ResetDetector::release()
{
#ifdef Q_OS_LINUX
    if (m_descriptor >= 0)
        ::close(m_descriptor);
#endif
    m_descriptor = -1;
}

} // namespace wb::net
