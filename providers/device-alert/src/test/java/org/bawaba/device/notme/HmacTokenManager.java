package org.bawaba.device.notme;

import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

import org.keycloak.Token;
import org.keycloak.TokenCategory;
import org.keycloak.jose.JOSE;
import org.keycloak.jose.jws.JWSBuilder;
import org.keycloak.jose.jws.JWSInput;
import org.keycloak.jose.jws.crypto.HMACProvider;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.ClientModel;
import org.keycloak.models.TokenManager;
import org.keycloak.models.UserModel;
import org.keycloak.representations.LogoutToken;

/** Signs and verifies as Keycloak does for internal tokens (HS512 with the realm's secret), with a test secret. */
final class HmacTokenManager implements TokenManager {

    private final byte[] secret;

    HmacTokenManager(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String encode(Token token) {
        return new JWSBuilder().jsonContent(token).hmac512(secret);
    }

    @Override
    public <T extends Token> T decode(String token, Class<T> clazz) {
        try {
            JWSInput jws = new JWSInput(token);
            return HMACProvider.verify(jws, secret) ? jws.readJsonContent(clazz) : null;
        } catch (Exception e) {
            return null;
        }
    }

    @Override
    public String signatureAlgorithm(TokenCategory category) {
        return "HS512";
    }

    @Override
    public <T> T decodeClientJWT(String token, ClientModel client, BiConsumer<JOSE, ClientModel> jwtValidator,
                                 Class<T> clazz, boolean allowAlgorithmNone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String encodeAndEncrypt(Token token) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String cekManagementAlgorithm(TokenCategory category) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String encryptAlgorithm(TokenCategory category) {
        throw new UnsupportedOperationException();
    }

    @Override
    public LogoutToken initLogoutToken(ClientModel client, UserModel user, AuthenticatedClientSessionModel clientSession) {
        throw new UnsupportedOperationException();
    }
}
