#pragma once

#include <QDialog>
#include <QTimer>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

// "Show log": the end of the log file, read on the thread pool so a large or slow file never freezes the window.
// Follows the file every two seconds while "Follow" is ticked.
class LogDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr qint64 TailBytes = 256 * 1024;

    explicit LogDialog(QString logFilePath, QWidget *parent = nullptr);

    void refresh();
    QString text() const;

Q_SIGNALS:
    void refreshed();

private:
    void showTail(const QString &text, bool found);

    QString m_path;
    QPlainTextEdit *m_view = nullptr;
    QLabel *m_status = nullptr;
    QCheckBox *m_follow = nullptr;
    QTimer m_timer;
    bool m_reading = false;
};
