#include "core/common/logging.h"

Q_LOGGING_CATEGORY(lcApp, "sccp2sip.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "sccp2sip.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "sccp2sip.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTftp, "sccp2sip.tftp", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDhcp, "sccp2sip.dhcp", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPhones, "sccp2sip.phones", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFirmware, "sccp2sip.firmware", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProvisioning, "sccp2sip.provisioning", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCredentials, "sccp2sip.credentials", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBench, "sccp2sip.bench", QtInfoMsg)
