package org.bawaba.device.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class KnownDevicesTest {

    @Test
    void theFirstSignInOnlyRemembersTheBrowser() {
        KnownDevices after = KnownDevices.afterSignIn(List.of(), "a", 10);

        assertThat(after.unusual()).isFalse();
        assertThat(after.changed()).isTrue();
        assertThat(after.devices()).containsExactly("a");
    }

    @Test
    void theSameBrowserAgainChangesNothing() {
        KnownDevices after = KnownDevices.afterSignIn(List.of("a", "b"), "a", 10);

        assertThat(after.unusual()).isFalse();
        assertThat(after.changed()).as("no write at each sign-in").isFalse();
        assertThat(after.devices()).containsExactly("a", "b");
    }

    @Test
    void aKnownBrowserComesFirstAgainWithoutAnAlert() {
        KnownDevices after = KnownDevices.afterSignIn(List.of("a", "b", "c"), "c", 10);

        assertThat(after.unusual()).isFalse();
        assertThat(after.devices()).containsExactly("c", "a", "b");
    }

    @Test
    void aNewBrowserIsUnusualAndRememberedFirst() {
        KnownDevices after = KnownDevices.afterSignIn(List.of("a", "b"), "n", 10);

        assertThat(after.unusual()).isTrue();
        assertThat(after.devices()).containsExactly("n", "a", "b");
    }

    @Test
    void theLeastRecentBrowsersAreForgottenBeyondTheLimit() {
        KnownDevices after = KnownDevices.afterSignIn(List.of("a", "b", "c"), "n", 3);

        assertThat(after.devices()).containsExactly("n", "a", "b");
        assertThat(KnownDevices.afterSignIn(List.of("a", "b", "c", "d"), "a", 2).devices())
                .as("a lowered limit applies at the next sign-in").containsExactly("a", "b");
    }
}
