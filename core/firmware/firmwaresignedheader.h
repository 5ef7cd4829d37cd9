#pragma once

#include "core/common/result.h"

#include <QByteArrayView>
#include <QString>

// The Cisco "SGN" header in front of .loads, .sbn, .cop.sgn and signed configs (docs/phones.md, "Firmware bundles"):
// TLVs with a 1-byte tag and a 2-byte big-endian length, except tag 13 (one padding byte, no length). Tag 2 is the
// total header length, i.e. where the payload starts; tag 14 the canonical, correctly cased file name. Signatures are
// the phone's business.
class FirmwareSignedHeader
{
public:
    static constexpr int kMaxFileNameLength = 255;

    // True when the data starts like a signed file: byte 0 is tag 1 (HEADER_VERSION) and the next TLV is tag 2.
    static bool looksSigned(QByteArrayView data);
    // Parses the header at the start of `data`, which must hold at least the whole header. Every length is checked
    // against the header length, so hostile input never reads out of bounds. SignedHeaderInvalid on any fault,
    // including a header without tag 14.
    static Result<FirmwareSignedHeader> parse(QByteArrayView data);

    int headerLength() const { return m_headerLength; }
    int versionMajor() const { return m_versionMajor; }
    int versionMinor() const { return m_versionMinor; }
    const QString &fileName() const { return m_fileName; }
    // The bytes after the header (empty when `data` holds only the header).
    static QByteArrayView payload(QByteArrayView data, const FirmwareSignedHeader &header);

private:
    int m_headerLength = 0;
    int m_versionMajor = 0;
    int m_versionMinor = 0;
    QString m_fileName;
};
