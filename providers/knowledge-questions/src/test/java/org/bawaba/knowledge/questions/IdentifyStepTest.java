package org.bawaba.knowledge.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedHashMap;

import org.bawaba.spi.registry.IdentifierKind;
import org.bawaba.spi.registry.Identification;
import org.junit.jupiter.api.Test;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.utils.FormMessage;

class IdentifyStepTest {

    @Test
    void aCompleteIdentificationIsReadNormalised() {
        List<FormMessage> errors = new ArrayList<>();
        Optional<Identification> typed = IdentifyStep.parse(form("EMPLOYER_ID", " cmr-558104 ", "ha 129087", "30/08/1952"), errors);
        assertThat(errors).isEmpty();
        assertThat(typed).contains(new Identification(IdentifierKind.EMPLOYER_ID, "CMR558104", "HA129087", LocalDate.of(1952, 8, 30)));
    }

    @Test
    void eachMissingOrMalformedFieldIsNamedBeforeTheRegistryIsAsked() {
        List<FormMessage> errors = new ArrayList<>();
        assertThat(IdentifyStep.parse(form("REGISTRATION_NUMBER", "", "A1<", "31/02/1990"), errors)).isEmpty();
        assertThat(errors).extracting(FormMessage::getField).containsExactly("identifier", "nationalId", "birthDate");
        assertThat(errors).extracting(FormMessage::getMessage)
                .containsExactly("bawabaKbqFieldMissing", "bawabaKbqNationalIdMalformed", "bawabaKbqBirthDateMalformed");
    }

    @Test
    void birthDatesAreTakenFromADatePickerOrTypedDayFirstAndNeverInTheFuture() {
        assertThat(IdentifyStep.birthDate("1990-04-12")).isEqualTo(LocalDate.of(1990, 4, 12));
        assertThat(IdentifyStep.birthDate("12/04/1990")).isEqualTo(LocalDate.of(1990, 4, 12));
        assertThat(IdentifyStep.birthDate("04/31/1990")).isNull();
        assertThat(IdentifyStep.birthDate(LocalDate.now().plusDays(1).toString())).isNull();
        assertThat(IdentifyStep.birthDate("1899-12-31")).isNull();
        assertThat(IdentifyStep.birthDate(" ")).isNull();
    }

    @Test
    void anUnknownIdentifierKindIsRefused() {
        List<FormMessage> errors = new ArrayList<>();
        assertThat(IdentifyStep.parse(form("PASSPORT", "123", "AB123456", "1990-04-12"), errors)).isEmpty();
        assertThat(errors).extracting(FormMessage::getField).containsExactly("identifierKind");
    }

    @Test
    void settingsDefaultToFiveFailuresAnHourAndRefuseNonsense() {
        assertThat(KnowledgeSettings.from(null)).isEqualTo(KnowledgeSettings.DEFAULT);
        assertThat(KnowledgeSettings.DEFAULT.maxFailuresPerPerson()).isEqualTo(5);
        assertThat(KnowledgeSettings.DEFAULT.maxFailuresPerAddress()).isEqualTo(5);
        assertThat(KnowledgeSettings.DEFAULT.windowSeconds()).isEqualTo(3600);
        AuthenticatorConfigModel model = new AuthenticatorConfigModel();
        model.setConfig(Map.of(KnowledgeSettings.MAX_FAILURES_PER_PERSON, "0"));
        assertThatThrownBy(() -> KnowledgeSettings.from(model)).hasMessageContaining(KnowledgeSettings.MAX_FAILURES_PER_PERSON);
        model.setConfig(Map.of(KnowledgeSettings.REGISTRY, " http ", KnowledgeSettings.PROGRESS, "15"));
        assertThat(KnowledgeSettings.from(model).registry()).isEqualTo("http");
        assertThat(KnowledgeSettings.from(model).progressPercent()).isEqualTo(15);
    }

    private static MultivaluedHashMap<String, String> form(String kind, String identifier, String nationalId, String birthDate) {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle(IdentifyStep.FIELD_KIND, kind);
        form.putSingle(IdentifyStep.FIELD_IDENTIFIER, identifier);
        form.putSingle(IdentifyStep.FIELD_NATIONAL_ID, nationalId);
        form.putSingle(IdentifyStep.FIELD_BIRTH_DATE, birthDate);
        return form;
    }
}
