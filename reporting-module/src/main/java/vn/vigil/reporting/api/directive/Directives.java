package vn.vigil.reporting.api.directive;

import java.util.List;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;

/**
 * The standing office's directives: typed in from the signed document (its PDF attached), given tasks, then sent to
 * the units' inboxes; the committee follows, unit by unit, which reports came on time, late or not at all.
 */
public interface Directives {

    /** Directives, newest first; {@code text} matches the symbol or subject without regard to marks. */
    Page<DirectiveSummary> list(String text, PageRequest page);

    /** @throws vn.vigil.core.api.NotFoundException when there is no such directive */
    DirectiveView get(long id);

    /** @throws vn.vigil.core.api.DomainException when a field is missing, too long, or the period is reversed */
    DirectiveView create(DirectiveCommand command);

    /**
     * @throws vn.vigil.core.api.ConflictException when someone changed it since {@code version}
     * @throws vn.vigil.core.api.DomainException {@code directives.sent} once it is sent
     */
    DirectiveView change(long id, long version, DirectiveCommand command);

    /**
     * Attaches the signed document, replacing any before it.
     *
     * @throws vn.vigil.core.api.DomainException {@code directives.pdf.invalid} when the bytes are not a PDF,
     *     {@code directives.pdf.tooLarge} above 10 MB
     */
    DirectiveView attachPdf(long id, String fileName, byte[] content);

    /** The signed document: its name and bytes. */
    Attachment pdf(long id);

    /**
     * Adds a task to a directive not yet sent.
     *
     * @throws vn.vigil.core.api.DomainException when the task is due before the directive's date or after its period,
     *     a unit is unknown or inactive, the lead is also a coordinating unit, a report day is outside 15–28, or an
     *     indicator code is unknown
     */
    DirectiveView addTask(long directiveId, TaskCommand command);

    /** Removes a task of a directive not yet sent. */
    DirectiveView removeTask(long directiveId, long taskId);

    /**
     * Sends the directive: its tasks appear in their units' inboxes.
     *
     * @throws vn.vigil.core.api.DomainException {@code directives.noTasks} without a task
     */
    DirectiveView send(long id, long version);

    /** Per unit, how its reports on the directive's tasks stand today (units leading a task first, then by name). */
    List<UnitStatus> unitStatus(long directiveId);

    /** The units tasks can go to (member departments and commune People's Committees), active ones, by name. */
    List<UnitRef> units();

    /** The indicator codes a task may ask for. */
    List<String> indicatorCodes();

    /** A file's name, type and bytes. */
    record Attachment(String name, String contentType, byte[] content) {}
}
