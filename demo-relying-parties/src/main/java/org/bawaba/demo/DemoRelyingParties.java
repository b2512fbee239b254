package org.bawaba.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.bawaba.demo.oidc.BrokerClient;
import org.bawaba.demo.session.SessionStore;
import org.bawaba.demo.web.IndexPage;
import org.bawaba.demo.web.Messages;
import org.bawaba.demo.web.Pages;
import org.bawaba.demo.web.RelyingPartyFlow;
import org.bawaba.demo.web.StaticFiles;

/**
 * The demo relying parties (OC, CIMR, CNOPS) and the button kit, on one small HTTP server:
 * {@code java -jar bawaba-demo-relying-parties.jar}, or {@link #start(DemoSettings)} from a test.
 */
public final class DemoRelyingParties implements AutoCloseable {

    static final int MAX_SESSIONS = 10_000;
    static final Duration SESSION_IDLE_TIMEOUT = Duration.ofMinutes(30);

    private final HttpServer server;
    private final ExecutorService workers;
    private final DemoSettings settings;

    private DemoRelyingParties(HttpServer server, ExecutorService workers, DemoSettings settings) {
        this.server = server;
        this.workers = workers;
        this.settings = settings;
    }

    public static DemoRelyingParties start(DemoSettings settings) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(settings.port()), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + settings.port(), e);
        }
        Pages pages = new Pages(new Messages(), settings.issuer().toString());
        BrokerClient broker = new BrokerClient(settings.issuer());
        SessionStore sessions = new SessionStore(MAX_SESSIONS, SESSION_IDLE_TIMEOUT, Clock.systemUTC());
        for (RelyingPartySite site : settings.sites()) {
            server.createContext("/" + site.path(), new RelyingPartyFlow(site, settings.publicUrl(), broker, sessions, pages));
        }
        server.createContext("/button-kit/", new StaticFiles("/button-kit/", "button-kit", pages));
        server.createContext("/assets/", new StaticFiles("/assets/", "assets", pages));
        server.createContext("/", new IndexPage(settings.sites(), pages));
        ExecutorService workers = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "bawaba-demo-rp");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(workers);
        server.start();
        return new DemoRelyingParties(server, workers, settings);
    }

    public DemoSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) {
        DemoSettings settings = DemoSettings.fromEnvironment();
        DemoRelyingParties app = start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "bawaba-demo-rp-stop"));
        System.out.println("Bawaba demo relying parties on " + settings.publicUrl() + " (issuer " + settings.issuer() + "):");
        for (RelyingPartySite site : settings.sites()) {
            System.out.println("  " + settings.publicUrl() + "/" + site.path() + "/   client " + site.clientId());
        }
        System.out.println("  " + settings.publicUrl() + "/button-kit/   the button kit");
    }
}
