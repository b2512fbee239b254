package org.bawaba.portal.production;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.test.Mock;
import org.bawaba.portal.application.Application;

/** The sandbox realm's admin API in the portal's own tests (the real one: {@code PortalIT} in the end-to-end suite). */
@Mock
@ApplicationScoped
public class FakeSandboxClients extends SandboxClients {

    private final List<String> applied = new CopyOnWriteArrayList<>();
    private final AtomicInteger secrets = new AtomicInteger();
    private volatile boolean failing;

    public List<String> applied() {
        return List.copyOf(applied);
    }

    public void failing(boolean failing) {
        this.failing = failing;
    }

    @Override
    public String issuer() {
        return "http://localhost:8080/realms/sandbox";
    }

    @Override
    public String apply(Application application) {
        if (failing) {
            throw new FrontDoorException("test: the sandbox is down");
        }
        applied.add(SandboxClient.clientId(application));
        return SandboxClient.clientId(application);
    }

    @Override
    public List<SignIn> signIns(Application application, int max) {
        if (failing) {
            throw new FrontDoorException("test: the sandbox is down");
        }
        return List.of(new SignIn(java.time.Instant.parse("2026-12-07T10:00:00Z"), "fictif-khadija-eidas2"));
    }

    @Override
    public String rotateSecret(Application application) {
        if (failing) {
            throw new FrontDoorException("test: the sandbox is down");
        }
        return "test-sandbox-secret-" + secrets.incrementAndGet();
    }
}
