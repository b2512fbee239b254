package org.bawaba.spi.registry;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person the registry knows, as far as Bawaba may know them: no answer to any question is here.
 *
 * @param personId           the registry's stable identifier of the person (links the account to the record)
 * @param registrationNumber the registration number, the person's login on accounts made from the registry
 * @param paymentMode        decides which question is asked
 * @param identity           the pivot identity as the registry holds it
 */
public record RegisteredPerson(String personId, String registrationNumber, PaymentMode paymentMode, Identity identity) {

    public RegisteredPerson {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(registrationNumber, "registrationNumber");
        Objects.requireNonNull(paymentMode, "paymentMode");
        Objects.requireNonNull(identity, "identity");
    }

    /**
     * The pivot identity. Names in Latin letters are required; Arabic names, birth place and country may be absent.
     *
     * @param gender "female" or "male"
     * @param birthCountry ISO 3166-1 alpha-2
     */
    public record Identity(String givenName, String familyName, String givenNameAr, String familyNameAr,
                           LocalDate birthDate, String birthPlace, String birthCountry, String gender,
                           String nationalId) {

        public Identity {
            Objects.requireNonNull(givenName, "givenName");
            Objects.requireNonNull(familyName, "familyName");
            Objects.requireNonNull(birthDate, "birthDate");
            Objects.requireNonNull(nationalId, "nationalId");
        }
    }

    @Override
    public String toString() {
        return "RegisteredPerson[" + paymentMode + "]";
    }
}
