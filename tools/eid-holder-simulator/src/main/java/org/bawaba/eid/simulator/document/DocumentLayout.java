package org.bawaba.eid.simulator.document;

/** MRZ/document layouts the simulator can issue. */
public enum DocumentLayout {
    /** TD1 (3 x 30) identity card, document code "ID", personal number in optional data 2. */
    TD1_ID_CARD,
    /**
     * TD1 Moroccan CNIE as assumed here: document code "ID", issuing state MAR, the card number as the document
     * number, and the CNIE number (1-2 letters + digits, e.g. "BE123456") in optional data 1 of line 1.
     */
    TD1_MOROCCAN_CNIE,
    /** TD3 (2 x 44) passport, document code "P<", personal number in its own check-digited field. */
    TD3_PASSPORT
}
