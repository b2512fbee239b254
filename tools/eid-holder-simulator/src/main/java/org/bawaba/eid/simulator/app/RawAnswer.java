package org.bawaba.eid.simulator.app;

/** An HTTP answer as received: its status code and its body. */
public record RawAnswer(int status, String body) {
}
