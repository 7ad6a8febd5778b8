/*
 * The calendar shows Vietnam's local times as they are (its time zone is UTC, the times carry no offset), so its
 * "today" must be Vietnam's day too, not the browser's: between midnight and 07:00 in Vietnam, UTC is still on the
 * day before. The page writes Vietnam's present moment into data-now of the element #vigil-now.
 */
function vigilScheduleNow() {
    var holder = document.getElementById('vigil-now');
    if (holder && holder.getAttribute('data-now')) {
        this.cfg.options.now = holder.getAttribute('data-now');
    }
}
