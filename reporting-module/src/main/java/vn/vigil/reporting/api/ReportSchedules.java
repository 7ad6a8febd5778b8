package vn.vigil.reporting.api;

import java.util.List;

/**
 * Reports mailed on a schedule (administrators): the previous month's or week's figures as XLSX and/or PDF, to chosen
 * staff. Each sending is a run, logged and retried; it is sent once however many servers share the database.
 */
public interface ReportSchedules {

    /** The most recipients a schedule may have. */
    int MAX_RECIPIENTS = 50;

    /** Every schedule, by name. */
    List<ScheduleView> list();

    /** @throws vn.vigil.core.api.NotFoundException when there is no such schedule */
    ScheduleView get(long id);

    /**
     * @throws vn.vigil.core.api.DomainException when a rule is broken: a day outside 1–28, no recipient, a recipient
     *     without an e-mail address or disabled, no format, an unknown province
     */
    ScheduleView create(ScheduleCommand command);

    /** @throws vn.vigil.core.api.ConflictException when someone changed it since {@code version} */
    ScheduleView change(long id, long version, ScheduleCommand command);

    /** Pauses ({@code false}) or resumes it; a resumed schedule sends from its next due time on, nothing missed. */
    ScheduleView activate(long id, long version, boolean active);

    /** Deletes it with its runs. */
    void delete(long id);

    /**
     * Sends the latest whole period's report now (to try a schedule out), as a run of its own, logged like the
     * others; returns that run.
     *
     * @throws vn.vigil.core.api.DomainException {@code schedules.mailOff} when the server sends no e-mail
     */
    ScheduleRunView sendNow(long id);

    /** The latest runs of one schedule (null: of every schedule), most recent first, at most {@code limit}. */
    List<ScheduleRunView> runs(Long scheduleId, int limit);
}
