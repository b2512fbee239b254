package org.bawaba.portal.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** The front door's levels of assurance, as relying parties ask for them in {@code acr_values}. */
public enum LevelOfAssurance {
    EIDAS1("eidas1"),
    EIDAS2("eidas2"),
    EIDAS3("eidas3");

    private final String acr;

    LevelOfAssurance(String acr) {
        this.acr = acr;
    }

    public String acr() {
        return acr;
    }

    public static Optional<LevelOfAssurance> of(String acr) {
        return Arrays.stream(values()).filter(value -> value.acr.equals(acr)).findFirst();
    }
}
