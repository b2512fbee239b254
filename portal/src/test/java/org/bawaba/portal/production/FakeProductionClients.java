package org.bawaba.portal.production;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.test.Mock;
import org.bawaba.portal.application.Application;

/**
 * The front door's admin API in the portal's own tests: records the clients it is asked for and can be told to fail.
 * The real one is tried against a running broker in the end-to-end suite ({@code PortalProductionIT}).
 */
@Mock
@ApplicationScoped
public class FakeProductionClients extends ProductionClients {

    // Reached through methods only: a test injects the bean's client proxy, whose own fields are not the bean's.
    private final List<String> applied = new CopyOnWriteArrayList<>();
    private volatile boolean failing;
    private final AtomicInteger secrets = new AtomicInteger();

    public List<String> applied() {
        return List.copyOf(applied);
    }

    public void failing(boolean failing) {
        this.failing = failing;
    }

    @Override
    public String apply(Application application) {
        if (failing) {
            throw new FrontDoorException("test: the front door is down");
        }
        String clientId = ProductionClient.clientId(application);
        applied.add(clientId);
        return clientId;
    }

    @Override
    public String rotateSecret(Application application) {
        if (failing) {
            throw new FrontDoorException("test: the front door is down");
        }
        return "test-secret-" + secrets.incrementAndGet();
    }
}
