#include "sandbox/InitProtocol.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sandbox::initprotocol {

QByteArray encodeCommand(const QStringList& args, const QMap<QString, QString>& env, const QString& cwd)
{
    QByteArray out;
    auto field = [&out](const QByteArray& value) {
        out += value;
        out += '\0';
    };
    field(cwd.toUtf8());
    field(QByteArray::number(args.size()));
    for (const QString& arg : args)
        field(arg.toUtf8());
    field(QByteArray::number(env.size()));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        field(it.key().toUtf8() + '=' + it.value().toUtf8());
    return out;
}

Report parseReport(const QByteArray& text)
{
    const QList<QByteArray> words = text.trimmed().split(' ');
    if (words.size() != 2)
        return {};
    bool ok = false;
    const int value = words[1].toInt(&ok);
    if (!ok || value < 0)
        return {};
    if (words[0] == "exit" && value <= 255)
        return {Report::Kind::Exited, value};
    if (words[0] == "signal" && value > 0 && value < 65)
        return {Report::Kind::Signaled, value};
    if (words[0] == "exec-error")
        return {Report::Kind::ExecError, value};
    return {};
}

QString locateBinary()
{
    QStringList candidates;
    if (const QString fromEnv = qEnvironmentVariable("SANDBOX_STUDIO_INIT"); !fromEnv.isEmpty())
        candidates << fromEnv;
    const QString appDir = QCoreApplication::applicationDirPath();
    candidates << appDir + QStringLiteral("/sandbox-init")
               << appDir + QStringLiteral("/../libexec/sandbox-studio/sandbox-init")
               << QStringLiteral(SANDBOX_STUDIO_INIT_BUILD_PATH);
    for (const QString& candidate : std::as_const(candidates)) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return {};
}

} // namespace sandbox::initprotocol
