package org.bawaba.otp;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.bawaba.authenticator.ExecutionSettings;
import org.bawaba.authenticator.Progress;
import org.bawaba.authenticator.SlidingQuota;
import org.bawaba.authenticator.VerifiedCodeHandOff;
import org.bawaba.otp.channel.CodeChannel;
import org.bawaba.otp.code.CodeChallenge;
import org.bawaba.otp.code.CodeChallenge.Check;
import org.bawaba.otp.code.CodePolicy;
import org.bawaba.otp.code.OneTimeCode;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.UserModel;

/**
 * One code exchange inside a login: send a code to a recipient (within the resend delay and the hourly
 * quota), show the code form, check what the person types. Shared by the sign-in factors, the
 * enrolment steps and the contact-change actions; {@code purpose} tells them apart in auth notes and events.
 */
public final class CodeStep {

    public static final String CODE_FORM = "bawaba-code.ftl";
    public static final String FIELD_CODE = "code";
    public static final String FIELD_RESEND = "resend";
    /** Execution setting: the progress (percent) shown on the code form of a multi-step account creation. */
    public static final String PROGRESS_CODE = "progress.codePercent";
    /** Execution setting: "N/M", shown as "step N of M" on every page of the step (instead of a percentage). */
    public static final String PROGRESS_STEP = "progress.step";

    public enum Sent {
        SENT, TOO_EARLY, RATE_LIMITED, FAILED
    }

    private final CodeHost host;
    private final CodeChannel channel;
    private final CodePolicy policy;
    private final String purpose;
    private final CodeChallenge challenge;

    public CodeStep(AuthenticationFlowContext context, CodeChannel channel, String purpose) {
        this(CodeHost.of(context), channel, purpose);
    }

    public CodeStep(CodeHost host, CodeChannel channel, String purpose) {
        this.host = host;
        this.channel = channel;
        this.policy = CodePolicy.from(host.settings());
        this.purpose = purpose;
        this.challenge = new CodeChallenge(host.authSession(), purpose + "." + channel.id());
    }

    public CodeHost host() {
        return host;
    }

    public CodeChannel channel() {
        return channel;
    }

    public CodePolicy policy() {
        return policy;
    }

    public CodeChallenge challenge() {
        return challenge;
    }

    public MultivaluedMap<String, String> form() {
        return host.formParameters();
    }

    public boolean resendRequested() {
        return form().containsKey(FIELD_RESEND);
    }

    /** Sends a fresh code to {@code recipient}, unless too early or over quota. Nothing is kept when it fails. */
    public Sent send(String recipient) {
        if (challenge.secondsUntilResend(policy) > 0 && recipient.equals(challenge.recipient())) {
            event("send", "code_resend_too_early", recipient);
            return Sent.TOO_EARLY;
        }
        UserModel user = host.user();
        SlidingQuota quota = new SlidingQuota(host.session().singleUseObjects(), "bawaba-otp-quota",
                policy.maxSendsPerHour(), 3600);
        // Before an account exists (account creation), the login stands in for the account: the steps that lead
        // there (identification, the registry's questions) are what keeps strangers from sending codes at all.
        String requester = user != null ? "account:" + user.getId()
                : "login:" + host.authSession().getParentSession().getId();
        String[] slots = quota.tryAcquire(channel.id() + ":" + recipient, requester);
        if (slots == null) {
            event("send", "code_send_rate_limited", recipient);
            return Sent.RATE_LIMITED;
        }
        String code = OneTimeCode.generate(policy.length());
        CodeChannel.Delivery delivery = channel.deliver(host.session(), host.realm(), user, recipient, code, policy);
        if (!delivery.sent()) {
            quota.release(slots);
            event("send", delivery.failure(), recipient);
            return Sent.FAILED;
        }
        challenge.start(code, recipient, policy);
        event("send", null, recipient);
        return Sent.SENT;
    }

