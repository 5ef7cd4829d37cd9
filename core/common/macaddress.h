#pragma once

#include <QByteArray>
#include <QHash>
#include <QMetaType>
#include <QString>

#include <array>
#include <optional>

// A phone's identity. Parsed from any spelling a technician or a packet uses; printed upper-case without
// separators for SEP<MAC> names and JSON events, and with colons for people.
class MacAddress
{
public:
    MacAddress() = default;
    explicit MacAddress(const std::array<quint8, 6> &bytes)
        : m_bytes(bytes)
        , m_valid(true)
    {}

    // Accepts "00:1c:58:d6:44:33", "00-1C-58-D6-44-33", "001C.58D6.4433", "001c58d64433" (any case, surrounding
    // blanks ignored). Anything else (wrong length, mixed or misplaced separators, non-hex) gives nullopt.
    static std::optional<MacAddress> parse(QStringView text);
    // From the first 6 bytes of a hardware address field; nullopt when shorter.
    static std::optional<MacAddress> fromBytes(const QByteArray &bytes);

    bool isValid() const { return m_valid; }
    const std::array<quint8, 6> &bytes() const { return m_bytes; }
    QByteArray toByteArray() const;

    QString toCompact() const; // "001C58D64433": the SEP<MAC> form and the CLI's JSON form
    QString toColon() const;   // "00:1c:58:d6:44:33": for people and logs

    friend bool operator==(const MacAddress &a, const MacAddress &b)
    {
        return a.m_valid == b.m_valid && a.m_bytes == b.m_bytes;
    }
    friend bool operator!=(const MacAddress &a, const MacAddress &b) { return !(a == b); }
    friend bool operator<(const MacAddress &a, const MacAddress &b) { return a.m_bytes < b.m_bytes; }

private:
    std::array<quint8, 6> m_bytes{};
    bool m_valid = false;
};

inline size_t qHash(const MacAddress &mac, size_t seed = 0)
{
    return qHashBits(mac.bytes().data(), mac.bytes().size(), seed);
}

Q_DECLARE_METATYPE(MacAddress)
