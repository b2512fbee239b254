package org.bawaba.broker.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * axe-core, the accessibility engine browsers' own audit tools use, run inside the page Chromium shows now
 * against WCAG 2.1 A and AA. A serious or critical finding fails the test that asked; lesser ones are listed in
 * the failure message of the first serious one only, as they do not fail the build.
 */
public final class Axe {

    private static final String ENGINE = load("/axe.min.js");
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
               .then(result => done(result.violations.map(v => ({
                   id: v.id, impact: v.impact || 'minor', help: v.help,
                   where: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || '')).join('\\n')}))))
               .catch(error => done('axe failed: ' + error));
            """;

    private Axe() {
    }

    /** Fails when axe finds a serious or critical WCAG 2.1 A/AA violation on the page shown now. */
    public static void assertNoSeriousFindings(HeadlessChromium chromium, String page) {
        List<Map<String, Object>> findings = findings(chromium);
        List<Map<String, Object>> serious = findings.stream()
                .filter(finding -> List.of("serious", "critical").contains(finding.get("impact")))
                .toList();
        assertThat(serious).as("axe-core on %s (%s):\n%s", page, chromium.driver().getCurrentUrl(), describe(findings))
                .isEmpty();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> findings(HeadlessChromium chromium) {
        chromium.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        if (!Boolean.TRUE.equals(chromium.script("return typeof window.axe === 'object'"))) {
            chromium.script(ENGINE);
        }
        Object result = chromium.driver().executeAsyncScript(RUN);
        assertThat(result).as("axe-core ran").isInstanceOf(List.class);
        return (List<Map<String, Object>>) result;
    }

    private static String describe(List<Map<String, Object>> findings) {
        return findings.stream()
                .map(f -> "[" + f.get("impact") + "] " + f.get("id") + ": " + f.get("help") + "\n" + f.get("where"))
                .collect(Collectors.joining("\n"));
    }

    private static String load(String resource) {
        try (InputStream in = Axe.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
