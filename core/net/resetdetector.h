#pragma once

#include <QtGlobal>

namespace wb::net {

// Tells a reset (TCP RST) from an orderly close (FIN). Qt reports both as "remote host closed"
// and closes its descriptor before saying so; this keeps a duplicate of the descriptor while the
// connection lives, so the kernel's view of the connection can still be read afterwards.
class ResetDetector
{
public:
    ResetDetector() = default;
    ~ResetDetector();
    ResetDetector(const ResetDetector &) = delete;
    ResetDetector &operator=(const ResetDetector &) = delete;

    // Starts watching a connected socket's descriptor.
    void attach(qintptr descriptor);
    // Whether the connection ended with a reset; call it when the socket reported the close.
    // `sentFin`: this side had already shut down sending (a half-close). An orderly close then
    // leaves a TIME_WAIT entry, which the kernel is asked about.
    bool wasReset(bool sentFin = false) const;
    // Lets the connection go: call it once the socket is unconnected, or the close is delayed.
    void release();

private:
    bool timeWaitExists() const;

    int m_descriptor = -1;
    // The connection's addresses (sockaddr_in6 or sockaddr_in), kept for the TIME_WAIT lookup.
    unsigned char m_local[28] = {};
    unsigned char m_peer[28] = {};
};

} // namespace wb::net
