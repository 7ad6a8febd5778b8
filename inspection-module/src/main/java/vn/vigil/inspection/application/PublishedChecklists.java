package vn.vigil.inspection.application;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.vigil.inspection.api.ChecklistVersionView;

/**
 * The published checklist versions a server has read, kept in its memory: a published version never changes (its
 * items, number, template and business line are fixed once it is published, and it is never deleted, since records
 * point at it), so no server can hold a stale copy and nothing has to be told when another server publishes. Every
 * visit record's save and view reads its version; this spares three queries each time. Drafts are never kept. At
 * most {@link #MOST} versions are kept (the national set has a few dozen); past that the memory is emptied and fills
 * again, so it can never grow without bound.
 */
final class PublishedChecklists {

    static final int MOST = 1_000;

    private final Map<Long, ChecklistVersionView> versions = new ConcurrentHashMap<>();

    Optional<ChecklistVersionView> find(long versionId) {
        return Optional.ofNullable(versions.get(versionId));
    }

    /** Keeps {@code version} if it is published; answers it either way. */
    ChecklistVersionView remember(ChecklistVersionView version) {
        if (!version.draft() && version.publishedAt() != null) {
            if (versions.size() >= MOST) {
                versions.clear();
            }
            versions.put(version.id(), version);
        }
        return version;
    }

    int size() {
        return versions.size();
    }
}
