package org.bawaba.history;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A row of the sign-in history (table {@code BAWABA_SIGN_IN}, created by
 * {@code META-INF/bawaba-sign-in-history-changelog.xml}). The claims are kept as their names separated by spaces.
 */
@Entity
@Table(name = "BAWABA_SIGN_IN")
@Access(AccessType.FIELD)
@NamedQueries({
        @NamedQuery(name = SignInEntity.OF_USER, query = "select s from SignInEntity s"
                + " where s.realmId = :realmId and s.userId = :userId order by s.time desc, s.id desc"),
        @NamedQuery(name = SignInEntity.COUNT_OF_USER, query = "select count(s) from SignInEntity s"
                + " where s.realmId = :realmId and s.userId = :userId"),
        @NamedQuery(name = SignInEntity.DELETE_OF_USER, query = "delete from SignInEntity s"
                + " where s.realmId = :realmId and s.userId = :userId"),
        @NamedQuery(name = SignInEntity.DELETE_OF_REALM, query = "delete from SignInEntity s where s.realmId = :realmId"),
        @NamedQuery(name = SignInEntity.DELETE_BEFORE, query = "delete from SignInEntity s where s.time < :before")
})
public class SignInEntity {

    static final String OF_USER = "BawabaSignIn.ofUser";
    static final String COUNT_OF_USER = "BawabaSignIn.countOfUser";
    static final String DELETE_OF_USER = "BawabaSignIn.deleteOfUser";
    static final String DELETE_OF_REALM = "BawabaSignIn.deleteOfRealm";
    static final String DELETE_BEFORE = "BawabaSignIn.deleteBefore";

    /** The column's length; names that would not fit are left out (SharedClaimNames keeps the list far shorter). */
    static final int CLAIMS_LENGTH = 2000;

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    /** Milliseconds since the epoch, as Keycloak keeps event times. */
    @Column(name = "SIGN_IN_TIME", nullable = false)
    private long time;

    @Column(name = "CLIENT_ID", length = 255)
    private String clientId;

    @Column(name = "IDENTITY_PROVIDER", length = 255)
    private String identityProvider;

    @Column(name = "LEVEL_NAME", length = 255)
    private String level;

    @Column(name = "CLAIMS", length = CLAIMS_LENGTH)
    private String claims;

    public SignInEntity() {
    }

    SignInEntity(String id, String realmId, String userId, SignInEntry entry) {
        this.id = id;
        this.realmId = realmId;
        this.userId = userId;
        this.time = entry.time().toEpochMilli();
        this.clientId = entry.clientId();
        this.identityProvider = entry.identityProvider();
        this.level = entry.level();
        this.claims = joined(entry.claims());
    }

    SignInEntry toEntry() {
        List<String> names = claims == null || claims.isBlank() ? List.of() : Arrays.asList(claims.trim().split(" +"));
        return new SignInEntry(id, Instant.ofEpochMilli(time), clientId, identityProvider, level, names);
    }

    static String joined(List<String> names) {
        StringBuilder joined = new StringBuilder();
        for (String name : names) {
            if (joined.length() + name.length() + 1 > CLAIMS_LENGTH) {
                break;
            }
            if (!joined.isEmpty()) {
                joined.append(' ');
            }
            joined.append(name);
        }
        return joined.toString();
    }

    @Override
    public String toString() {
        return "SignInEntity[" + id + "]";
    }
}
