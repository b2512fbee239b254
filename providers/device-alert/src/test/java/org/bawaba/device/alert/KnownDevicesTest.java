package org.bawaba.device.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class KnownDevicesTest {

    @Test
    void theFirstSignInOnlyRemembersTheBrowser() {
        KnownDevices after = KnownDevices.afterSignIn(List.of(), null, "a", 10);

        assertThat(after.unusual()).isFalse();
        assertThat(after.changed()).isTrue();
        assertThat(after.devices()).containsExactly("a");
        assertThat(after.order()).isEqualTo("a");
    }

    @Test
    void theSameBrowserAgainChangesNothing() {
        KnownDevices after = KnownDevices.afterSignIn(List.of("b", "a"), "a,b", "a", 10);

        assertThat(after.unusual()).isFalse();
        assertThat(after.changed()).as("no write at each sign-in").isFalse();
        assertThat(after.devices()).containsExactly("a", "b");
    }

    @Test
    void aKnownBrowserComesFirstAgainWithoutAnAlert() {
        KnownDevices after = KnownDevices.afterSignIn(List.of("b", "c", "a"), "a,b,c", "c", 10);

        assertThat(after.unusual()).isFalse();
        assertThat(after.changed()).isTrue();
        assertThat(after.devices()).containsExactly("c", "a", "b");
        assertThat(after.order()).isEqualTo("c,a,b");
    }

    @Test
    void aNewBrowserIsUnusualAndRememberedFirst() {
        KnownDevices after = KnownDevices.afterSignIn(List.of("b", "a"), "a,b", "n", 10);

        assertThat(after.unusual()).isTrue();
        assertThat(after.devices()).containsExactly("n", "a", "b");
    }

    @Test
    void theLeastRecentBrowsersAreForgottenBeyondTheLimit() {
        assertThat(KnownDevices.afterSignIn(List.of("c", "b", "a"), "a,b,c", "n", 3).devices()).containsExactly("n", "a", "b");
        assertThat(KnownDevices.afterSignIn(List.of("a", "b", "c", "d"), "a,b,c,d", "a", 2).devices())
                .as("a lowered limit applies at the next sign-in").containsExactly("a", "b");
    }

    @Test
    void fingerprintsTheOrderDoesNotNameComeAfterIt() {
        assertThat(KnownDevices.ordered(List.of("x", "a", "b"), "b,gone,a")).as("an order written before an edit")
                .containsExactly("b", "a", "x");
        assertThat(KnownDevices.ordered(List.of("x", "y"), null)).as("no order yet").containsExactly("x", "y");
        KnownDevices after = KnownDevices.afterSignIn(List.of("a", "b"), null, "a", 10);
        assertThat(after.changed()).as("the order is written").isTrue();
        assertThat(after.unusual()).isFalse();
    }
}
