package org.bawaba.demo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.bawaba.demo.RelyingPartySite;
import org.bawaba.demo.session.SignedIn;
import org.junit.jupiter.api.Test;

class PagesTest {

    private final Messages messages = new Messages();
    private final Pages pages = new Pages(messages, "http://localhost:8080/realms/bawaba");
    private final RelyingPartySite oc = RelyingPartySite.confidential("oc", "oc-connect", "secret");

    @Test
    void everyTextExistsInTheThreeLanguages() {
        for (Language language : Language.values()) {
            assertThat(messages.keys(language)).as(language.tag()).isEqualTo(messages.keys(Language.FR));
        }
    }

    @Test
    void arabicPagesAreRightToLeftAndCarryTheArabicButton() {
        String page = pages.home(oc, Language.AR);

        assertThat(page).contains("<html lang=\"ar\" dir=\"rtl\">").contains("تسجيل الدخول عبر «بوابة»");
        assertThat(pages.home(oc, Language.FR)).contains("S&#39;identifier avec Bawaba");
    }

    @Test
    void claimsAreEscapedAndAbsentAmrShowsADash() {
        SignedIn signedIn = new SignedIn("header.payload.signature",
                Map.of("sub", "123", "acr", "1", "given_name", "<script>x</script>"), Map.of("sub", "123", "email", "a@b.example"), "csrf");

        String page = pages.signedIn(oc, Language.EN, signedIn);

        assertThat(page).doesNotContain("<script>").contains("&lt;script&gt;x&lt;/script&gt;");
        assertThat(page).contains("<dd id=\"acr\"><bdi>1</bdi></dd>").contains("<dd id=\"amr\"><bdi>" + Pages.ABSENT + "</bdi></dd>");
        assertThat(page).doesNotContain("header.payload.signature");
    }

    @Test
    void theSignedInPageLinksToThePersonsSpaceInTheirLanguage() {
        SignedIn signedIn = new SignedIn("h.p.s", Map.of("sub", "123"), Map.of("sub", "123"), "csrf");

        assertThat(pages.signedIn(oc, Language.AR, signedIn))
                .contains("<a id=\"bawaba-space\" href=\"http://localhost:8080/realms/bawaba/bawaba-space/?kc_locale=ar\">");
    }

    @Test
    void listsAreShownJoined() {
        assertThat(Pages.value(List.of("pwd", "otp"))).isEqualTo("pwd, otp");
        assertThat(Pages.value(List.of())).isEqualTo(Pages.ABSENT);
    }

    @Test
    void languageComesFromTheChoiceThenTheBrowserThenFrench() {
        assertThat(Language.resolve("ar", "en")).isEqualTo(Language.AR);
        assertThat(Language.resolve("xx", "de-DE, en-GB;q=0.8")).isEqualTo(Language.EN);
        assertThat(Language.resolve(null, "de")).isEqualTo(Language.FR);
    }
}
