#pragma once

#include "core/bench/benchconfig.h"
#include "ui/bench/bencheventsource.h"

#include <functional>

class BenchPasswordReader;
class BenchSession;
class BenchSetup;
class QThread;
class QTimer;

// Runs one BenchSession at a time for the wizard. The session is built from the BenchSetup (card, address plan,
// PBX, inventory with its passwords read from the keychain first, firmware library, state folder) and moved to
// a worker QThread that owns every socket; its queued signals are re-emitted here on the GUI thread. Nothing
// here blocks the GUI thread: stop() asks the session to stop, waits for stopped() and only then ends the
// thread, with a bounded fallback if the session never answers.
class BenchController : public BenchEventSource
{
    Q_OBJECT
public:
    explicit BenchController(BenchSetup *setup, QObject *parent = nullptr);
    ~BenchController() override;

    State state() const override { return m_state; }
    void start() override;
    void stop() override;

    // A keychain failure refuses the start (error(), KeychainUnavailable) unless the technician chose to run
    // without the stored passwords: lines then go to the phones without one.
    void setRunWithoutPasswords(bool allowed) { m_runWithoutPasswords = allowed; }
    bool runsWithoutPasswords() const { return m_runWithoutPasswords; }

    // The configuration the next start() would use, without passwords (they are read when starting).
    BenchConfig config() const;
    // Tests move ports and timings (and see the passwords that were read): called on every start.
    using ConfigTuner = std::function<void(BenchConfig &)>;
    void setConfigTuner(ConfigTuner tuner) { m_tuner = std::move(tuner); }
    // How long stop() waits for the session before ending its thread anyway.
    void setStopTimeoutMs(int ms);

private:
    void setState(State state);
    void passwordsRead(const PhoneInventory &inventory, const Error &error);
    void launch(const PhoneInventory &inventory);
    void connectSession();
    void endThread();
    void threadFinished();

    BenchSetup *m_setup;
    BenchPasswordReader *m_passwords = nullptr;
    QThread *m_thread = nullptr;
    BenchSession *m_session = nullptr; // lives on m_thread; touched from here only through queued calls
    QTimer *m_stopTimer = nullptr;
    ConfigTuner m_tuner;
    State m_state = State::Idle;
    bool m_runWithoutPasswords = false;
    bool m_stopRequested = false;
    bool m_wasRunning = false;
    bool m_startFailed = false;
    bool m_quitting = false;
};
