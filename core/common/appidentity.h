#pragma once

#include <QString>

// Names Qt uses for per-user paths and settings. Both executables call this first, so the CLI and the
// wizard share one firmware library, lease store and report folder.
void applyApplicationIdentity();

// Per-user state folder (firmware library, leases, logs, reports): QStandardPaths::AppDataLocation.
// Not created here; callers create what they write.
QString defaultStateDirectory();
