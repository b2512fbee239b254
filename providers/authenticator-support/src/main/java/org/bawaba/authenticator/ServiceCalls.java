package org.bawaba.authenticator;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;

/** Calling an outside HTTP service from a provider, so that a sign-in never waits longer than the provider allows. */
public final class ServiceCalls {

    private ServiceCalls() {
    }

    /**
     * The client for one configured service, made once at start (configuration, not user state: one connection pool
     * for the whole server). HTTP/1.1, which every gateway speaks; redirects are not followed: a moved service is a
     * wrong URL, and a redirect could take a request with its secrets elsewhere.
     */
    public static HttpClient client(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Threads that make the calls, kept for reuse. The JDK client's {@code sendAsync} completes its answer on the
     * common pool, which on a machine with two CPUs or fewer starts a new thread for every call (JDK-8204339,
     * measured at one new thread per face match under load); a blocking {@code send} on a pooled thread does not.
     */
    private static final ExecutorService CALL_THREADS = Executors.newCachedThreadPool(new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "bawaba-service-call-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    });

    /**
     * The answer, or why there is none.
     *
     * @param failure {@code timeout}, {@code connection failed}, {@code interrupted}, {@code I/O error (<class>)} or
     *                {@code error (<class>)}: technical, never an exception message (it may quote the URL)
     */
    public record Exchange(HttpResponse<String> response, String failure) {

        public boolean answered() {
            return response != null;
        }
    }

    /**
     * Sends the request and waits at most {@code bound} for the whole answer, body included (a request's own timeout
     * only covers the wait for its headers).
     */
    public static Exchange exchange(HttpClient client, HttpRequest request, Duration bound) {
        Future<HttpResponse<String>> future = CALL_THREADS.submit(
                () -> client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        try {
            return new Exchange(future.get(bound.toMillis(), TimeUnit.MILLISECONDS), null);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Exchange(null, "timeout");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new Exchange(null, "interrupted");
        } catch (ExecutionException e) {
            return new Exchange(null, describe(e.getCause()));
        }
    }

    /** Never the exception's message: it may quote the URL, which may hold a number or a key. */
    static String describe(Throwable cause) {
        if (cause instanceof HttpTimeoutException) {
            return "timeout";
        }
        if (cause instanceof ConnectException) {
            return "connection failed";
        }
        return cause instanceof IOException ? "I/O error (" + cause.getClass().getSimpleName() + ")"
                : "error (" + cause.getClass().getSimpleName() + ")";
    }

    /**
     * Whether the factory is the one its SPI uses, so that a provider missing its configuration says so loudly only
     * when it matters. Without a session factory (tests), it is.
     */
    public static boolean inUse(KeycloakSessionFactory sessions, Class<? extends Provider> spi, ProviderFactory<?> factory) {
        ProviderFactory<?> active = sessions == null ? null : sessions.getProviderFactory(spi);
        return active == null || active == factory;
    }
}
