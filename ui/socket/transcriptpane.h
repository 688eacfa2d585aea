#pragma once

#include "core/common/result.h"
#include "ui/socket/transcriptview.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace wb::ui {

// The transcript with its tool row: Text / Hex / Combined, a filter, pause autoscroll, clear,
// export, and a line of totals.
class TranscriptPane : public QWidget
{
    Q_OBJECT

public:
    explicit TranscriptPane(TranscriptModel *model, QWidget *parent = nullptr);

    TranscriptView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QToolButton *pauseButton() const { return m_pause; }
    QToolButton *modeButton(ChunkFormatter::Mode mode) const;
    QLabel *statusLabel() const { return m_status; }

    // What the session is doing, shown before the totals ("Connected to …").
    void setStateText(const QString &text);
    // Writes the whole session as text (from the workspace, not only what the view holds);
    // exportFinished() follows.
    void exportTo(const QString &path);

signals:
    void exportFinished(const QString &path, const wb::Error &error);

private:
    void updateStatus();
    void exportInteractively();

    TranscriptModel *m_model = nullptr;
    TranscriptView *m_view = nullptr;
    QButtonGroup *m_modes = nullptr;
    QLineEdit *m_filter = nullptr;
    QTimer *m_filterDelay = nullptr;
    QToolButton *m_pause = nullptr;
    QToolButton *m_clear = nullptr;
    QToolButton *m_export = nullptr;
    QLabel *m_status = nullptr;
    QString m_stateText;
    bool m_askedForExport = false; // the user chose the file: errors get a message box
};

} // namespace wb::ui