    /** Checks the typed code; on a wrong one, counts a failed login for Keycloak's brute-force detector. */
    public Check verify() {
        String typed = form().getFirst(FIELD_CODE);
        Check check = challenge.check(typed, policy);
        if (check == Check.ACCEPTED && policy.provisionalPassword()) {
            VerifiedCodeHandOff.offer(host.session(), OneTimeCode.normalize(typed));
        }
        switch (check) {
            case ACCEPTED -> event("verify", null, challenge.recipient());
            case WRONG -> event("verify", "code_wrong", challenge.recipient());
            case EXHAUSTED -> event("verify", "code_exhausted", challenge.recipient());
            case EXPIRED -> event("verify", "code_expired", challenge.recipient());
            case NONE -> event("verify", "code_missing", challenge.recipient());
        }
        return check;
    }

    /** The code form, with the message that says what happened and how to go on. */
    public Response codeForm(Sent sent, Check check) {
        LoginFormsProvider form = host.form(PROGRESS_CODE)
                .setAttribute("bawabaChannel", channel.id())
                .setAttribute("bawabaPurpose", purpose)
                .setAttribute("bawabaRecipient", challenge.recipient() == null ? "" : channel.masked(challenge.recipient()))
                .setAttribute("bawabaCodeLength", policy.length())
                .setAttribute("bawabaResendIn", challenge.secondsUntilResend(policy))
                .setAttribute("bawabaCodeActive", challenge.isActive());
        if (sent != null) {
            switch (sent) {
                case SENT -> form.setInfo("bawabaCodeSent." + channel.id(), channel.masked(challenge.recipient()));
                case TOO_EARLY -> form.setError("bawabaCodeResendTooEarly", countArguments(challenge.secondsUntilResend(policy)));
                case RATE_LIMITED -> form.setError("bawabaCodeRateLimited");
                case FAILED -> form.setError("bawabaCodeSendFailed." + channel.id());
            }
        }
        if (check != null) {
            switch (check) {
                case WRONG -> form.setError("bawabaCodeWrong", countArguments(challenge.attemptsLeft(policy)));
                case EXHAUSTED -> form.setError("bawabaCodeExhausted");
                case EXPIRED, NONE -> form.setError("bawabaCodeExpired");
                case ACCEPTED -> { }
            }
        }
        return form.createForm(CODE_FORM);
    }

    /**
     * The step's form, with the progress bar of a multi-step account creation when the execution sets a percentage
     * under {@code progressKey}.
     */
    public static LoginFormsProvider withProgress(AuthenticationFlowContext context, String progressKey) {
        var config = context.getAuthenticatorConfig();
        String step = config == null || config.getConfig() == null ? null : config.getConfig().get(PROGRESS_STEP);
        if (Progress.parse(step) != null) {
            return Progress.step(context.form(), step);
        }
        int percent = config == null || config.getConfig() == null ? -1
                : ExecutionSettings.intValue(config.getConfig(), progressKey, -1);
        return Progress.form(context, percent);
    }

    /** A count for a message: its digits 0-9 as {0} (a bare number prints in Arabic-Indic digits in ar), and as a number for a choice format as {1}. */
    public static Object[] countArguments(int count) {
        return new Object[] {String.valueOf(count), count};
    }

    /** Shows the form after a wrong code; in a login flow as a failure, so that Keycloak's brute-force detector counts it. */
    public void failWrongCode(Check check) {
        host.wrongCode(codeForm(null, check));
    }

    /** Events name the channel, step and a masked recipient; never the code. */
    private void event(String step, String error, String recipient) {
        EventBuilder event = host.event().clone()
                .event(EventType.CUSTOM_REQUIRED_ACTION)
                .detail("custom_required_action", "bawaba-otp")
                .detail("bawaba_otp_channel", channel.id())
                .detail("bawaba_otp_purpose", purpose)
                .detail("bawaba_otp_step", step);
        if (recipient != null) {
            event.detail("bawaba_otp_recipient", channel.masked(recipient));
        }
        if (error == null) {
            event.success();
        } else {
            event.detail("reason", error).error(error);
        }
    }
}
