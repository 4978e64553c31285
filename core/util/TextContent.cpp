#include "util/TextContent.h"

#include <QStringDecoder>

namespace sandbox {

bool decodeText(const QByteArray& bytes, bool truncated, QString* text)
{
    if (bytes.contains('\0'))
        return false;
    QByteArray whole = bytes;
    if (truncated) {
        // Drop a partial UTF-8 sequence at the cut (at most 3 bytes).
        qsizetype start = whole.size();
        for (int back = 1; back <= 3 && start - back >= 0; ++back) {
            const auto byte = static_cast<unsigned char>(whole[start - back]);
            if ((byte & 0xC0) == 0xC0) {
                whole.truncate(start - back);
                break;
            }
            if ((byte & 0x80) == 0)
                break;
        }
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder.decode(whole);
    if (decoder.hasError())
        return false;
    if (text)
        *text = std::move(decoded);
    return true;
}

} // namespace sandbox
