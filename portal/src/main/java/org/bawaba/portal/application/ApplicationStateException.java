package org.bawaba.portal.application;

/** The application's status does not allow this (e.g. changing it while an operator reviews it): answered 409. */
public class ApplicationStateException extends RuntimeException {

    private final ApplicationStatus status;

    public ApplicationStateException(ApplicationStatus status) {
        super("not allowed while " + status);
        this.status = status;
    }

    public ApplicationStatus status() {
        return status;
    }
}
