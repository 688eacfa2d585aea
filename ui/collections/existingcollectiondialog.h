#pragma once

#include "core/workspace/collectionimport.h"

#include <QMessageBox>

#include <optional>

class QPushButton;

namespace wb::ui {

// Asks what an import does with a collection the workspace already holds: replace it, import a
// copy beside it, or cancel. Nothing is overwritten without this question.
class ExistingCollectionDialog : public QMessageBox
{
    Q_OBJECT

public:
    ExistingCollectionDialog(const QString &collectionName, QWidget *parent = nullptr);

    QPushButton *replaceButton() const { return m_replace; }
    QPushButton *copyButton() const { return m_copy; }
    // What was chosen once the dialog closed; nullopt when cancelled.
    std::optional<workspace::ExistingCollection> choice() const;

    // Shows the dialog and waits for the answer.
    static std::optional<workspace::ExistingCollection> ask(const QString &collectionName,
                                                            QWidget *parent);

private:
    QPushButton *m_replace = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace wb::ui
