package org.bawaba.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.bawaba.history.admin.SignInHistoryAdminResourceProviderFactory;
import org.bawaba.testsupport.Scopes;
import org.junit.jupiter.api.Test;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProviderFactory;

class SignInHistoryListenerFactoryTest {

    @Test
    void theListener_theTable_andTheAdminResource_areRegistered() {
        assertThat(bawabas(EventListenerProviderFactory.class)).containsExactly(SignInHistoryListenerFactory.class);
        assertThat(bawabas(AdminRealmResourceProviderFactory.class))
                .containsExactly(SignInHistoryAdminResourceProviderFactory.class);
        assertThat(new SignInHistoryListenerFactory().getId()).isEqualTo("bawaba-sign-in-history");
        assertThat(new SignInHistoryAdminResourceProviderFactory().getId()).isEqualTo("bawaba-sign-in-history");

        assertThat(bawabas(JpaEntityProviderFactory.class)).containsExactly(SignInHistoryJpaEntityProviderFactory.class);
        JpaEntityProviderFactory tables = new SignInHistoryJpaEntityProviderFactory();
        JpaEntityProvider table = tables.create(null);
        assertThat(table.getEntities()).containsExactly(SignInEntity.class);
        assertThat(table.getFactoryId()).isEqualTo(tables.getId());
        assertThat(getClass().getClassLoader().getResource(table.getChangelogLocation())).isNotNull();
    }

    @Test
    void retention_isTwelveMonthsUnlessSet() {
        assertThat(init(Map.of()).settings()).isEqualTo(new SignInHistorySettings(365, 3600));
        assertThat(init(Map.of("retention-days", "30", "cleanup-interval-seconds", "60")).settings().retention())
                .isEqualTo(Duration.ofDays(30));
    }

    @Test
    void retention_mustBePositive() {
        assertThatThrownBy(() -> init(Map.of("retention-days", "0")))
                .hasMessage("events-listener bawaba-sign-in-history: option 'retention-days' must be a positive number");
        assertThatThrownBy(() -> init(Map.of("cleanup-interval-seconds", "-5")))
                .hasMessage("events-listener bawaba-sign-in-history: option 'cleanup-interval-seconds' must be a positive number");
        assertThatThrownBy(() -> init(Map.of("retention-days", "a year")))
                .hasMessage("events-listener bawaba-sign-in-history: option 'retention-days' not a whole number");
    }

    @Test
    void everyOption_isDescribed() {
        assertThat(new SignInHistoryListenerFactory().getConfigMetadata()).extracting(ProviderConfigProperty::getName)
                .containsExactly("retention-days", "cleanup-interval-seconds");
    }

    @Test
    void aRow_givesBackTheEntry() {
        SignInEntry entry = new SignInEntry(null, Instant.ofEpochMilli(1_790_000_000_123L), "oc-connect", "account",
                "eidas2", List.of("acr", "email", "sub"));
        SignInEntry back = new SignInEntity("id-1", "realm-1", "user-1", entry).toEntry();
        assertThat(back).isEqualTo(new SignInEntry("id-1", entry.time(), "oc-connect", "account", "eidas2",
                List.of("acr", "email", "sub")));
        assertThat(new SignInEntity("id-2", "realm-1", "user-1",
                new SignInEntry(null, entry.time(), "rp", null, null, List.of())).toEntry().claims()).isEmpty();
    }

    /** Bawaba's providers of a service (Keycloak's own are on the test class path too). */
    private static <T> List<Class<?>> bawabas(Class<T> service) {
        return ServiceLoader.load(service).stream().<Class<?>>map(ServiceLoader.Provider::type)
                .filter(type -> type.getName().startsWith("org.bawaba.")).toList();
    }

    private static SignInHistoryListenerFactory init(Map<String, String> options) {
        SignInHistoryListenerFactory factory = new SignInHistoryListenerFactory();
        factory.init(Scopes.of(options));
        return factory;
    }
}
