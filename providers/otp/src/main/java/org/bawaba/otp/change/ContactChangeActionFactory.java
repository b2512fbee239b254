package org.bawaba.otp.change;

import java.util.ArrayList;
import java.util.List;

import org.bawaba.otp.code.CodePolicy;
import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * Common factory of the contact-change actions. Their settings (Authentication → Required actions → gear) are the
 * code's ({@link CodePolicy}) and Keycloak's maximum age of the sign-in (300 s by default: a person who signed in
 * longer ago is asked to sign in again before changing anything).
 */
abstract class ContactChangeActionFactory implements RequiredActionFactory {

    private final ContactChange change;

    ContactChangeActionFactory(ContactChange change) {
        this.change = change;
    }

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return new ContactChangeAction(change);
    }

    @Override
    public String getId() {
        return change.actionId();
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        List<ProviderConfigProperty> properties = new ArrayList<>(MAX_AUTH_AGE_CONFIG_PROPERTIES);
        properties.addAll(CodePolicy.codeProperties());
        return properties;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
