package org.bawaba.otp.contact;

import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.bawaba.otp.CodeHost;
import org.bawaba.otp.CodeStep;
import org.bawaba.otp.channel.CodeChannel;
import org.bawaba.otp.code.CodeChallenge.Check;

/**
 * Proof that a person controls an email address or a mobile number: they type it twice, receive a code there, type
 * the code. Until then the address lives only in the authentication session, so that leaving, a wrong code or a
 * refused address changes nothing. Shared by the enrolment steps of login flows and by the actions with which a
 * signed-in person changes their contact details; what to do with the verified address is theirs.
 */
public final class ContactVerification {

    public static final String CONTACT_FORM = "bawaba-contact.ftl";
    static final String FIELD_CONTACT = "contact";
    static final String FIELD_CONFIRM = "contactConfirm";
    static final String FIELD_CHANGE = "change";

    private final CodeStep step;
    private final CodeChannel channel;
    private final String progressKey;
    private final boolean replacing;

    /**
     * @param progressKey   the setting that gives the progress bar's value on the address form, or null
     * @param replacing     the person replaces the address or number of their account: the form asks for a new one,
     *                      and refuses the one the account already has verified
     */
    public ContactVerification(CodeHost host, CodeChannel channel, String purpose, String progressKey,
                               boolean replacing) {
        this.step = new CodeStep(host, channel, purpose);
        this.channel = channel;
        this.progressKey = progressKey;
        this.replacing = replacing;
    }

    /** Shows the form that asks for the address or number. */
    public void start() {
        step.host().challenge(contactForm(null, null));
    }

    /** Forgets any address and code in progress (the person left, or cancelled). */
    public void forget() {
        step.challenge().clear();
    }

    /**
     * Handles what the person posted: an address typed twice, a resend, "use another address", or a code. Returns
     * the address or number once its code was typed right and no other account holds it; otherwise the next page is
     * shown and the result is empty.
     */
    public Optional<String> handle() {
        MultivaluedMap<String, String> form = step.form();
        if (form.containsKey(FIELD_CHANGE)) {
            forget();
            start();
        } else if (step.resendRequested() && step.challenge().recipient() != null) {
            step.host().challenge(step.codeForm(step.send(step.challenge().recipient()), null));
        } else if (form.containsKey(CodeStep.FIELD_CODE)) {
            return checkCode();
        } else {
            submitContact(form);
        }
        return Optional.empty();
    }

    private void submitContact(MultivaluedMap<String, String> form) {
        String typed = form.getFirst(FIELD_CONTACT);
        Optional<String> recipient = channel.normalize(typed, step.policy());
        if (recipient.isEmpty()) {
            step.host().challenge(contactForm(typed, "bawabaContactInvalid." + channel.id()));
            return;
        }
        if (!recipient.equals(channel.normalize(form.getFirst(FIELD_CONFIRM), step.policy()))) {
            step.host().challenge(contactForm(typed, "bawabaContactMismatch." + channel.id()));
            return;
        }
        if (replacing && step.host().user() != null
                && recipient.get().equals(channel.verifiedRecipient(step.host().user()))) {
            step.host().challenge(contactForm(typed, "bawabaContactUnchanged." + channel.id()));
            return;
        }
        CodeStep.Sent sent = step.send(recipient.get());
        if (sent == CodeStep.Sent.SENT || step.challenge().isActive()) {
            step.host().challenge(step.codeForm(sent, null));
        } else if (sent == CodeStep.Sent.TOO_EARLY) {
            step.host().challenge(contactForm(typed, "bawabaCodeResendTooEarly",
                    CodeStep.countArguments(step.challenge().secondsUntilResend(step.policy()))));
        } else {
            step.host().challenge(contactForm(typed, sent == CodeStep.Sent.RATE_LIMITED
                    ? "bawabaCodeRateLimited" : "bawabaCodeSendFailed." + channel.id()));
        }
    }

    /**
     * The holder check comes after the code, not before: only whoever reads that mailbox learns that the address
     * belongs to an account, and never whose.
     */
    private Optional<String> checkCode() {
        Check check = step.verify();
        if (check != Check.ACCEPTED) {
            step.failWrongCode(check);
            return Optional.empty();
        }
        String recipient = step.challenge().recipient();
        forget();
        var host = step.host();
        if (channel.heldByAnotherAccount(host.session(), host.realm(), host.user(), recipient)) {
            host.challenge(contactForm(null, "bawabaContactTaken." + channel.id()));
            return Optional.empty();
        }
        return Optional.of(recipient);
    }

    private Response contactForm(String typed, String error, Object... parameters) {
        var form = step.host().form(progressKey)
                .setAttribute("bawabaChannel", channel.id())
                .setAttribute("bawabaContact", typed == null ? "" : typed)
                .setAttribute("bawabaReplacing", replacing);
        if (error != null) {
            form.setError(error, parameters);
        }
        return form.createForm(CONTACT_FORM);
    }
}
