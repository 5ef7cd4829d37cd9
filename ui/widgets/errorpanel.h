#pragma once

#include "ui/text/errormessage.h"

#include <QFrame>

class QLabel;
class QToolButton;

// Shows one ErrorMessage: what happened, why, the fix, and the technical detail in a collapsed "Details" area.
// Hidden while it holds no message.
class ErrorPanel : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorPanel(QWidget *parent = nullptr);

    void showMessage(const ErrorMessage &message);
    void clearMessage();
    const ErrorMessage &message() const { return m_message; }
    bool detailsExpanded() const;

private:
    ErrorMessage m_message;
    QLabel *m_text = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QLabel *m_details = nullptr;
};
