package org.bawaba.otp.change;

import org.bawaba.otp.CodeHost;
import org.bawaba.otp.code.CodeChallenge;
import org.bawaba.otp.contact.ContactVerification;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.Details;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * A signed-in person changes their email address or mobile number: the new one typed twice, a code sent to it
 * ({@link ContactVerification}, with the same code policy, limits and storage as enrolment), and only on the right
 * code is it stored, verified. The change is recorded as an event with masked values, and the account's previous
 * email address (if any) is told about it. Leaving, cancelling, a wrong code or an address held by another account
 * changes nothing. Usable as an application-initiated action ({@code kc_action}).
 */
public class ContactChangeAction implements RequiredActionProvider {

    static final String PURPOSE = "change";

    private final ContactChange change;

    public ContactChangeAction(ContactChange change) {
        this.change = change;
    }

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        verification(context).start();
    }

    @Override
    public void processAction(RequiredActionContext context) {
        verification(context).handle().ifPresent(recipient -> {
            UserModel user = context.getUser();
            String previous = change.channel().currentRecipient(user);
            String noticeTo = user.getEmail();
            change.channel().storeVerified(user, recipient);
            boolean noticeSent = noticeTo != null && ContactChangeNotice.send(context.getSession(), context.getRealm(),
                    user, noticeTo, change, change.channel().masked(recipient));
            context.getEvent().clone()
                    .event(change.eventType())
                    .detail(Details.CUSTOM_REQUIRED_ACTION, change.actionId())
                    .detail(change.previousDetail(), previous == null ? "" : change.channel().masked(previous))
                    .detail(change.updatedDetail(), change.channel().masked(recipient))
                    .detail("bawaba_notice", noticeTo == null ? "none" : noticeSent ? "sent" : "failed")
                    .success();
            context.success();
        });
    }

    @Override
    public void initiatedActionCanceled(KeycloakSession session, AuthenticationSessionModel authSession) {
        new CodeChallenge(authSession, PURPOSE + "." + change.channel().id()).clear();
    }

    private ContactVerification verification(RequiredActionContext context) {
        return new ContactVerification(CodeHost.of(context), change.channel(), PURPOSE, null, true);
    }

    @Override
    public void close() {
    }
}
