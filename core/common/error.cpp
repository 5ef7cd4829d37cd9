#include "core/common/error.h"

#include <QMetaEnum>

QString Error::codeName(Code code)
{
    const char *key = QMetaEnum::fromType<Code>().valueToKey(static_cast<int>(code));
    return key ? QString::fromLatin1(key) : QStringLiteral("Unknown(%1)").arg(static_cast<int>(code));
}

QString Error::toLogString() const
{
    if (m_detail.isEmpty())
        return codeName(m_code);
    return codeName(m_code) + QStringLiteral(": ") + m_detail;
}
