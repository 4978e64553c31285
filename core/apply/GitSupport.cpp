#include "apply/GitSupport.h"

namespace sandbox::apply {

void useGitLibrary()
{
    struct Library
    {
        Library() { git_libgit2_init(); }
        ~Library() { git_libgit2_shutdown(); }
    };
    static const Library library;
}

QString gitError(const QString& fallback)
{
    const git_error* error = git_error_last();
    if (error && error->message && *error->message)
        return QString::fromUtf8(error->message);
    return fallback;
}

bool mergeText(const QByteArray& ancestor, const QByteArray& ours, const QByteArray& theirs, QByteArray* merged)
{
    useGitLibrary();
    git_merge_file_input base = GIT_MERGE_FILE_INPUT_INIT;
    base.ptr = ancestor.constData();
    base.size = size_t(ancestor.size());
    git_merge_file_input mine = GIT_MERGE_FILE_INPUT_INIT;
    mine.ptr = ours.constData();
    mine.size = size_t(ours.size());
    git_merge_file_input other = GIT_MERGE_FILE_INPUT_INIT;
    other.ptr = theirs.constData();
    other.size = size_t(theirs.size());
    git_merge_file_result result{};
    if (git_merge_file(&result, &base, &mine, &other, nullptr) != 0)
        return false;
    const bool clean = result.automergeable != 0;
    if (clean)
        *merged = QByteArray(result.ptr, qsizetype(result.len));
    git_merge_file_result_free(&result);
    return clean;
}

} // namespace sandbox::apply
