package vn.vigil.inspection.api;

import java.util.List;
import java.util.Optional;

/**
 * Recording visits on site (biên bản kiểm tra): inspectors and team leads begin and save the record, a lead of the
 * visit's team signs it off, after which it only takes amendments. Legal officers and administrators read.
 */
public interface VisitRecords {

    VisitHeader header(long visitId);

    /** The record of a visit, if recording has begun. */
    Optional<VisitRecordView> find(long visitId);

    /**
     * Starts recording a scheduled visit (it becomes in progress) and fixes the checklist version in force for the
     * establishment's business line; for a visit already being recorded, returns its record.
     */
    VisitRecordView beginRecording(long visitId);

    /** Replaces the record's content; {@code version} is the one the caller loaded (stale: a conflict). */
    VisitRecordView save(long visitId, long version, RecordContent content);

    /**
     * Saves as {@link #save} does, answering only the new version: the record is not read back, so the parts the
     * save left alone are not read at all (the field application's sync).
     */
    RecordSaved saveContent(long visitId, long version, RecordContent content);

    /** A lead of the visit's team signs the record off: the visit is final and the record never changes again. */
    VisitRecordView signOff(long visitId, long version);

    AmendmentView amend(long visitId, AmendmentCommand command);

    List<AmendmentView> amendments(long visitId);
}
