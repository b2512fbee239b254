package org.bawaba.eid.signin.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.bawaba.eid.verifier.identity.DocumentType;
import org.bawaba.eid.verifier.identity.ExtractedIdentity;
import org.junit.jupiter.api.Test;

class DocumentKindTest {

    @Test
    void theDocumentCodeAndTheHoldersNationalityTellTheKind() {
        assertThat(DocumentKind.of(identity("P<", "MAR", "MAR"))).isEqualTo(DocumentKind.PASSPORT);
        assertThat(DocumentKind.of(identity("ID", "MAR", "MAR"))).isEqualTo(DocumentKind.IDENTITY_CARD);
        assertThat(DocumentKind.of(identity("I<", "D<<", "D<<"))).isEqualTo(DocumentKind.IDENTITY_CARD);
        assertThat(DocumentKind.of(identity("IR", "MAR", "FRA"))).as("a card held by a foreign national")
                .isEqualTo(DocumentKind.RESIDENCE_PERMIT);
        assertThat(DocumentKind.of(identity("V<", "MAR", "MAR"))).isEqualTo(DocumentKind.OTHER);
    }

    @Test
    void aListOfKindsGoesThroughANoteAndBack() {
        EnumSet<DocumentKind> kinds = EnumSet.of(DocumentKind.IDENTITY_CARD, DocumentKind.RESIDENCE_PERMIT);
        assertThat(DocumentKind.parse(DocumentKind.join(kinds))).containsExactlyInAnyOrderElementsOf(kinds);
        assertThat(DocumentKind.parse(null)).as("none named: any").containsExactlyInAnyOrder(DocumentKind.values());
    }

    private static ExtractedIdentity identity(String code, String state, String nationality) {
        return new ExtractedIdentity(DocumentType.fromDocumentCode(code), code, state, "X1234567", "DOE", "JANE", nationality, LocalDate.of(1990, 1, 1),
                "F", LocalDate.of(2035, 1, 1), null, null, null, null, null, List.of(), null, List.of(), null);
    }
}
