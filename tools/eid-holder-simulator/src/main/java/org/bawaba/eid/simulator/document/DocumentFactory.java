package org.bawaba.eid.simulator.document;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.bawaba.eid.simulator.pki.DocumentSigner;

/** Issues synthetic chip documents: DG1, DG2, DG11, DG14 and (with an AA key) DG15, hashed and signed in EF.SOD. */
public final class DocumentFactory {

    private final SecureRandom random;
    private final Clock clock;

    public DocumentFactory(SecureRandom random, Clock clock) {
        this.random = random;
        this.clock = clock;
    }

    public ChipDocument issue(DocumentSpec spec, DocumentSigner signer) {
        ActiveAuthenticationChip chip = spec.activeAuthentication() == ActiveAuthenticationKind.NONE
                ? null : ActiveAuthenticationChip.generate(spec.activeAuthentication(), random);
        Map<Integer, byte[]> dataGroups = new LinkedHashMap<>();
        dataGroups.put(1, DataGroupEncoder.dg1(spec));
        dataGroups.put(2, DataGroupEncoder.dg2(spec));
        dataGroups.put(11, DataGroupEncoder.dg11(spec));
        dataGroups.put(14, DataGroupEncoder.dg14(spec.activeAuthentication(), random));
        if (chip != null) {
            dataGroups.put(15, DataGroupEncoder.dg15(chip));
        }
        byte[] sod = SecurityObjectBuilder.build(dataGroups, signer, clock.instant());
        return new ChipDocument(spec, sod, dataGroups, chip);
    }

    /**
     * Re-signs a document whose data groups were changed: {@code hashed} lists the data groups the new EF.SOD covers
     * (the others are still presented, uncovered).
     */
    public ChipDocument resign(ChipDocument base, Map<Integer, byte[]> dataGroups, Set<Integer> hashed,
            DocumentSigner signer) {
        Map<Integer, byte[]> covered = new LinkedHashMap<>();
        dataGroups.forEach((number, bytes) -> {
            if (hashed.contains(number)) {
                covered.put(number, bytes);
            }
        });
        byte[] sod = SecurityObjectBuilder.build(covered, signer, clock.instant());
        return new ChipDocument(base.spec(), sod, dataGroups, base.activeAuthenticationChip().orElse(null));
    }
}
