package io.kervan.notifications.application;

import io.kervan.identity.application.StaffDirectory;
import io.kervan.identity.application.StaffView;
import io.kervan.notifications.domain.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;

/** Mails the current shop's active owners and admins about something they must act on, sent as Kervan. */
@ApplicationScoped
public class StaffAlerts {

    private static final Set<String> ALERTED_ROLES = Set.of("owner", "admin");

    @Inject
    StaffDirectory staff;

    @Inject
    Mailer mail;

    public void send(String subject, String body) throws Exception {
        for (StaffView member : staff.list()) {
            if (member.active() && ALERTED_ROLES.contains(member.role())) {
                mail.send(member.email(), "Kervan", subject, body);
            }
        }
    }
}
