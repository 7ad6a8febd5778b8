package vn.vigil.reporting.api;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * What an administrator sets on a scheduled report.
 *
 * @param name how the schedule is listed and the mail's subject starts, e.g. "Số liệu tháng gửi Văn phòng BCĐ"
 * @param provinceId the province whose figures are sent, or null for every province
 * @param dayOfMonth 1–28 when monthly, otherwise null
 * @param dayOfWeek the weekday when weekly, otherwise null
 * @param sendAt the time of day it is sent (Vietnam time)
 * @param formats what is attached, at least one
 * @param recipientIds staff accounts that receive it: enabled and with an e-mail address, 1 to {@value
 *     ReportSchedules#MAX_RECIPIENTS}
 */
public record ScheduleCommand(
        String name,
        Long provinceId,
        Cadence cadence,
        Integer dayOfMonth,
        DayOfWeek dayOfWeek,
        LocalTime sendAt,
        Set<ReportFormat> formats,
        List<Long> recipientIds) {

    public ScheduleCommand {
        formats = formats == null ? Set.of() : Set.copyOf(formats);
        recipientIds = recipientIds == null
                ? List.of()
                : recipientIds.stream().distinct().toList();
    }
}
