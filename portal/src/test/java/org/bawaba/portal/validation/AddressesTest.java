package org.bawaba.portal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AddressesTest {

    @Test
    void exactHttpsAddressesAndAppSchemesAreAccepted() {
        assertThat(redirect("https://service.example.ma/callback?tenant=oc", true)).isEmpty();
        assertThat(redirect("ma.cimr.dialcom:/oauth2/callback", true)).isEmpty();
        assertThat(redirect("http://127.0.0.1:8090/callback", false)).isEmpty();
        assertThat(redirect("http://[::1]:8090/callback", false)).isEmpty();
    }

    @Test
    void whatCannotBeMatchedExactlyIsRefused() {
        assertThat(redirect("https://service.example.ma/*", false)).containsExactly("uri.wildcard");
        assertThat(redirect("https://user:pw@service.example.ma/cb", false)).containsExactly("uri.userInfo");
        assertThat(redirect("/callback", false)).containsExactly("uri.invalid");
        assertThat(redirect(" https://service.example.ma/cb", false)).containsExactly("uri.invalid");
        assertThat(redirect("https://service.example.ma/cb#", false)).containsExactly("uri.fragment");
        assertThat(redirect("http://localhost.evil.example/cb", false)).containsExactly("uri.https");
        assertThat(redirect("https://localhost/cb", true)).containsExactly("uri.loopbackInProduction");
        assertThat(redirect("data:text/html,hi", false)).containsExactly("uri.schemeOrApp");
    }

    @Test
    void postLogoutAddressesAreWebAddressesOnly() {
        List<Violation> violations = new ArrayList<>();
        Addresses.postLogoutUris("p", List.of("ma.cimr.dialcom:/signed-out"), true, violations);
        assertThat(violations).extracting(Violation::key).containsExactly("uri.https");
    }

    @Test
    void plainTextRefusesMarkupControlAndBidiOverrides() {
        List<Violation> violations = new ArrayList<>();
        PlainText.required("a", "Caisse <b>", 80, violations);
        PlainText.required("b", "Caisse\u202Eevil", 80, violations);
        PlainText.required("c", "ligne\u0007", 80, violations);
        PlainText.required("d", "صندوق الضمان الاجتماعي\nligne 2", 80, violations);
        PlainText.required("e", "x".repeat(81), 80, violations);
        assertThat(violations).extracting(Violation::field).containsExactly("a", "b", "c", "e");
    }

    private static List<String> redirect(String uri, boolean production) {
        List<Violation> violations = new ArrayList<>();
        Addresses.redirectUris("r", List.of(uri), production, violations);
        return violations.stream().map(Violation::key).toList();
    }
}
