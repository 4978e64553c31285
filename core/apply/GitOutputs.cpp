#include "apply/GitOutputs.h"

#include "apply/GitSupport.h"

#include <QCoreApplication>
#include <QFile>

#include <git2/sys/config.h>
#include <git2/sys/mempack.h>
#include <git2/sys/repository.h>

namespace sandbox::apply {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sandbox::apply", text);
}

using Repository = GitPtr<git_repository, git_repository_free>;
using Tree = GitPtr<git_tree, git_tree_free>;

// Tree edits that keep their paths alive.
struct TreeEdits
{
    QList<QByteArray> paths;
    std::vector<git_tree_update> updates;

    void upsert(const QByteArray& path, const git_oid& id, uint mode)
    {
        paths << path;
        git_tree_update update{};
        update.action = GIT_TREE_UPDATE_UPSERT;
        update.id = id;
        update.filemode = git_filemode_t(mode);
        updates.push_back(update);
    }
    void remove(const QByteArray& path)
    {
        paths << path;
        git_tree_update update{};
        update.action = GIT_TREE_UPDATE_REMOVE;
        updates.push_back(update);
    }
    // A new tree from `base` with the edits; null on failure.
    Tree apply(git_repository* repo, git_tree* base)
    {
        for (size_t i = 0; i < updates.size(); ++i)
            updates[i].path = paths[qsizetype(i)].constData();
        git_oid id;
        git_tree* tree = nullptr;
        if (git_tree_create_updated(&id, repo, base, updates.size(), updates.data()) != 0
            || git_tree_lookup(&tree, repo, &id) != 0)
            return Tree();
        return Tree(tree);
    }
};

bool writeBlob(git_repository* repo, const QByteArray& data, git_oid* id)
{
    return git_blob_create_from_buffer(id, repo, data.constData(), size_t(data.size())) == 0;
}

// A repository held in memory only, for diffing trees made on the fly.
Repository memoryRepository()
{
    git_odb* odb = nullptr;
    git_odb_backend* pack = nullptr;
    git_repository* repo = nullptr;
    git_config* config = nullptr;
    if (git_odb_new(&odb) != 0)
        return Repository();
    const bool ok = git_mempack_new(&pack) == 0 && git_odb_add_backend(odb, pack, 1) == 0
                    && git_repository_new(&repo) == 0 && git_config_new(&config) == 0;
    if (ok) {
        git_repository_set_odb(repo, odb);
        git_repository_set_config(repo, config);
    }
    git_config_free(config);
    git_odb_free(odb);
    return Repository(ok ? repo : nullptr);
}

Tree emptyTree(git_repository* repo)
{
    git_treebuilder* builder = nullptr;
    git_oid id;
    git_tree* tree = nullptr;
    const bool ok = git_treebuilder_new(&builder, repo, nullptr) == 0 && git_treebuilder_write(&id, builder) == 0
                    && git_tree_lookup(&tree, repo, &id) == 0;
    git_treebuilder_free(builder);
    return Tree(ok ? tree : nullptr);
}

CurrentEntry entryInTree(git_repository* repo, git_tree* tree, const QByteArray& path)
{
    CurrentEntry current;
    git_tree_entry* entry = nullptr;
    if (git_tree_entry_bypath(&entry, tree, path.constData()) != 0)
        return current;
    current.exists = true;
    const git_filemode_t mode = git_tree_entry_filemode(entry);
    current.isDirectory = mode == GIT_FILEMODE_TREE;
    current.isLink = mode == GIT_FILEMODE_LINK;
    current.isFile = mode == GIT_FILEMODE_BLOB || mode == GIT_FILEMODE_BLOB_EXECUTABLE;
    current.mode = mode == GIT_FILEMODE_BLOB_EXECUTABLE ? 0755 : 0644;
    git_blob* blob = nullptr;
    if ((current.isFile || current.isLink) && git_blob_lookup(&blob, repo, git_tree_entry_id(entry)) == 0) {
        current.data = QByteArray(static_cast<const char*>(git_blob_rawcontent(blob)),
                                  qsizetype(git_blob_rawsize(blob)));
        git_blob_free(blob);
    }
    git_tree_entry_free(entry);
    return current;
}

} // namespace

