package io.kervan.admin.esim;

import io.kervan.admin.Flash;
import io.kervan.esim.application.MarkupView;
import io.kervan.esim.application.SyncSchedule;
import io.kervan.esim.application.SyncView;
import io.kervan.webkit.form.FormErrors;

import java.util.List;

/**
 * What the eSIM page shows: whether the shop has eSIM Go connected, the schedule, the latest runs, the markup as
 * stored ({@code markup}, null when not connected) and the form's values (as stored, or as typed with what is wrong).
 */
public record EsimView(boolean connected, SyncSchedule schedule, List<SyncView> runs, MarkupView markup,
                       MarkupForm.Values form, FormErrors errors, Flash flash) {

    /** The text key and number of the schedule's interval: in hours when it is whole hours, else in minutes. */
    public String everyKey() {
        return schedule.interval().toMinutesPart() == 0 ? "esim.schedule.hours" : "esim.schedule.minutes";
    }

    public long everyAmount() {
        return schedule.interval().toMinutesPart() == 0 ? schedule.interval().toHours()
                : schedule.interval().toMinutes();
    }
}
