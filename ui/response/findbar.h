#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace wb::ui {

// The Ctrl+F bar under a body view: a search field, next/previous and match case. Escape hides it.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    void activate();
    QString text() const;
    void setResult(bool found);
    QLineEdit *lineEdit() const { return m_edit; }

signals:
    void findRequested(const QString &text, bool backward, bool caseSensitive);
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void request(bool backward);

    QLineEdit *m_edit = nullptr;
    QCheckBox *m_case = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace wb::ui
