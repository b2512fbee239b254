package org.bawaba.federation.chooser;

import org.bawaba.federation.loa.AssuranceLevels;

/**
 * One identity provider as the chooser shows it (a bean, for the FreeMarker template).
 */
public final class ProviderTile {

    static final String BLOCKED_BY_PERSON = "bawabaChooserBlockedByYou";

    private final String alias;
    private final String displayName;
    private final String level;
    private final String status;
    private final String disabledWhy;
    private final boolean lastUsed;

    /**
     * @param alias       the provider's alias (also the form value)
     * @param displayName fallback name when the theme has no localized one
     * @param level       the highest assurance level it delivers (an acr value, e.g. eidas2), or "" if unknown
     * @param status      available, beta or unavailable
     * @param disabledWhy message key saying why it cannot be chosen for this request, or null when it can
     * @param lastUsed    whether this browser used it last time
     */
    public ProviderTile(String alias, String displayName, String level, String status, String disabledWhy, boolean lastUsed) {
        this.alias = alias;
        this.displayName = displayName;
        this.level = level;
        this.status = status;
        this.disabledWhy = disabledWhy;
        this.lastUsed = lastUsed;
    }

    /**
     * The tile of a provider for this request: not choosable when its status is {@code unavailable}, or when the level
     * it can deliver ({@code ceiling}, its {@code bawaba.loa}) is below the requested one or unknown.
     *
     * Also not choosable when the person, known to the chooser, blocked it for their account.
     *
     * @param status available (default when null), beta or unavailable
     */
    static ProviderTile decide(String alias, String displayName, String ceiling, String status, AssuranceLevels levels,
                               boolean lastUsed, boolean blockedByPerson) {
        String shownStatus = status == null || status.isBlank() ? "available" : status;
        String disabledWhy = null;
        if (blockedByPerson) {
            disabledWhy = BLOCKED_BY_PERSON;
        } else if ("unavailable".equals(shownStatus)) {
            disabledWhy = "bawabaChooserUnavailable";
        } else if (!levels.ceilingMeetsRequest(ceiling)) {
            disabledWhy = "bawabaChooserBelowLevel";
        }
        return new ProviderTile(alias, displayName, ceiling == null ? "" : ceiling, shownStatus, disabledWhy, lastUsed);
    }

    public String getAlias() {
        return alias;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getLevel() {
        return level;
    }

    public String getStatus() {
        return status;
    }

    public String getDisabledWhy() {
        return disabledWhy;
    }

    public boolean isLastUsed() {
        return lastUsed;
    }

    public boolean isBlockedByPerson() {
        return BLOCKED_BY_PERSON.equals(disabledWhy);
    }

    public boolean isUsable() {
        return disabledWhy == null;
    }
}
