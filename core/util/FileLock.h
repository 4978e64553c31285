#pragma once

#include <QString>

namespace sandbox {

// An flock(2) held for the life of the object. The kernel drops it when the
// process dies, even by kill -9, which is what lets the janitor tell a live
// sandbox from an orphan. The descriptor is close-on-exec so that child
// processes (the OCI runtime) never hold it.
class FileLock
{
public:
    enum class Mode { Wait, TryOnce };

    FileLock() = default;
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;
    FileLock(FileLock&& other) noexcept;
    FileLock& operator=(FileLock&& other) noexcept;
    ~FileLock();

    // Returns false (with errorString set) when the lock is held elsewhere in
    // TryOnce mode, or the file cannot be opened.
    bool lock(const QString& path, Mode mode);
    void unlock();
    bool isLocked() const { return m_fd >= 0; }
    QString errorString() const { return m_error; }

private:
    int m_fd = -1;
    QString m_error;
};

} // namespace sandbox
