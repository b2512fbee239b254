package org.bawaba.sandbox;

import org.keycloak.models.UserModel;

/** One fictitious person as the list shows them. */
public final class FictitiousPersonView {

    private final String id;
    private final String givenName;
    private final String familyName;
    private final String givenNameAr;
    private final String familyNameAr;
    private final String birthdate;
    private final String level;
    private final String provider;
    private final boolean choosable;

    private FictitiousPersonView(UserModel user, boolean choosable) {
        this.id = user.getId();
        this.givenName = orEmpty(user.getFirstName());
        this.familyName = orEmpty(user.getLastName());
        this.givenNameAr = orEmpty(user.getFirstAttribute("given_name_ar"));
        this.familyNameAr = orEmpty(user.getFirstAttribute("family_name_ar"));
        this.birthdate = orEmpty(user.getFirstAttribute("birthdate"));
        this.level = orEmpty(user.getFirstAttribute(FictitiousPeople.LEVEL));
        this.provider = orEmpty(user.getFirstAttribute(FictitiousPeople.PROVIDER));
        this.choosable = choosable;
    }

    static FictitiousPersonView of(UserModel user, boolean choosable) {
        return new FictitiousPersonView(user, choosable);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    public String getId() {
        return id;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getGivenNameAr() {
        return givenNameAr;
    }

    public String getFamilyNameAr() {
        return familyNameAr;
    }

    public String getBirthdate() {
        return birthdate;
    }

    public String getLevel() {
        return level;
    }

    public String getProvider() {
        return provider;
    }

    public boolean isChoosable() {
        return choosable;
    }
}
