package org.bawaba.otp.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.bawaba.otp.CodeHost;
import org.bawaba.otp.channel.CodeChannel;
import org.bawaba.otp.code.CodePolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.events.EventBuilder;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.http.HttpRequest;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.sessions.RootAuthenticationSessionModel;

/**
 * The contact form and its code, as both the enrolment steps and the change actions use them: nothing is handed
 * back before the right code, the address or number must be typed the same twice, a change must change something,
 * and an address another account holds is refused after its code.
 */
class ContactVerificationTest {

    private final Map<String, String> notes = new HashMap<>();
    private final Map<String, Object> singleUse = new HashMap<>();
    private final List<String> delivered = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private FakeHost host;
    private FakeChannel channel;

    @BeforeEach
    void setUp() {
        channel = new FakeChannel();
        host = new FakeHost();
    }

    private ContactVerification verification(boolean replacing) {
        return new ContactVerification(host.host(), channel, "change", null, replacing);
    }

    private Optional<String> post(boolean replacing, String... fields) {
        host.form.clear();
        for (int i = 0; i < fields.length; i += 2) {
            host.form.add(fields[i], fields[i + 1]);
        }
        host.page = null;
        host.error = null;
        return verification(replacing).handle();
    }

    @Test
    void theVerifiedAddressIsHandedBackOnlyAfterItsCode() {
        assertThat(post(true, "contact", "New@Example.ma", "contactConfirm", "new@example.ma")).isEmpty();
        assertThat(host.page).isEqualTo("bawaba-code.ftl");
        assertThat(delivered).containsExactly("new@example.ma");
        String code = channel.lastCode;

        assertThat(post(true, "code", code.equals("000000") ? "111111" : "000000")).isEmpty();
        assertThat(host.error).isEqualTo("bawabaCodeWrong");
        assertThat(host.wrongCodes).isEqualTo(1);

        assertThat(post(true, "code", code)).contains("new@example.ma");
        assertThat(notes).as("nothing of the code stays in the login").isEmpty();
        assertThat(events).extracting(e -> e.substring(0, e.indexOf(' ')))
                .containsExactly("send:ok", "verify:code_wrong", "verify:ok");
        assertThat(events).noneMatch(e -> e.contains(code) || e.contains("new@example.ma"));
    }

    @Test
    void twoDifferentAddressesOrAnInvalidOneSendNothing() {
        assertThat(post(true, "contact", "a@example.ma", "contactConfirm", "b@example.ma")).isEmpty();
        assertThat(host.page).isEqualTo(ContactVerification.CONTACT_FORM);
        assertThat(host.error).isEqualTo("bawabaContactMismatch.email");

        assertThat(post(true, "contact", "not an address", "contactConfirm", "not an address")).isEmpty();
        assertThat(host.error).isEqualTo("bawabaContactInvalid.email");
        assertThat(delivered).isEmpty();
    }

    @Test
    void aChangeRefusesTheAddressTheAccountAlreadyHasButAnEnrolmentDoesNot() {
        channel.verified = "same@example.ma";

        assertThat(post(true, "contact", "same@example.ma", "contactConfirm", "same@example.ma")).isEmpty();
        assertThat(host.error).isEqualTo("bawabaContactUnchanged.email");
        assertThat(delivered).isEmpty();

        post(false, "contact", "same@example.ma", "contactConfirm", "same@example.ma");
        assertThat(delivered).containsExactly("same@example.ma");
    }

    @Test
    void anAddressAnotherAccountHoldsIsRefusedAfterItsCode() {
        channel.heldByAnother = true;
        post(true, "contact", "taken@example.ma", "contactConfirm", "taken@example.ma");

        assertThat(post(true, "code", channel.lastCode)).isEmpty();
        assertThat(host.page).isEqualTo(ContactVerification.CONTACT_FORM);
        assertThat(host.error).isEqualTo("bawabaContactTaken.email");
        assertThat(notes).isEmpty();
    }

    @Test
    void useAnotherAddressForgetsTheCode() {
        post(true, "contact", "first@example.ma", "contactConfirm", "first@example.ma");
        String code = channel.lastCode;

        post(true, "change", "true");
        assertThat(host.page).isEqualTo(ContactVerification.CONTACT_FORM);
        assertThat(post(true, "code", code)).as("the first address's code no longer counts").isEmpty();
    }

    @Test
    void aResendWaitsForTheDelay() {
        post(true, "contact", "a@example.ma", "contactConfirm", "a@example.ma");
        post(true, "resend", "true");

        assertThat(host.error).isEqualTo("bawabaCodeResendTooEarly");
        assertThat(delivered).hasSize(1);
    }

