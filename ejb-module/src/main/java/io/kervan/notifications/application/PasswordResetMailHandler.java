package io.kervan.notifications.application;

import io.kervan.identity.application.PasswordResets;
import io.kervan.identity.domain.Realm;
import io.kervan.jobs.application.JobHandler;
import io.kervan.notifications.domain.Mailer;
import io.kervan.shared.domain.JsonDocuments;
import io.kervan.tenancy.application.ShopAddress;
import io.kervan.tenancy.domain.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * Mails a customer or staff member the link to choose a new password ({@value PasswordResets#MAIL_JOB} jobs), in the
 * shop's language: the storefront's {@code /account/reset-password} page for customers, the admin panel's
 * {@code /admin/reset-password} for staff. The link is made here, in the job's transaction: a mail that fails leaves
 * no working link behind, and the retry makes a new one.
 */
@ApplicationScoped
public class PasswordResetMailHandler implements JobHandler {

    @Inject
    PasswordResets resets;

    @Inject
    ShopMail shopMail;

    @Inject
    ShopAddress shopAddress;

    @Inject
    Mailer mail;

    @Override
    public String kind() {
        return PasswordResets.MAIL_JOB;
    }

    @Override
    public void handle(String payload) throws Exception {
        JsonObject job = JsonDocuments.parse(payload);
        Realm realm = Realm.valueOf(job.getString("realm"));
        PasswordResets.ResetLink link = resets.issue(realm, UUID.fromString(job.getString("account_id")))
                .orElse(null);
        if (link == null) {
            return; // gone or deactivated since it was asked for
        }
        TenantRef shop = shopMail.shop();
        ResourceBundle texts = shopMail.texts("password_reset_email");
        String page = realm == Realm.STAFF ? "/admin/reset-password" : "/account/reset-password";
        Object[] values = {shop.displayName(), link.name(), shopAddress.link(page + "?token=" + link.secret()),
                link.lifetime().toMinutes()};
        mail.send(link.email(), shop.displayName(), MessageFormat.format(texts.getString("subject"), values),
                MessageFormat.format(texts.getString("body"), values));
    }
}
