#include "core/credentials/credentialstore.h"

QString CredentialStore::lineKey(const MacAddress &mac, int line)
{
    return QStringLiteral("SEP%1/line%2").arg(mac.toCompact()).arg(line);
}
