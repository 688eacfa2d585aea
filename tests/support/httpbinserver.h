#pragma once

#include "tests/support/serverprocess.h"

namespace wb::test {

// httpbin under Debian's gunicorn (not the pyenv python on PATH).
class HttpbinServer : public ServerProcess
{
public:
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }

protected:
    QString programName() const override { return QStringLiteral("/usr/bin/gunicorn"); }
    QStringList arguments(quint16 port) override;
    QProcessEnvironment environment() const override;
};

} // namespace wb::test
