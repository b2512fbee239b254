package org.bawaba.spi.registry;

/** How the insurer pays the person: it decides which question only they can answer. */
public enum PaymentMode {
    BANK_TRANSFER,
    POSTAL_ORDER
}
