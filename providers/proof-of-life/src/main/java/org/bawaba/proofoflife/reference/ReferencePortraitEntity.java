package org.bawaba.proofoflife.reference;

import java.util.Base64;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The portrait a proof of life is compared with (table {@code BAWABA_REFERENCE_PORTRAIT}): one per account, the photo
 * its creation proved (a passport chip's). Times are milliseconds since the epoch.
 */
@Entity
@Table(name = "BAWABA_REFERENCE_PORTRAIT")
@Access(AccessType.FIELD)
@NamedQueries({
        @NamedQuery(name = ReferencePortraitEntity.DELETE_BY_REALM,
                query = "delete from ReferencePortraitEntity p where p.realmId = :realmId")
})
public class ReferencePortraitEntity {

    static final String DELETE_BY_REALM = "ReferencePortrait.deleteByRealm";

    @Id
    @Column(name = "USER_ID", length = 36)
    private String userId;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "MEDIA_TYPE", length = 32, nullable = false)
    private String mediaType;

    /** Base64: a TEXT column reads and writes alike on H2 and PostgreSQL, where a LOB would not. */
    @Column(name = "IMAGE", length = 4_000_000, nullable = false)
    private String image;

    @Column(name = "SOURCE", length = 32, nullable = false)
    private String source;

    @Column(name = "TAKEN_AT", nullable = false)
    private long takenAt;

    protected ReferencePortraitEntity() {
    }

    ReferencePortraitEntity(String userId, String realmId, String mediaType, byte[] image, String source, long takenAt) {
        this.userId = userId;
        this.realmId = realmId;
        this.mediaType = mediaType;
        this.image = Base64.getEncoder().encodeToString(image);
        this.source = source;
        this.takenAt = takenAt;
    }

    String getRealmId() {
        return realmId;
    }

    String getMediaType() {
        return mediaType;
    }

    byte[] getImage() {
        return Base64.getDecoder().decode(image);
    }

    void replace(String mediaType, byte[] image, String source, long takenAt) {
        this.mediaType = mediaType;
        this.image = Base64.getEncoder().encodeToString(image);
        this.source = source;
        this.takenAt = takenAt;
    }
}