QByteArray writePatch(const ChangeSet& changes, QString* error)
{
    useGitLibrary();
    error->clear();
    Repository repo = memoryRepository();
    Tree empty = repo ? emptyTree(repo.get()) : Tree();
    if (!empty) {
        *error = gitError(tr("cannot prepare the patch"));
        return {};
    }
    TreeEdits before;
    TreeEdits after;
    for (const FileDelta& file : changes.files) {
        if (!file.isTaken() || file.content == FileDelta::Content::Directory)
            continue;
        git_oid id;
        if (file.kind != FileDelta::Kind::Added) {
            if (!writeBlob(repo.get(), file.oldData, &id)) {
                *error = gitError(tr("cannot write the patch"));
                return {};
            }
            before.upsert(file.relativePath, id, gitMode(file, false));
        }
        if (file.kind == FileDelta::Kind::Deleted) {
            after.remove(file.relativePath);
        } else {
            if (!writeBlob(repo.get(), acceptedContent(file), &id)) {
                *error = gitError(tr("cannot write the patch"));
                return {};
            }
            after.upsert(file.relativePath, id, gitMode(file, true));
        }
    }
    if (after.updates.empty())
        return {};
    Tree base = before.apply(repo.get(), empty.get());
    Tree result = base ? after.apply(repo.get(), base.get()) : Tree();
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.flags = GIT_DIFF_SHOW_BINARY;
    git_diff* diff = nullptr;
    git_buf text = GIT_BUF_INIT;
    if (!result || git_diff_tree_to_tree(&diff, repo.get(), base.get(), result.get(), &options) != 0
        || git_diff_to_buf(&text, diff, GIT_DIFF_FORMAT_PATCH) != 0) {
        *error = gitError(tr("cannot write the patch"));
        git_diff_free(diff);
        return {};
    }
    QByteArray patch(text.ptr, qsizetype(text.size));
    git_buf_dispose(&text);
    git_diff_free(diff);
    return patch;
}

QString headCommit(const QString& repository)
{
    useGitLibrary();
    git_repository* repo = nullptr;
    if (git_repository_open_ext(&repo, QFile::encodeName(repository).constData(), GIT_REPOSITORY_OPEN_NO_SEARCH,
                                nullptr)
        != 0)
        return {};
    Repository owner(repo);
    git_oid id;
    if (git_reference_name_to_id(&id, repo, "HEAD") != 0)
        return {};
    return QString::fromLatin1(git_oid_tostr_s(&id));
}

