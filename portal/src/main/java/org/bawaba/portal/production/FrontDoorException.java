package org.bawaba.portal.production;

/** The front door's admin API failed or refused: nothing was decided; answered 503, to try again. */
public class FrontDoorException extends RuntimeException {

    public FrontDoorException(String message) {
        super(message);
    }

    public FrontDoorException(String message, Throwable cause) {
        super(message, cause);
    }
}
