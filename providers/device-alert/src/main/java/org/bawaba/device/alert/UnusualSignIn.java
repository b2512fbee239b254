package org.bawaba.device.alert;

/**
 * An unusual sign-in to tell the person about, as the listener saw it in the sign-in's request: nothing here is
 * personal but the account's id. The link already holds its signed token; the space's link is null where the realm
 * has no person's space.
 */
record UnusualSignIn(String realmId, String userId, long timeMillis, String clientId, String identityProvider,
                     DeviceWording device, String notMeLink, String spaceLink) {
}
