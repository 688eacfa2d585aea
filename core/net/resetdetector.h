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
    // Only meaningful while this side has not sent its FIN: after a half-close, an orderly
    // close (TIME_WAIT) also leaves the socket in CLOSE, so the two cannot be told apart.
    bool wasReset() const;
    // Lets the connection go: call it once the socket is unconnected, or the close is delayed.
    void release();

private:
    int m_descriptor = -1;
};

} // namespace wb::net