    @Test
    void theHourlyQuotaHolds() {
        host.settings.put(CodePolicy.RESEND_AFTER_SECONDS, "0");
        host.settings.put(CodePolicy.MAX_SENDS_PER_HOUR, "2");
        post(true, "contact", "a@example.ma", "contactConfirm", "a@example.ma");
        post(true, "resend", "true");
        post(true, "resend", "true");

        assertThat(host.error).isEqualTo("bawabaCodeRateLimited");
        assertThat(delivered).hasSize(2);
    }

    // --- fakes

    private final class FakeChannel implements CodeChannel {
        String verified;
        boolean heldByAnother;
        String lastCode;

        @Override
        public String id() {
            return "email";
        }

        @Override
        public Optional<String> normalize(String typed, CodePolicy policy) {
            return typed != null && typed.contains("@") && !typed.contains(" ")
                    ? Optional.of(typed.trim().toLowerCase()) : Optional.empty();
        }

        @Override
        public String masked(String recipient) {
            return recipient.charAt(0) + "***";
        }

        @Override
        public String currentRecipient(UserModel user) {
            return verified;
        }

        @Override
        public String verifiedRecipient(UserModel user) {
            return verified;
        }

        @Override
        public void storeVerified(UserModel user, String recipient) {
            throw new AssertionError("the verification stores nothing itself");
        }

        @Override
        public boolean heldByAnotherAccount(KeycloakSession session, RealmModel realm, UserModel user, String recipient) {
            return heldByAnother;
        }

        @Override
        public Delivery deliver(KeycloakSession session, RealmModel realm, UserModel user, String recipient, String code,
                                CodePolicy policy) {
            delivered.add(recipient);
            lastCode = code;
            return Delivery.ok();
        }
    }

    /** The login's session, its form and its pages, as a login flow or a required action gives them. */
    private final class FakeHost {
        final MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        final Map<String, String> settings = new HashMap<>();
        String page;
        String error;
        int wrongCodes;

        CodeHost host() {
            RealmModel realm = proxy(RealmModel.class, (method, args) -> switch (method) {
                case "isEventsEnabled" -> false;
                case "getEventsListenersStream", "getEnabledEventTypesStream" -> Stream.empty();
                case "getName", "getId" -> "account";
                default -> null;
            });
            KeycloakSession session = proxy(KeycloakSession.class, (method, args) -> switch (method) {
                case "singleUseObjects" -> proxy(SingleUseObjectProvider.class, (m, a) -> switch (m) {
                    case "putIfAbsent" -> singleUse.putIfAbsent((String) a[0], Boolean.TRUE) == null;
                    case "contains" -> singleUse.containsKey((String) a[0]);
                    case "remove" -> singleUse.remove((String) a[0]) != null;
                    default -> throw new UnsupportedOperationException(m);
                });
                case "getKeycloakSessionFactory" -> proxy(KeycloakSessionFactory.class, (m, a) -> Stream.empty());
                default -> null;
            });
            UserModel user = proxy(UserModel.class, (method, args) -> "getId".equals(method) ? "user-1" : null);
            AuthenticationSessionModel authSession = proxy(AuthenticationSessionModel.class, (method, args) -> switch (method) {
                case "getAuthNote" -> notes.get((String) args[0]);
                case "setAuthNote" -> notes.put((String) args[0], (String) args[1]);
                case "removeAuthNote" -> notes.remove((String) args[0]);
                case "getParentSession" -> proxy(RootAuthenticationSessionModel.class, (m, a) -> "root-1");
                default -> throw new UnsupportedOperationException(method);
            });
            HttpRequest request = proxy(HttpRequest.class, (method, args) -> form);
            return new CodeHost(session, realm, user, authSession, request, new RecordingEvents(realm, session), settings,
                    progressKey -> pageForm(), response -> { }, response -> wrongCodes++);
        }

        private LoginFormsProvider pageForm() {
            LoginFormsProvider[] self = new LoginFormsProvider[1];
            self[0] = proxy(LoginFormsProvider.class, (method, args) -> switch (method) {
                case "createForm" -> {
                    page = (String) args[0];
                    yield null;
                }
                case "setError" -> {
                    error = (String) args[0];
                    yield self[0];
                }
                default -> self[0];
            });
            return self[0];
        }
    }

    /** Keeps "step:outcome" of every event, and every detail, instead of sending them anywhere. */
    private final class RecordingEvents extends EventBuilder {
        private final Map<String, String> details = new HashMap<>();

        RecordingEvents(RealmModel realm, KeycloakSession session) {
            super(realm, session);
        }

        @Override
        public EventBuilder clone() {
            return this;
        }

        @Override
        public EventBuilder detail(String key, String value) {
            details.put(key, value);
            return this;
        }

        @Override
        public void success() {
            events.add(details.get("bawaba_otp_step") + ":ok " + details);
        }

        @Override
        public void error(String error) {
            events.add(details.get("bawaba_otp_step") + ":" + error + " " + details);
        }
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.answer(method.getName(), args == null ? new Object[0] : args)));
    }
}
