package org.bawaba.portal.validation;

import java.util.List;

/** What an integrator sent breaks one or more rules; answered 400 with every violation, localized. */
public class InvalidApplicationException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidApplicationException(List<Violation> violations) {
        super("invalid application: " + violations.stream().map(Violation::field).toList());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
