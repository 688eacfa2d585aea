#pragma once

#include "core/http/exchange.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;

namespace wb::ui {

class FramesModel;
class HexView;

// The HTTP/2 frames of an exchange: a table of every frame both ways (time, direction, stream,
// type, flags, length, decoded detail) filtered by stream and by type; the frame selected shows
// its decoded header list and its exact bytes in hex. With a redirect chain, a hop picker
// chooses among the HTTP/2 hops.
class FramesView : public QWidget
{
    Q_OBJECT

public:
    explicit FramesView(QWidget *parent = nullptr);

    void setChain(const wb::http::ExchangeChain &chain);
    void clearFrames();
    // The hops of the chain that have frames or went over HTTP/2.
    int hopCount() const;
    void showHop(int chainIndex);

    // Filters, as the controls above the table set them; AllStreams (-1) for every stream.
    void setStreamFilter(qint64 stream);
    void setTypeShown(quint8 type, bool shown);
    void setAllTypesShown(bool shown);
    // Selects the row of the filtered table (and shows that frame below it).
    void selectRow(int row);

    FramesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    HexView *hexView() const { return m_hex; }
    QTableWidget *headerList() const { return m_headers; }
    QComboBox *streamCombo() const { return m_streams; }
    QPushButton *typeButton() const { return m_typeButton; }
    QString countText() const;
    QString frameCaption() const;

    static bool isHttp2(const wb::http::Exchange &exchange);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildDetailPane();
    void fillStreamCombo();
    void fillTypeMenu();
    void updateTypeButton();
    void updateCount();
    void onStreamChosen(int index);
    void showFrame(int row);
    void reselect(int frameIndex);

    FramesModel *m_model = nullptr;
    QComboBox *m_hops = nullptr;
    QLabel *m_hopLabel = nullptr;
    QComboBox *m_streams = nullptr;
    QPushButton *m_typeButton = nullptr;
    QMenu *m_typeMenu = nullptr;
    QLabel *m_count = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_detail = nullptr;
    QTableWidget *m_headers = nullptr;
    HexView *m_hex = nullptr;

    wb::http::ExchangeChain m_chain;
    QList<int> m_hopIndices; // chain indices of the hops offered
    int m_selectedFrame = -1;
};

} // namespace wb::ui
