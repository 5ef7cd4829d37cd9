#pragma once

// How many descriptors (Linux: /proc/self/fd) or handles (Windows: GetProcessHandleCount) this process holds, for
// leak checks; -1 where neither can be read. Under Wine the Windows count is used: /proc/self/fd there lists
// Wine's own cache of Unix descriptors, which grows and shrinks on Wine's schedule, not ours.
int openHandleCount();
