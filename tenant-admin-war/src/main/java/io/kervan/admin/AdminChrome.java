package io.kervan.admin;

import io.kervan.identity.application.StaffSessions.StaffSession;

import java.util.List;

/**
 * The panel's frame around a page: the menu (the sections the member may open, the current one marked) and who is
 * signed in. {@code member} is null on the pages of someone not signed in, which then show no menu.
 */
public record AdminChrome(Section current, List<Section> sections, StaffSession member) {

    public boolean signedIn() {
        return member != null;
    }

    public boolean isCurrent(Section section) {
        return section == current;
    }

    /** The role's text key, such as {@code role.owner}. */
    public String roleKey() {
        return "role." + member.role().group();
    }
}
