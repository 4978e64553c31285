#pragma once

// Small helpers around libgit2 shared by the change set, the patch writer
// and the branch commit: the library's lifetime, its last error in words,
// owning pointers, and a three-way merge of text.

#include <QByteArray>
#include <QString>

#include <git2.h>

#include <memory>

namespace sandbox::apply {

// Initialises libgit2 once for the process (thread-safe); it stays so
// until exit. Per call, its set-up and shut-down (TLS, OpenSSL) would cost
// more than a diff.
void useGitLibrary();

// libgit2's last error, or `fallback` when it has none.
QString gitError(const QString& fallback);

template<typename T, void (*Free)(T*)>
struct GitFree
{
    void operator()(T* object) const { Free(object); }
};
template<typename T, void (*Free)(T*)>
using GitPtr = std::unique_ptr<T, GitFree<T, Free>>;

// Turns a 3-way merge of text (ancestor, ours, theirs) into one text;
// false when the two sides' edits overlap.
bool mergeText(const QByteArray& ancestor, const QByteArray& ours, const QByteArray& theirs, QByteArray* merged);

} // namespace sandbox::apply
