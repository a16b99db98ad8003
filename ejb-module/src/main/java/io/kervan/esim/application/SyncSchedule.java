package io.kervan.esim.application;

import java.time.Duration;
import java.time.Instant;

/**
 * When the schedule syncs the shop's catalogue: every {@code interval} ({@code kervan.esim.catalogue-sync-interval}),
 * next at {@code nextAt}. {@code nextAt} is null while the schedule has not seen the shop yet (it syncs it within a
 * minute of connecting); {@code on} is false when the schedule is switched off (an interval of zero).
 */
public record SyncSchedule(boolean on, Duration interval, Instant nextAt) {
}
