#pragma once

#include "core/net/netsession.h"

#include <QList>

namespace wb::test {

// Records everything a session reports, for tests to wait on and inspect.
class SessionRecorder : public QObject
{
    Q_OBJECT

public:
    explicit SessionRecorder(net::NetSession *session);

    net::Transcript transcript;
    QList<Error> errors;
    QList<net::NetSession::State> states;

    QByteArray received(const QString &peer = {}) const;
    QString events() const;
    bool hasState(net::NetSession::State state) const { return states.contains(state); }
};

} // namespace wb::test
