package org.bawaba.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every message key a template or a provider uses resolves in French, Arabic and English, in the theme that shows
 * it: each module owns its texts (theme-resources/messages), and moving them must lose none.
 */
class TemplateKeysTest {

    /** A key literal in a template: msg("key"), a macro's label="key", or a "key." + variable expression. */
    private static final Pattern TEMPLATE_KEY =
            Pattern.compile("msg\\(\"([A-Za-z][\\w.-]*)\"(?!\\s*\\+)|label=\"([A-Za-z][\\w.-]*)\"|\"(bawaba[A-Z][\\w.]*\\.)\" \\+ ([\\w.]+)( \\+ \"(\\.[\\w]+)\")?");
    private static final Pattern JAVA_KEY = Pattern.compile("\"(bawaba[A-Z][\\w.]*)\"");
    private static final Pattern JAVA_ATTRIBUTE = Pattern.compile("setAttribute\\(\"(bawaba[A-Z]\\w*)\"");

    /** org.bawaba.eid.signin.verification.Refusal, as the chip sign-in page names them. */
    private static final List<String> EID_REFUSALS = List.of("document_not_recognised", "document_revoked",
            "document_expired", "document_altered", "chip_not_genuine", "face_mismatch", "document_not_accepted",
            "face_service_unavailable",
            "timed_out", "too_many_attempts");
    /** org.bawaba.space.SpacePage and SpaceView's fields, as the person's space names them. */
    private static final List<String> SPACE_PAGES = List.of("identity", "history", "services", "providers", "sessions");
    private static final List<String> SPACE_FIELDS = List.of("lastName", "firstName", "family_name_ar", "given_name_ar",
            "usage_name", "birthdate", "gender", "birthplace", "birthcountry", "email", "phone_number");
    /** The values a template variable takes, for keys built from it. */
    private static final Map<String, List<String>> VARIABLES = Map.ofEntries(
            Map.entry("bawabaChannel", List.of("email", "sms")),
            Map.entry("bawabaRequestedLevel", List.of("eidas1", "eidas2", "eidas3")),
            Map.entry("tile.level", List.of("eidas1", "eidas2", "eidas3")),
            Map.entry("tile.alias", List.of("account", "eid")),
            Map.entry("person.provider", List.of("account", "eid")),
            Map.entry("person.level", List.of("eidas1", "eidas2", "eidas3")),
            Map.entry("alias", List.of("account", "eid")),
            Map.entry("open.provider", List.of("account", "eid")),
            Map.entry("bawabaEidRefusal", EID_REFUSALS),
            Map.entry("reason", EID_REFUSALS),
            Map.entry("bawabaKbqPurpose", List.of("register", "recover")),
            Map.entry("path", List.of("chip", "passport", "questions")),
            Map.entry("mode", List.of("card-and-face", "permit-and-face", "cnie-and-pin", "passport-and-face")),
            Map.entry("bawabaTermsDocument", List.of("account", "eid", "personal-data")),
            Map.entry("row.name", List.of("lastName", "firstName", "family_name_ar", "given_name_ar", "gender",
                    "birthdate", "birthplace", "birthcountry", "national_id")),
            Map.entry("row.value", List.of("female", "male")),
            Map.entry("question", List.of("BANK_ACCOUNT_LAST8", "CIVIL_STATUS_NUMBER", "EMPLOYER_ID")),
            Map.entry("link.page", SPACE_PAGES),
            Map.entry("spaceField", SPACE_FIELDS),
            Map.entry("spaceValue", List.of("female", "male")),
            Map.entry("signIn.provider", List.of("account", "eid")),
            Map.entry("choice.alias", List.of("account", "eid")),
            Map.entry("signIn.level", List.of("eidas1", "eidas2", "eidas3")),
            Map.entry("claim", List.of("sub", "given_name", "family_name", "birthdate", "gender", "preferred_username",
                    "email", "email_verified", "phone_number", "given_name_ar", "family_name_ar", "birthcountry",
                    "birthplace", "acr", "amr", "auth_time")));
    /** Keys the Java code builds from a literal prefix: what follows it (by default, a code channel). */
    private static final Map<String, List<String>> JAVA_KEY_PREFIXES = Map.of("bawabaEidRefused.", EID_REFUSALS);
    /** Keys an operator may add (realm localization): a template falls back when they are missing. */
    private static final Set<String> OPTIONAL = Set.of("bawabaIdp.account.unavailable", "bawabaIdp.eid.unavailable");
    /** Keycloak's own keys that our templates use as they are. */
    private static final Set<String> KEYCLOAK = Set.of("oauthGrantInformation", "oauthGrantReview", "oauthGrantTos",
            "oauthGrantPolicy");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr", "ar", "en"})
    void everyKeyALoginPageUsesResolves(String language) {
        Set<String> keys = new TreeSet<>();
        MessageCatalog.themeResources().forEach(resources -> keys.addAll(templateKeys(resources.resolve("templates"))));
        keys.addAll(templateKeys(MessageCatalog.LOGIN_THEME));
        javaKeys().stream().filter(key -> !key.endsWith("Subject")).forEach(keys::add);
        assertThat(keys).as("what the login pages use").contains("bawabaCodeTitle.sms", "bawabaChooserTitle",
                "bawabaTemporaryPasswordReissue", "bawabaLevel.eidas2", "bawabaIdp.eid.needs", "bawabaCodeWrong",
                "bawabaCodeSms", "bawabaContactInvalid.email");
        keys.removeAll(KEYCLOAK);
        keys.removeAll(OPTIONAL);

        assertThat(MessageCatalog.merged(MessageCatalog.loginTheme(language))).containsKeys(keys.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr", "ar", "en"})
    void everyKeyAnEmailUsesResolves(String language) {
        Set<String> keys = new TreeSet<>(templateKeys(MessageCatalog.EMAIL_THEME));
        javaKeys().stream().filter(key -> key.endsWith("Subject")).forEach(keys::add);
        assertThat(keys).contains("bawabaCodeEmailValidity", "bawabaTemporaryPasswordSubject", "bawabaCodeEmailSubject");

        assertThat(MessageCatalog.merged(MessageCatalog.emailTheme(language))).containsKeys(keys.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr", "ar", "en"})
    void theThreeLanguagesHaveTheSameKeys(String language) {
        List<MessageCatalog.MessageFile> french = MessageCatalog.all("fr");
        List<MessageCatalog.MessageFile> other = MessageCatalog.all(language);
        assertThat(other).hasSameSizeAs(french);
        for (int i = 0; i < french.size(); i++) {
            assertThat(ownKeys(other.get(i))).as(other.get(i).toString()).containsExactlyInAnyOrderElementsOf(ownKeys(french.get(i)));
        }
    }

    /** The file's keys, but for the Keycloak texts a theme replaces only in the languages where they need it. */
    private static Set<String> ownKeys(MessageCatalog.MessageFile file) {
        Set<String> keys = new TreeSet<>(file.messages().keySet());
        if (file.path().startsWith(MessageCatalog.LOGIN_THEME)) {
            keys.removeIf(key -> !key.startsWith("bawaba"));
        }
        return keys;
    }

    private static Set<String> templateKeys(Path folder) {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path template : files.filter(path -> path.toString().endsWith(".ftl")).toList()) {
                Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    if (matcher.group(1) != null || matcher.group(2) != null) {
                        keys.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                        continue;
                    }
                    List<String> values = VARIABLES.get(matcher.group(4));
                    assertThat(values).as("%s: the values of %s", template, matcher.group(4)).isNotNull();
                    String suffix = matcher.group(6) == null ? "" : matcher.group(6);
                    values.forEach(value -> keys.add(matcher.group(3) + value + suffix));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    /** The message keys in the providers' Java code: "bawaba…" literals that are not template attributes. */
    private static Set<String> javaKeys() {
        Set<String> literals = new TreeSet<>();
        Set<String> attributes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MessageCatalog.ROOT.resolve("providers"))) {
            for (Path source : files.filter(path -> path.toString().endsWith(".java")
                    && path.toString().contains("/src/main/java/")).toList()) {
                String code = Files.readString(source, StandardCharsets.UTF_8);
                JAVA_KEY.matcher(code).results().forEach(result -> literals.add(result.group(1)));
                JAVA_ATTRIBUTE.matcher(code).results().forEach(result -> attributes.add(result.group(1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        literals.removeAll(attributes);
        Set<String> keys = new TreeSet<>();
        for (String literal : literals) {
            if (literal.endsWith(".")) {
                JAVA_KEY_PREFIXES.getOrDefault(literal, VARIABLES.get("bawabaChannel"))
                        .forEach(value -> keys.add(literal + value));
            } else {
                keys.add(literal);
            }
        }
        return new TreeSet<>(new ArrayList<>(keys));
    }
}
