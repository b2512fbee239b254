package org.bawaba.broker.e2e.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
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

    private final WireMockServer server = new WireMockServer(options().port(PORT).bindAddress("127.0.0.1"));

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
        server.stop();
    }

    public void accepting() {
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
}
