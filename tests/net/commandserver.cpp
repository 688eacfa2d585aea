#include "tests/net/commandserver.h"

namespace wb::test {

QStringList CommandServer::arguments(quint16 port)
{
    QStringList out;
    for (QString argument : std::as_const(m_arguments))
        out.append(argument.replace(QStringLiteral("%PORT%"), QString::number(port)));
    return out;
}

} // namespace wb::test
