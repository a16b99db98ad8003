package io.kervan.admin;

import io.kervan.identity.application.StaffSessions.StaffSession;
import io.kervan.shared.domain.Actor;
import io.kervan.shared.domain.CommonError;
import io.kervan.shared.domain.KervanException;
import io.kervan.tenancy.domain.TenantRef;
import io.kervan.webkit.http.Cookies;
import io.kervan.webkit.http.Csrf;
import io.kervan.webkit.render.Frame;
import io.kervan.webkit.render.PageKit;
import io.kervan.webkit.render.PageVisit;
import io.kervan.webkit.render.Theme;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.List;
import java.util.Locale;

/**
 * One request to the panel: the shop, the language, and the signed-in member ({@link AdminFilter} opens it). Form
 * tokens are bound to the member's session (their token's id) once signed in, and before that (the sign-in and
 * password forms) to a random id in a cookie of the panel's own.
 */
@RequestScoped
public class StaffVisit extends PageVisit {

    static final String LANGUAGE = "admin_lang";
    static final String FORM_SESSION = "admin_form";

    @Inject
    AdminPanel panel;

    @Inject
    Csrf csrf;

    private StaffSession session;
    private String formSession;
    private Frame frame;

    public StaffVisit() {
        super(LANGUAGE, AdminPanel.BASE, AdminPanel.LANGUAGES);
    }

    @Override
    protected PageKit kit() {
        return panel;
    }

    void open(HttpServletRequest request, HttpServletResponse response, TenantRef shop, StaffSession session) {
        open(request, response, shop);
        this.session = session;
        this.formSession = Cookies.read(request, FORM_SESSION, AdminPanel.BASE).filter(id -> id.length() <= 64)
                .orElse(null);
    }

    public Locale locale() {
        return language.locale();
    }

    /** The signed-in member; null only on the pages that need nobody (sign-in, passwords). */
    public StaffSession session() {
        return session;
    }

    /** Refuses (a 403 page) a member whose role does not give them {@code permission}. */
    public void require(Permission permission) {
        if (session == null || !permission.allows(session.role())) {
            throw new KervanException(CommonError.FORBIDDEN, "Your role does not allow this");
        }
    }

    /** The signed-in member as services record who did something. */
    public Actor actor() {
        return Actor.staff(session.accountId(), session.email());
    }

    public boolean may(Permission permission) {
        return session != null && permission.allows(session.role());
    }

    /** The sections the member may open, for the menu. */
    public List<Section> sections() {
        return session == null ? List.of()
                : java.util.Arrays.stream(Section.values()).filter(s -> s.openTo(session.role())).toList();
    }

    /** What the form tokens of this request are bound to; a visitor not signed in gets a form session here. */
    String csrfSession() {
        if (session != null) {
            return "admin:" + session.tokenId();
        }
        if (formSession == null) {
            formSession = Cookies.random(24);
            Cookies.write(request, response, FORM_SESSION, formSession, null, AdminPanel.BASE);
        }
        return "admin-form:" + formSession;
    }

    /** Whether this post carries the form token of its own session, sent from the panel's own pages. */
    boolean postIsGenuine() {
        String bound = session != null ? "admin:" + session.tokenId()
                : formSession == null ? null : "admin-form:" + formSession;
        return csrf.accepts(request, request.getParameter(Csrf.FIELD), shop.id(), bound);
    }

    public Frame frame() {
        if (frame == null || !frame.lang().equals(language.code())) {
            frame = new Frame(texts(), formats(), Theme.of(shop.displayName(), shop.logoUrl(), null),
                    csrf.token(shop.id(), csrfSession()), nonce, panel.assets(), request.getRequestURI(),
                    AdminPanel.BASE, AdminPanel.LANGUAGES);
        }
        return frame;
    }
}
