#pragma once

#include <QByteArray>
#include <QList>

namespace sandbox::slurm {

// Splits srun's stderr into the user's stderr and srun's, slurmstepd's,
// ssh's and the node's sandbox-run's own lines, live: user bytes pass on
// at once, and only the start of a line that could still turn out to be
// a diagnostic prefix ("srun: ", "slurmstepd: ", "slurmstepd-NODE: ",
// "sandbox-run: ") is held back.
//
// Until the node's sandbox-run says "sandbox-run: status: running",
// nothing on stderr can come from the user's command, so every line is a
// diagnostic (ssh's errors, srun's allocation messages, image builds).
class SrunStderrFilter
{
public:
    struct Output
    {
        QByteArray user;
        QList<QByteArray> diagnostics; // whole lines, without '\n'
    };

    Output feed(const QByteArray& data);
    // End of stream: releases whatever was held back.
    Output finish();

    bool sandboxRunning() const { return !m_preamble; }

private:
    void endDiagnosticLine(Output& out);

    QByteArray m_held;
    bool m_preamble = true;
    bool m_atLineStart = true;
    bool m_inDiagnostic = false;
};

} // namespace sandbox::slurm
