#pragma once

// The CLI's standard output and error carry exact bytes on every OS: `config` prints a file a phone will read,
// and the event stream is LF-separated JSON. On Windows the C runtime would turn every "\n" into "\r\n" (text
// mode); this switches both streams to binary. Call once, first thing in main().
void useBinaryStandardStreams();
