#include "tests/support/httpbinserver.h"

namespace wb::test {

QStringList HttpbinServer::arguments(quint16 port)
{
    return {QStringLiteral("-b"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-w"),
            QStringLiteral("2"), QStringLiteral("--log-level"), QStringLiteral("warning"),
            QStringLiteral("httpbin:app")};
}

QProcessEnvironment HttpbinServer::environment() const
{
    // Debian's gunicorn must see Debian's Python packages, not a user-installed interpreter's.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PYTHONHOME"));
    env.remove(QStringLiteral("PYTHONPATH"));
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin:/usr/sbin:/sbin"));
    return env;
}

} // namespace wb::test
