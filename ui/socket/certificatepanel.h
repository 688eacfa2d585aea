#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace wb::ui {

// A TLS client's view of the peer: the certificate chain (leaf first) and every verification
// error explained.
class CertificatePanel : public QWidget
{
    Q_OBJECT

public:
    explicit CertificatePanel(QWidget *parent = nullptr);

    void setChain(const QList<QSslCertificate> &chain, const QList<QSslError> &errors,
                  const QString &host);
    void clear();
    QTreeWidget *tree() const { return m_tree; }
    QLabel *errorsLabel() const { return m_errors; }

private:
    QTreeWidget *m_tree = nullptr;
    QLabel *m_errors = nullptr;
};

} // namespace wb::ui
