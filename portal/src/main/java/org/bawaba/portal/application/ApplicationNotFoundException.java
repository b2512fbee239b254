package org.bawaba.portal.application;

/** No such application, or not the caller's: answered 404 either way. */
public class ApplicationNotFoundException extends RuntimeException {

    public ApplicationNotFoundException() {
        super("no such application");
    }
}
