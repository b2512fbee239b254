package org.bawaba.broker.e2e.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The operator's SMS API as the broker sees it in tests: WireMock on a fixed local port, which
 * {@code BawabaServerConfig} gives to the broker's HTTP gateway provider. Register it on a test class
 * ({@code @RegisterExtension static final SmsGatewayStub sms = new SmsGatewayStub();}): it runs for the
 * class and accepts every text again before each test.
 */
public final class SmsGatewayStub implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    public static final int PORT = 18089;
    public static final String PATH = "/v1/sms";
    public static final String TOKEN = "test-only-gateway-token";

    private static final Pattern CODE = Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])");

    private final TextGate gate = new TextGate();
    private final WireMockServer server = new WireMockServer(options().port(PORT).bindAddress("127.0.0.1").extensions(gate));

    @Override
    public void beforeAll(ExtensionContext context) {
        server.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        accepting();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        gate.open();
        server.stop();
    }

    public void accepting() {
        gate.open();
        server.resetAll();
        server.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse()
                .withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"msg-0001\",\"status\":\"queued\"}")));
    }

    public void failingWith(int status) {
        server.resetAll();
        server.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(status).withBody("{\"error\":\"upstream\"}")));
    }

    public void answeringAfter(int millis) {
        server.resetAll();
        server.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(201).withFixedDelay(millis)
                .withBody("{\"id\":\"late\"}")));
    }

    /**
     * From now on every text waits at the gateway until the test lets it through with {@link TextGate#releaseNext()},
     * so a test can tell which of several concurrent sign-ins a text belongs to. {@link #accepting()} opens the gate.
     */
    public TextGate holdingTexts() {
        gate.close();
        return gate;
    }

    public List<LoggedRequest> requests() {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo(PATH)));
    }

    /** The JSON body of the last text sent. */
    public Map<String, Object> lastMessage() {
        List<LoggedRequest> requests = requests();
        if (requests.isEmpty()) {
            throw new AssertionError("no SMS was sent");
        }
        try {
            return JSONObjectUtils.parse(requests.get(requests.size() - 1).getBodyAsString());
        } catch (java.text.ParseException e) {
            throw new AssertionError("SMS body is not JSON", e);
        }
    }

    /** The 6-digit code in the last text sent. */
    public String lastCode() {
        Matcher matcher = CODE.matcher((String) lastMessage().get("text"));
        if (!matcher.find()) {
            throw new AssertionError("no code in the last SMS");
        }
        return matcher.group(1);
    }

    /** Holds texts at the gateway and lets them through one at a time, in the order they arrived. */
    public static final class TextGate implements ResponseDefinitionTransformerV2 {

        private final BlockingQueue<HeldText> arrived = new LinkedBlockingQueue<>();
        private volatile boolean closed;
        private HeldText next;

        @Override
        public String getName() {
            return "bawaba-text-gate";
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            if (closed) {
                HeldText text = new HeldText(serveEvent.getRequest().getBodyAsString(), new CountDownLatch(1));
                arrived.add(text);
                try {
                    text.released().await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return serveEvent.getResponseDefinition();
        }

        /** Waits until a text is held at the gateway, without letting it through. */
        public synchronized void awaitHeld() {
            if (next == null) {
                next = nextArrival();
            }
        }

        /** Waits for the next text to arrive, lets it through, and gives the 6-digit code it carries. */
        public synchronized String releaseNext() {
            try {
                HeldText text = next != null ? next : nextArrival();
                next = null;
                text.released().countDown();
                Matcher matcher = CODE.matcher((String) JSONObjectUtils.parse(text.body()).get("text"));
                if (!matcher.find()) {
                    throw new AssertionError("no code in the text " + text.body());
                }
                return matcher.group(1);
            } catch (java.text.ParseException e) {
                throw new AssertionError("SMS body is not JSON", e);
            }
        }

        private HeldText nextArrival() {
            try {
                HeldText text = arrived.poll(10, TimeUnit.SECONDS);
                if (text == null) {
                    throw new AssertionError("no text reached the gateway within 10 s");
                }
                return text;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }

        void close() {
            closed = true;
        }

        synchronized void open() {
            closed = false;
            if (next != null) {
                next.released().countDown();
                next = null;
            }
            HeldText text;
            while ((text = arrived.poll()) != null) {
                text.released().countDown();
            }
        }

        private record HeldText(String body, CountDownLatch released) {
        }
    }
}
