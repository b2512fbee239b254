package org.bawaba.password.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.bawaba.password.form.ConcurrentSignIns.Turn;
import org.junit.jupiter.api.Test;

class ConcurrentSignInsTest {

    private static final String BUSY = "user_temporarily_disabled";

    private long now;
    private final List<Long> sleeps = new ArrayList<>();

    @Test
    void aFreeAccountIsOursAtOnce() {
        FakeDetector detector = new FakeDetector(false, (String) null);

        assertThat(await(detector, Duration.ofSeconds(5))).isEqualTo(Turn.OURS);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void aBusyAccountWaitsUntilTheOtherSignInIsChecked() {
        FakeDetector detector = new FakeDetector(false, BUSY, BUSY, BUSY, null);

        assertThat(await(detector, Duration.ofSeconds(5))).isEqualTo(Turn.OURS);
        assertThat(sleeps).containsExactly(25L, 25L, 25L);
    }

    @Test
    void aLockedOutAccountIsRefusedWithoutWaiting() {
        FakeDetector detector = new FakeDetector(true, BUSY);

        assertThat(await(detector, Duration.ofSeconds(5))).isEqualTo(Turn.LOCKED_OUT);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void aLockOutRecordedWhileWaitingEndsTheWait() {
        FakeDetector detector = new FakeDetector(false, BUSY, BUSY, BUSY);
        detector.lockAfterVerdicts = 2;

        assertThat(await(detector, Duration.ofSeconds(5))).isEqualTo(Turn.LOCKED_OUT);
        assertThat(sleeps).hasSize(1);
    }

    @Test
    void theWaitIsBounded() {
        FakeDetector detector = new FakeDetector(false, BUSY);

        assertThat(await(detector, Duration.ofMillis(100))).isEqualTo(Turn.STILL_BUSY);
        assertThat(sleeps).containsExactly(25L, 25L, 25L, 25L);
    }

    @Test
    void noWaitMeansOneLook() {
        assertThat(await(new FakeDetector(false, BUSY), Duration.ZERO)).isEqualTo(Turn.STILL_BUSY);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void anInterruptedWaitGivesUp() {
        Turn turn = ConcurrentSignIns.awaitTurn(new FakeDetector(false, BUSY), Duration.ofSeconds(5),
                millis -> {
                    throw new InterruptedException();
                }, () -> now);

        assertThat(turn).isEqualTo(Turn.STILL_BUSY);
        assertThat(Thread.interrupted()).isTrue();
    }

    private Turn await(FakeDetector detector, Duration wait) {
        return ConcurrentSignIns.awaitTurn(detector, wait, millis -> {
            sleeps.add(millis);
            now += Duration.ofMillis(millis).toNanos();
        }, () -> now);
    }

    /** Gives its verdicts in order, then repeats the last one. */
    private static final class FakeDetector implements ConcurrentSignIns.Detector {
        private final Deque<String> verdicts = new ArrayDeque<>();
        private final boolean lockedOut;
        private String last;
        private int given;
        int lockAfterVerdicts = Integer.MAX_VALUE;

        FakeDetector(boolean lockedOut, String... verdicts) {
            this.lockedOut = lockedOut;
            for (String verdict : verdicts) {
                this.verdicts.add(verdict == null ? "" : verdict);
            }
        }

        @Override
        public String verdict() {
            given++;
            if (!verdicts.isEmpty()) {
                last = verdicts.poll();
            }
            return last.isEmpty() ? null : last;
        }

        @Override
        public boolean lockedOut() {
            return lockedOut || given >= lockAfterVerdicts;
        }
    }
}
