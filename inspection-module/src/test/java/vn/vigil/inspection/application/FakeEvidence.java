package vn.vigil.inspection.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import vn.vigil.inspection.api.EvidenceContent;
import vn.vigil.inspection.api.EvidenceLocker;
import vn.vigil.inspection.api.EvidenceUpload;
import vn.vigil.inspection.api.EvidenceView;

/** Evidence kept in memory; {@link #add} stands for an upload before or after sign-off. */
final class FakeEvidence implements EvidenceLocker {

    private static final AtomicLong IDS = new AtomicLong(5000);
    private final List<EvidenceView> stored = new ArrayList<>();

    long add(long visitId, boolean afterSignOff) {
        EvidenceView view = new EvidenceView(
                IDS.incrementAndGet(),
                visitId,
                "anh.png",
                "image/png",
                10,
                "ab".repeat(32),
                null,
                Instant.now(),
                "inspector",
                afterSignOff);
        stored.add(view);
        return view.id();
    }

    @Override
    public EvidenceView attach(long visitId, EvidenceUpload upload) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<EvidenceView> of(long visitId) {
        return stored.stream().filter(e -> e.visitId() == visitId).toList();
    }

    @Override
    public EvidenceContent content(long evidenceId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long largestAccepted() {
        throw new UnsupportedOperationException();
    }
}
