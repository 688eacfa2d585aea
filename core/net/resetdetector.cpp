#include "core/net/resetdetector.h"

#include <cstring>

#ifdef Q_OS_LINUX
#include <arpa/inet.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
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
    if (descriptor < 0)
        return;
    m_descriptor = ::dup(int(descriptor));
    socklen_t length = sizeof(m_local);
    ::getsockname(int(descriptor), reinterpret_cast<sockaddr *>(m_local), &length);
    length = sizeof(m_peer);
    ::getpeername(int(descriptor), reinterpret_cast<sockaddr *>(m_peer), &length);
#else
    Q_UNUSED(descriptor);
#endif
}

bool ResetDetector::wasReset(bool sentFin) const
{
#ifdef Q_OS_LINUX
    if (m_descriptor < 0)
        return false;
    tcp_info info{};
    socklen_t length = sizeof(info);
    if (::getsockopt(m_descriptor, IPPROTO_TCP, TCP_INFO, &info, &length) != 0)
        return false;
    // An orderly close by the peer leaves CLOSE_WAIT; a reset drops the connection to CLOSE.
    // After our own FIN, an orderly close also ends in CLOSE, with a TIME_WAIT entry beside it.
    if (info.tcpi_state != TCP_CLOSE)
        return false;
    return !sentFin || !timeWaitExists();
#else
    Q_UNUSED(sentFin);
    return false;
#endif
}

bool ResetDetector::timeWaitExists() const
{
#ifdef Q_OS_LINUX
    const auto *local = reinterpret_cast<const sockaddr *>(m_local);
    const auto *peer = reinterpret_cast<const sockaddr *>(m_peer);
    if (local->sa_family != AF_INET && local->sa_family != AF_INET6)
        return true; // cannot ask: assume the orderly case
    const int family = local->sa_family;
    quint16 localPort = 0;
    quint16 peerPort = 0;
    const void *localAddress = nullptr;
    const void *peerAddress = nullptr;
    size_t addressLength = 0;
    if (family == AF_INET) {
        const auto *l = reinterpret_cast<const sockaddr_in *>(local);
        const auto *p = reinterpret_cast<const sockaddr_in *>(peer);
        localPort = l->sin_port;
        peerPort = p->sin_port;
        localAddress = &l->sin_addr;
        peerAddress = &p->sin_addr;
        addressLength = 4;
    } else {
        const auto *l = reinterpret_cast<const sockaddr_in6 *>(local);
        const auto *p = reinterpret_cast<const sockaddr_in6 *>(peer);
        localPort = l->sin6_port;
        peerPort = p->sin6_port;
        localAddress = &l->sin6_addr;
        peerAddress = &p->sin6_addr;
        addressLength = 16;
    }

    const int netlink = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
    if (netlink < 0)
        return true;
    struct
    {
        nlmsghdr header;
        inet_diag_req_v2 request;
    } message{};
    message.header.nlmsg_len = sizeof(message);
    message.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    message.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    message.request.sdiag_family = quint8(family);
    message.request.sdiag_protocol = IPPROTO_TCP;
    message.request.idiag_states = 1u << TCP_TIME_WAIT;
    bool found = false;
    bool answered = false;
    if (::send(netlink, &message, sizeof(message), 0) == ssize_t(sizeof(message))) {
        alignas(nlmsghdr) char buffer[16384];
        bool done = false;
        // Bounded: a dump of TIME_WAIT entries ends with NLMSG_DONE.
        for (int reads = 0; !done && reads < 4096; ++reads) {
            const ssize_t n = ::recv(netlink, buffer, sizeof(buffer), 0);
            if (n <= 0)
                break;
            int remaining = int(n);
            for (auto *h = reinterpret_cast<nlmsghdr *>(buffer); NLMSG_OK(h, remaining);
                 h = NLMSG_NEXT(h, remaining)) {
                if (h->nlmsg_type == NLMSG_DONE || h->nlmsg_type == NLMSG_ERROR) {
                    answered = h->nlmsg_type == NLMSG_DONE;
                    done = true;
                    break;
                }
                const auto *entry = static_cast<const inet_diag_msg *>(NLMSG_DATA(h));
                if (entry->id.idiag_sport == localPort && entry->id.idiag_dport == peerPort &&
                    std::memcmp(entry->id.idiag_src, localAddress, addressLength) == 0 &&
                    std::memcmp(entry->id.idiag_dst, peerAddress, addressLength) == 0) {
                    found = true;
                }
            }
        }
    }
    ::close(netlink);
    return found || !answered;
#else
    return true;
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
