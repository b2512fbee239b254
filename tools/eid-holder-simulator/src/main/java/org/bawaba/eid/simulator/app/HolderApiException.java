package org.bawaba.eid.simulator.app;

/** The holder API did not give the transaction: {@link #outcome()} says what it answered instead. */
public final class HolderApiException extends RuntimeException {

    private final transient Outcome outcome;

    public HolderApiException(String call, Outcome outcome) {
        super(call + " answered " + outcome.describe());
        this.outcome = outcome;
    }

    public Outcome outcome() {
        return outcome;
    }
}