namespace {

// The base commit's tree with the accepted changes; edits counted in
// *applied, each file's outcome in *report.
Tree treeWithChanges(git_repository* repo, git_tree* base, const ChangeSet& changes, ApplyReport* report,
                     int* applied, QString* error)
{
    using Action = PlannedChange::Action;
    TreeEdits edits;
    for (const FileDelta& file : changes.files) {
        const CurrentEntry current = file.canApply() && file.isTaken() ? entryInTree(repo, base, file.relativePath)
                                                                       : CurrentEntry();
        PlannedChange plan = planChange(file, current);
        git_oid id;
        if (plan.action == Action::Write || plan.action == Action::Symlink) {
            if (!writeBlob(repo, plan.data, &id)) {
                *error = gitError(tr("cannot write %1 into the repository").arg(file.displayPath()));
                return Tree();
            }
            const uint mode = plan.action == Action::Symlink ? 0120000u
                              : (plan.mode & 0111)           ? 0100755u
                                                             : 0100644u;
            edits.upsert(file.relativePath, id, mode);
        } else if (plan.action == Action::Remove) {
            edits.remove(file.relativePath);
        } else if (plan.action == Action::MakeDir || plan.action == Action::RemoveDir) {
            plan = PlannedChange{Action::Nothing, {}, 0, false, tr("git keeps no folders")};
        }
        report->add(file, plan);
    }
    *applied = int(edits.updates.size());
    if (edits.updates.empty())
        return Tree();
    Tree tree = edits.apply(repo, base);
    if (!tree)
        *error = gitError(tr("cannot build the commit's tree"));
    return tree;
}

git_commit* baseCommitOf(git_repository* repo, const QString& base, QString* error)
{
    git_object* object = nullptr;
    const QByteArray spec = base.isEmpty() ? QByteArrayLiteral("HEAD") : base.toUtf8();
    git_object* peeled = nullptr;
    if (git_revparse_single(&object, repo, spec.constData()) != 0
        || git_object_peel(&peeled, object, GIT_OBJECT_COMMIT) != 0) {
        *error = tr("the commit the run was launched from (%1) is not in the repository").arg(QString::fromUtf8(spec));
        git_object_free(object);
        return nullptr;
    }
    git_object_free(object);
    return reinterpret_cast<git_commit*>(peeled);
}

} // namespace

QString commitToBranch(const ChangeSet& changes, const BranchRequest& request, ApplyReport* report, QString* error)
{
    useGitLibrary();
    report->outcomes.clear();
    git_repository* raw = nullptr;
    if (git_repository_open_ext(&raw, QFile::encodeName(request.repository).constData(),
                                GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr)
        != 0) {
        *error = tr("%1 is not a git repository").arg(request.repository);
        return {};
    }
    Repository repo(raw);
    int valid = 0;
    git_branch_name_is_valid(&valid, request.branch.toUtf8().constData());
    if (!valid) {
        *error = tr("\"%1\" is not a valid branch name").arg(request.branch);
        return {};
    }
    git_reference* existing = nullptr;
    if (git_branch_lookup(&existing, repo.get(), request.branch.toUtf8().constData(), GIT_BRANCH_LOCAL) == 0) {
        git_reference_free(existing);
        *error = tr("the branch \"%1\" exists already").arg(request.branch);
        return {};
    }
    GitPtr<git_commit, git_commit_free> parent(baseCommitOf(repo.get(), request.baseCommit, error));
    git_tree* rawBase = nullptr;
    if (!parent || git_commit_tree(&rawBase, parent.get()) != 0)
        return {};
    Tree base(rawBase);
    int applied = 0;
    Tree tree = treeWithChanges(repo.get(), base.get(), changes, report, &applied, error);
    if (!tree) {
        if (error->isEmpty())
            *error = tr("nothing accepted to commit");
        return {};
    }
    git_signature* signature = nullptr;
    if (git_signature_default(&signature, repo.get()) != 0) {
        *error = tr("set user.name and user.email in the repository's git config to commit");
        return {};
    }
    GitPtr<git_signature, git_signature_free> owner(signature);
    git_oid id;
    const git_commit* parents[] = {parent.get()};
    if (git_commit_create(&id, repo.get(), nullptr, signature, signature, nullptr, request.message.toUtf8().constData(),
                          tree.get(), 1, parents)
        != 0) {
        *error = gitError(tr("cannot create the commit"));
        return {};
    }
    git_commit* made = nullptr;
    git_reference* branch = nullptr;
    const bool branched = git_commit_lookup(&made, repo.get(), &id) == 0
                          && git_branch_create(&branch, repo.get(), request.branch.toUtf8().constData(), made, 0) == 0;
    git_commit_free(made);
    if (!branched) {
        *error = gitError(tr("cannot create the branch"));
        return {};
    }
    git_reference_free(branch);
    error->clear();
    return QString::fromLatin1(git_oid_tostr_s(&id));
}

QString branchNameFor(const QString& runId)
{
    return QStringLiteral("sandbox/") + runId;
}

} // namespace sandbox::apply
