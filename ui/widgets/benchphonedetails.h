#pragma once

#include "ui/models/benchphonemodel.h"

#include <QWidget>

class ErrorPanel;
class PhoneCatalog;
class QLabel;
class QPlainTextEdit;

// The Bench page's details pane for the selected phone: who it is (model, MAC, IP, serial, loads), why it waits
// or failed and what to do (ErrorPanel), and its event log: the stage history merged with the files it was sent
// and the warnings about it, oldest first.
class BenchPhoneDetails : public QWidget
{
    Q_OBJECT
public:
    explicit BenchPhoneDetails(QWidget *parent = nullptr);
    // Lets the explanation name the phone's menus and key sequences; must outlive the pane.
    void setCatalog(const PhoneCatalog *catalog) { m_catalog = catalog; }

    // nullptr: nothing selected.
    void showPhone(const PhoneRecord *record, const QList<BenchPhoneModel::Event> &events);
    const MacAddress &mac() const { return m_mac; }
    QString summaryText() const;
    QString logText() const;
    const ErrorPanel *explanation() const { return m_cause; }

private:
    MacAddress m_mac;
    const PhoneCatalog *m_catalog = nullptr;
    QLabel *m_summary = nullptr;
    ErrorPanel *m_cause = nullptr;
    QPlainTextEdit *m_log = nullptr;
};
