#include "backend/SrunStderrFilter.h"

#include "backend/SlurmMapping.h"

#include <array>

namespace sandbox::slurm {

namespace {

constexpr std::array<const char*, 4> kPrefixes = {"srun: ", "slurmstepd: ", "slurmstepd-", "sandbox-run: "};

enum class PrefixMatch { None, Partial, Full };

PrefixMatch matchPrefix(const QByteArray& start)
{
    bool partial = false;
    for (const char* prefix : kPrefixes) {
        const QByteArray p(prefix);
        if (start.size() >= p.size() && start.startsWith(p))
            return PrefixMatch::Full;
        if (p.startsWith(start))
            partial = true;
    }
    return partial ? PrefixMatch::Partial : PrefixMatch::None;
}

} // namespace

void SrunStderrFilter::endDiagnosticLine(Output& out)
{
    if (m_held == runningLine())
        m_preamble = false;
    out.diagnostics.append(m_held);
    m_held.clear();
    m_inDiagnostic = false;
    m_atLineStart = true;
}

SrunStderrFilter::Output SrunStderrFilter::feed(const QByteArray& data)
{
    Output out;
    qsizetype i = 0;
    const qsizetype size = data.size();
    while (i < size) {
        if (m_preamble || m_inDiagnostic) {
            const qsizetype newline = data.indexOf('\n', i);
            if (newline < 0) {
                m_held.append(data.mid(i));
                break;
            }
            m_held.append(data.mid(i, newline - i));
            i = newline + 1;
            endDiagnosticLine(out);
        } else if (m_atLineStart) {
            const char c = data.at(i++);
            m_held.append(c);
            switch (matchPrefix(m_held)) {
            case PrefixMatch::Full:
                m_inDiagnostic = true;
                break;
            case PrefixMatch::Partial:
                if (c != '\n')
                    break;
                [[fallthrough]];
            case PrefixMatch::None:
                out.user.append(m_held);
                m_held.clear();
                m_atLineStart = c == '\n';
                break;
            }
        } else {
            const qsizetype newline = data.indexOf('\n', i);
            const qsizetype end = newline < 0 ? size : newline + 1;
            out.user.append(data.mid(i, end - i));
            m_atLineStart = newline >= 0;
            i = end;
        }
    }
    return out;
}

SrunStderrFilter::Output SrunStderrFilter::finish()
{
    Output out;
    if (m_held.isEmpty())
        return out;
    if (m_preamble || m_inDiagnostic)
        endDiagnosticLine(out);
    else
        out.user = std::exchange(m_held, {});
    return out;
}

} // namespace sandbox::slurm
