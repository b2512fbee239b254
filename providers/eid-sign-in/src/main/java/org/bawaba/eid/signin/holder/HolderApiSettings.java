package org.bawaba.eid.signin.holder;

import org.bawaba.eid.signin.verification.ChipCheck;

/**
 * Server-wide settings of the holder API, read at start-up: the per-address limit, the chip check (which holds the
 * validated-chain cache, a cache of configuration, never of people) and the OpenAPI document it serves.
 */
public record HolderApiSettings(int maxPresentationsPerAddressPerHour, ChipCheck chipCheck, byte[] openApiDocument) {

    @Override
    public byte[] openApiDocument() {
        return openApiDocument.clone();
    }
}
