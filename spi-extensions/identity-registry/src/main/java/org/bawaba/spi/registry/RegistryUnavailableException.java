package org.bawaba.spi.registry;

/** The registry could not answer (down, too slow, or answering nonsense): the caller says "try later" and keeps nothing. */
public class RegistryUnavailableException extends Exception {

    public RegistryUnavailableException(String message) {
        super(message);
    }

    public RegistryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
