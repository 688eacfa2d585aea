#pragma once

#include "ui/socket/snippetstore.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace wb::ui {

// The socket console's input: text with escapes or hex, a line ending, where to send it (for
// servers and UDP), Send (Ctrl+Enter), send a file, repeat every N ms, and saved snippets.
class InputPanel : public QWidget
{
    Q_OBJECT

public:
    explicit InputPanel(SnippetStore *snippets, QWidget *parent = nullptr);

    // The bytes the editor's content stands for (escapes or hex decoded, line ending appended).
    Result<QByteArray> payload() const;
    // The peer to send to: empty for the session's one peer, or every client of a server.
    QString target() const;
    // Servers: "All clients" and each client; UDP: the address in the connection bar, the peers
    // seen so far, or any host:port typed in (255.255.255.255:PORT broadcasts).
    void setTargets(const QStringList &peers, bool server);
    void setTargetVisible(bool visible);
    void setCanSend(bool canSend);
    // While a file or a repetition is being sent, Send becomes Stop.
    void setBusy(bool busy);
    void showMessage(const QString &message, bool error);

    QPlainTextEdit *editor() const { return m_editor; }
    QComboBox *modeBox() const { return m_mode; }
    QComboBox *lineEndingBox() const { return m_lineEnding; }
    QComboBox *targetBox() const { return m_target; }
    QPushButton *sendButton() const { return m_send; }
    QCheckBox *repeatBox() const { return m_repeat; }
    QSpinBox *intervalBox() const { return m_interval; }
    QSpinBox *countBox() const { return m_count; }
    QComboBox *snippetBox() const { return m_snippets; }
    QToolButton *saveSnippetButton() const { return m_saveSnippet; }

signals:
    void sendRequested(const QByteArray &bytes, const QString &peer);
    void repeatRequested(const QByteArray &bytes, int intervalMs, qint64 count,
                         const QString &peer);
    void fileRequested(const QString &path, const QString &peer);
    void stopRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void send();
    void chooseFile();
    void saveSnippet();
    void deleteSnippet();
    void applySnippet(int index);
    void refreshSnippets();

    SnippetStore *m_store = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_lineEnding = nullptr;
    QLabel *m_targetLabel = nullptr;
    QComboBox *m_target = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_file = nullptr;
    QCheckBox *m_repeat = nullptr;
    QSpinBox *m_interval = nullptr;
    QSpinBox *m_count = nullptr;
    QComboBox *m_snippets = nullptr;
    QToolButton *m_saveSnippet = nullptr;
    QToolButton *m_deleteSnippet = nullptr;
    QLabel *m_message = nullptr;
    bool m_busy = false;
    bool m_canSend = false;
};

} // namespace wb::ui
