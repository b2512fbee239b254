package org.bawaba.eid.signin.holder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

import org.bawaba.eid.signin.verification.ChipCheck;
import org.bawaba.eid.verifier.pki.ValidatedChainCache;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/**
 * The holder API at {@code /realms/{realm}/bawaba-eid}. Server option:
 * {@code --spi-realm-restapi-extension--bawaba-eid--max-presentations-per-address-per-hour=60}.
 */
public class HolderApiResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String ID = "bawaba-eid";
    static final String MAX_PER_ADDRESS = "maxPresentationsPerAddressPerHour";
    /** Generous: phones behind a carrier's NAT share addresses. */
    static final int DEFAULT_MAX_PER_ADDRESS = 60;
    static final String OPENAPI_DOCUMENT = "/org/bawaba/eid/signin/holder-api.openapi.json";

    private HolderApiSettings settings;

    @Override
    public void init(Config.Scope config) {
        int maxPerAddress = config.getInt(MAX_PER_ADDRESS, DEFAULT_MAX_PER_ADDRESS);
        settings = new HolderApiSettings(maxPerAddress, new ChipCheck(new ValidatedChainCache(1024), Clock.systemUTC()),
                openApiDocument());
    }

    private static byte[] openApiDocument() {
        try (InputStream in = HolderApiResourceProviderFactory.class.getResourceAsStream(OPENAPI_DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(OPENAPI_DOCUMENT + " missing from the provider jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        HolderApiResource resource = new HolderApiResource(session, settings);
        return new RealmResourceProvider() {
            @Override
            public Object getResource() {
                return resource;
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(MAX_PER_ADDRESS).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Chip presentations accepted from one network address in any hour")
                .defaultValue(DEFAULT_MAX_PER_ADDRESS).add()
                .build();
    }
}
