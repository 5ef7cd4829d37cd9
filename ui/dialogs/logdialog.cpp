#include "ui/dialogs/logdialog.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QThreadPool>
#include <QVBoxLayout>

LogDialog::LogDialog(QString logFilePath, QWidget *parent)
    : QDialog(parent)
    , m_path(std::move(logFilePath))
{
    setWindowTitle(tr("Log"));
    resize(820, 520);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view = new QPlainTextEdit(this);
    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setAccessibleName(tr("Log messages"));

    m_follow = new QCheckBox(tr("&Follow"), this);
    m_follow->setChecked(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *refreshButton = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    connect(refreshButton, &QPushButton::clicked, this, &LogDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_follow);
    bottom->addWidget(buttons, 1);
    layout->addLayout(bottom);

    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_follow->isChecked() && isVisible())
            refresh();
    });
    m_timer.start();
    refresh();
}

QString LogDialog::text() const
{
    return m_view->toPlainText();
}

void LogDialog::refresh()
{
    if (m_reading)
        return;
    m_reading = true;
    QPointer<LogDialog> self(this);
    QThreadPool::globalInstance()->start([self, path = m_path] {
        QFile file(path);
        QString text;
        const bool found = file.open(QIODevice::ReadOnly);
        if (found) {
            const qint64 start = qMax<qint64>(0, file.size() - TailBytes);
            file.seek(start);
            QByteArray bytes = file.read(TailBytes);
            if (start > 0) // drop the partial first line
                bytes = bytes.mid(bytes.indexOf('\n') + 1);
            text = QString::fromUtf8(bytes);
        }
        // `self` is only dereferenced on the GUI thread, where the dialog lives.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, text, found] {
                if (self)
                    self->showTail(text, found);
            },
            Qt::QueuedConnection);
    });
}

void LogDialog::showTail(const QString &text, bool found)
{
    m_reading = false;
    m_status->setText(
        found ? tr("Log file: %1").arg(m_path)
              : tr("The log file %1 does not exist yet. It appears as soon as sccp2sip logs something.").arg(m_path));
    if (text != m_view->toPlainText()) {
        m_view->setPlainText(text);
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
    }
    Q_EMIT refreshed();
}
