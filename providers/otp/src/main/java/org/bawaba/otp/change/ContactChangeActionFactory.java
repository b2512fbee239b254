package org.bawaba.otp.change;

import java.util.ArrayList;
import java.util.List;

import org.bawaba.otp.code.CodePolicy;
import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.userprofile.ValidationException;
import org.keycloak.validate.ValidationError;

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

    /** Refuses settings a code could not run with, in the admin console rather than at a person's change. */
    @Override
    public void validateConfig(KeycloakSession session, RealmModel realm, RequiredActionConfigModel model) {
        RequiredActionFactory.super.validateConfig(session, realm, model);
        try {
            CodePolicy.from(model.getConfig());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(new ValidationError(getId(), "config", e.getMessage()));
        }
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
