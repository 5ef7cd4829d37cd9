#pragma once

#include "core/common/macaddress.h"
#include "core/firmware/firmwarelibrary.h"
#include "core/provisioning/provisioningfiles.h"
#include "core/tftp/tftpdirectorysource.h"
#include "core/tftp/tftpfilesource.h"

#include <functional>
#include <optional>

// What the bench serves, in the architecture's three layers: generated files (ProvisioningFiles: the same bytes
// `sccp2sip-cli config` prints) built per request; then the firmware library, where a termNN.default.loads offered
// by both a jump load and a target is chosen per phone; then nothing. Who may receive a config is not decided
// here (TftpServer's access policy, set by the session).
class BenchFileSource final : public TftpFileSource
{
public:
    // What the session knows of the asker (model, family, and the load to serve it now: jump load or target).
    using Chooser =
        std::function<ProvisioningFiles::Asker(const QHostAddress &client, const std::optional<MacAddress> &named)>;

    BenchFileSource(ProvisioningFiles files, Chooser chooser);

    Result<TftpFile> open(const QString &normalisedName, const QHostAddress &client) override;
    const FirmwareLibrary &library() const { return m_files.library(); }
    void setLibrary(FirmwareLibrary library) { m_files.setLibrary(std::move(library)); }

private:
    Result<TftpFile> firmware(const QString &name, const QHostAddress &client);

    ProvisioningFiles m_files;
    Chooser m_chooser;
    TftpDirectorySource m_directory;
};
