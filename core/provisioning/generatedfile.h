#pragma once

#include <QByteArray>
#include <QString>

// A config file built in memory for one request: the exact name the phone asks for and the exact bytes it gets.
struct GeneratedFile
{
    QString name;
    QByteArray content;
};
