package org.bawaba.registry.reference;

import java.time.LocalDate;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.bawaba.spi.registry.PaymentMode;
import org.bawaba.spi.registry.RegisteredPerson;
import org.hibernate.annotations.Nationalized;

/**
 * A person of the reference registry (table {@code BAWABA_REGISTRY_PERSON}, created by
 * {@code META-INF/bawaba-identity-registry-changelog.xml}). Answers and the employer identifier are held only as keyed
 * hashes ({@link AnswerHasher}); the ID is the person's stable {@code personId}.
 */
@Entity
@Table(name = "BAWABA_REGISTRY_PERSON")
@Access(AccessType.FIELD)
@NamedQueries({
        @NamedQuery(name = RegistryPersonEntity.BY_REGISTRATION_NUMBER,
                query = "select p from RegistryPersonEntity p where p.registrationNumber = :registrationNumber"),
        @NamedQuery(name = RegistryPersonEntity.FIND_BY_REGISTRATION_NUMBER,
                query = "select p from RegistryPersonEntity p where p.registrationNumber = :identifier"
                        + " and p.nationalId = :nationalId and p.birthDate = :birthDate"),
        @NamedQuery(name = RegistryPersonEntity.FIND_BY_EMPLOYER_ID,
                query = "select p from RegistryPersonEntity p where p.employerIdHash = :identifier"
                        + " and p.nationalId = :nationalId and p.birthDate = :birthDate")
})
public class RegistryPersonEntity {

    static final String BY_REGISTRATION_NUMBER = "RegistryPerson.byRegistrationNumber";
    static final String FIND_BY_REGISTRATION_NUMBER = "RegistryPerson.findByRegistrationNumber";
    static final String FIND_BY_EMPLOYER_ID = "RegistryPerson.findByEmployerId";

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REGISTRATION_NUMBER", length = 64, nullable = false, unique = true)
    private String registrationNumber;

    @Column(name = "NATIONAL_ID", length = 32, nullable = false)
    private String nationalId;

    @Column(name = "BIRTH_DATE", nullable = false)
    private LocalDate birthDate;

    @Column(name = "EMPLOYER_ID_HASH", length = 64, nullable = false)
    private String employerIdHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "PAYMENT_MODE", length = 16, nullable = false)
    private PaymentMode paymentMode;

    @Column(name = "BANK_ACCOUNT_HASH", length = 64)
    private String bankAccountHash;

    @Column(name = "CIVIL_STATUS_HASH", length = 64)
    private String civilStatusHash;

    @Column(name = "GIVEN_NAME", nullable = false)
    @Nationalized
    private String givenName;

    @Column(name = "FAMILY_NAME", nullable = false)
    @Nationalized
    private String familyName;

    @Column(name = "GIVEN_NAME_AR")
    @Nationalized
    private String givenNameAr;

    @Column(name = "FAMILY_NAME_AR")
    @Nationalized
    private String familyNameAr;

    @Column(name = "BIRTH_PLACE")
    @Nationalized
    private String birthPlace;

    @Column(name = "BIRTH_COUNTRY", length = 2)
    private String birthCountry;

    @Column(name = "GENDER", length = 8)
    private String gender;

    public RegistryPersonEntity() {
    }

    RegistryPersonEntity(String id) {
        this.id = id;
    }

    /** Takes every value of the record (an update keeps the ID, hence the personId). */
    void update(PersonRecord person) {
        registrationNumber = person.registrationNumber();
        nationalId = person.nationalId();
        birthDate = person.birthDate();
        employerIdHash = person.employerIdHash();
        paymentMode = person.paymentMode();
        bankAccountHash = person.bankAccountHash();
        civilStatusHash = person.civilStatusHash();
        givenName = person.givenName();
        familyName = person.familyName();
        givenNameAr = person.givenNameAr();
        familyNameAr = person.familyNameAr();
        birthPlace = person.birthPlace();
        birthCountry = person.birthCountry();
        gender = person.gender();
    }

    /** Whether the row already holds exactly this record. */
    boolean holds(PersonRecord person) {
        return person.equals(new PersonRecord(registrationNumber, nationalId, birthDate, employerIdHash, paymentMode,
                bankAccountHash, civilStatusHash, givenName, familyName, givenNameAr, familyNameAr, birthPlace,
                birthCountry, gender));
    }

    RegisteredPerson toRegisteredPerson() {
        return new RegisteredPerson(id, registrationNumber, paymentMode, new RegisteredPerson.Identity(givenName,
                familyName, givenNameAr, familyNameAr, birthDate, birthPlace, birthCountry, gender, nationalId));
    }

    StoredAnswers storedAnswers() {
        return new StoredAnswers(paymentMode, employerIdHash, bankAccountHash, civilStatusHash);
    }

    String getId() {
        return id;
    }

    @Override
    public String toString() {
        return "RegistryPersonEntity[" + id + "]";
    }
}
