#pragma once

#include <QWidget>

class QSplitter;

namespace wb::ui {

class RequestComposer;
class ResponseInspector;

// What a request tab shows: the composer on top and the response inspector below.
class RequestPage : public QWidget
{
    Q_OBJECT

public:
    explicit RequestPage(QWidget *parent = nullptr);

    RequestComposer *composer() const { return m_composer; }
    ResponseInspector *inspector() const { return m_inspector; }
    QSplitter *splitter() const { return m_splitter; }

private:
    QSplitter *m_splitter = nullptr;
    RequestComposer *m_composer = nullptr;
    ResponseInspector *m_inspector = nullptr;
};

} // namespace wb::ui
