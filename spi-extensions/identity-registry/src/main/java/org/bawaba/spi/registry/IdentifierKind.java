package org.bawaba.spi.registry;

/** Which identifier a person gives, besides the ID number and the birth date. */
public enum IdentifierKind {
    /** The insurer's registration number (immatriculation). */
    REGISTRATION_NUMBER,
    /** The person's identifier at their employer or pension fund. */
    EMPLOYER_ID
}
