#include "ui/uilogging.h"

Q_LOGGING_CATEGORY(lcUiWizard, "sccp2sip.ui.wizard", QtInfoMsg)
