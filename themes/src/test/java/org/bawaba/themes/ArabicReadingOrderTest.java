package org.bawaba.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.text.Bidi;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bawaba.themes.MessageCatalog.MessageFile;
import org.junit.jupiter.api.Test;

/**
 * Every Arabic message that holds a number, a code, an address or a placeholder, rendered with a sample value as a
 * right-to-left paragraph by the Unicode bidirectional algorithm ({@link Bidi}): each Latin run (a masked phone
 * number, an email address, "eIDAS 2", an example number) must read left to right, whole, and the runs must come
 * in the sentence's reading order (right to left).
 */
class ArabicReadingOrderTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    /** A sample for {0} of each message whose {0} is not a count. A new such message needs its sample here. */
    static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("bawabaCodeLabel", "6"),
            Map.entry("bawabaSandboxBirthdate", "1984-03-12"),
            Map.entry("bawabaSpaceProviderBlock", "Compte Bawaba"),
            Map.entry("bawabaSpaceServiceSince", "7 دجنبر 2026، \u206619:55\u2069"),
            Map.entry("bawabaCodeHint.email", "am•••@example.ma"),
            Map.entry("bawabaCodeHint.sms", "+212•••••••78"),
            Map.entry("bawabaCodeSent.email", "am•••@example.ma"),
            Map.entry("bawabaCodeSent.sms", "+212•••••••78"),
            Map.entry("bawabaCodeResendIn", "60"),
            Map.entry("bawabaContactChanged.email", "am•••@example.ma"),
            Map.entry("bawabaContactChanged.sms", "+212•••••••78"),
            Map.entry("bawabaCodeSms", "123456"),
            Map.entry("bawabaTemporaryPasswordReissued", "am•••@example.ma"),
            Map.entry("bawabaChooserRequestedLevel", "متوسط (\u2066eIDAS 2\u2069)"),
            Map.entry("bawabaConsentTitle", "OC CONNECT"),
            Map.entry("bawabaTemporaryPasswordGreeting", "Amina"),
            Map.entry("signedIn.welcome", "Amina"),
            Map.entry("signedIn.lead", "OC Connect"),
            Map.entry("bawabaKbqTermsRead", "2026-12"),
            Map.entry("bawabaKbqAccountCreated", "1200345678"),
            Map.entry("bawabaEnrolTermsVersion", "2026-12"),
            Map.entry("bawabaEnrolReleaseIntro", "OC CONNECT"),
            Map.entry("bawabaEnrolAccountCreated", "ab123456"),
            Map.entry("bawabaEnrolPassportCreated", "1200345678"),
            Map.entry("bawabaProgressStep", "3|6"),
            Map.entry("bawabaBlockingMailWhen", "2026-12-07 18h50 UTC"));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(,choice)?");
    private static final Pattern LATIN_RUN =
            // A run may hold . _ - / : and spaces inside: a date (12/04/1990), a time (19:55) or a number in groups
            // reads as one unit.
            Pattern.compile("[A-Za-z0-9+@•…][A-Za-z0-9+@•…._ /:-]*[A-Za-z0-9…]|[A-Za-z0-9]");
    private static final Pattern ARABIC_INDIC_DIGITS = Pattern.compile("[\u0660-\u0669\u06F0-\u06F9]");

    @Test
    void latinRunsInArabicMessagesReadLeftToRightAndInOrder() {
        List<String> checked = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (MessageFile file : MessageCatalog.all("ar")) {
            file.messages().forEach((key, pattern) -> {
                if (!PLACEHOLDER.matcher(pattern).find() && !LATIN_RUN.matcher(withoutTags(pattern)).find()) {
                    return;
                }
                for (int count : new int[] {1, 2, 5, 11, 72}) {
                    String logical = withoutTags(render(file, key, pattern, count));
                    checked.add(key);
                    String problem = readingOrderProblem(logical);
                    if (problem != null) {
                        failures.add(file + " " + key + ": " + problem + "\n    rendered: " + logical);
                    }
                    if (ARABIC_INDIC_DIGITS.matcher(logical).find()) {
                        failures.add(file + " " + key + ": Arabic-Indic digits, the pages use 0-9: " + logical);
                    }
                }
            });
        }
        assertThat(checked).as("the messages with a placeholder, a number or a Latin run")
                .contains("bawabaCodeHint.sms", "bawabaCodeSent.sms", "bawabaContactHint.sms", "bawabaLevel.eidas2",
                        "bawabaCodeSms", "bawabaCodeWrong", "signedIn.lead");
        assertThat(failures).isEmpty();
    }

    @Test
    void theCheckSeesANumberThatIsNotIsolated() {
        assertThat(readingOrderProblem("أُرسل إلى الرقم +212•••••••78.")).contains("+212•••••••78");
        assertThat(readingOrderProblem("مثلًا 06 12 34 56 78، أو \u2066+33 6 12 34 56 78\u2069 خارج المغرب."))
                .contains("06 12 34 56 78");
        assertThat(readingOrderProblem("أُرسل إلى الرقم \u2066+212•••••••78\u2069.")).isNull();
    }

    /** A message rendered as Keycloak renders it (MessageFormat, locale ar) or as the demo sites do ({0} replaced). */
    static String render(MessageFile file, String key, String pattern, int count) {
        if (!file.messageFormat()) {
            return pattern.contains("{0}") ? pattern.replace("{0}", sample(key)) : pattern;
        }
        return new MessageFormat(pattern, ARABIC).format(arguments(key, pattern, count));
    }

    /**
     * The arguments for a message: a count at {k,choice} goes with its digits at {k-1} (the convention of every
     * counted message); any other {0} takes the key's sample.
     */
    static Object[] arguments(String key, String pattern, int count) {
        Matcher placeholders = PLACEHOLDER.matcher(pattern);
        int size = 0;
        List<Integer> choices = new ArrayList<>();
        while (placeholders.find()) {
            int index = Integer.parseInt(placeholders.group(1));
            size = Math.max(size, index + 1);
            if (placeholders.group(2) != null) {
                choices.add(index);
            }
        }
        Object[] arguments = new Object[size];
        for (int index : choices) {
            arguments[index] = count;
            arguments[index - 1] = String.valueOf(count);
        }
        for (int index = 0; index < size; index++) {
            if (arguments[index] == null) {
                // A sample "a|b" gives {0} and {1}.
                String[] samples = sample(key).split("\\|");
                if (index >= samples.length) {
                    fail(key + ": {" + index + "} is neither a count nor given a sample (\"{0}|{1}\")");
                }
                arguments[index] = samples[index];
            }
        }
        return arguments;
    }

    private static String sample(String key) {
        String sample = SAMPLES.get(key);
        if (sample == null) {
            fail(key + " has a placeholder: add a sample value to ArabicReadingOrderTest.SAMPLES");
        }
        return sample;
    }

    /** Null when every Latin run of the text reads whole, left to right, in reading order; else what is wrong. */
    static String readingOrderProblem(String logical) {
        String visual = visualRightToLeft(logical);
        int searchBefore = visual.length();
        Matcher runs = LATIN_RUN.matcher(withoutIsolates(logical));
        while (runs.find()) {
            String run = runs.group();
            int at = visual.lastIndexOf(run, searchBefore - run.length());
            if (at < 0) {
                return "\"" + run + "\" does not read left to right in its place; on screen (left to right): " + visual;
            }
            searchBefore = at;
        }
        return null;
    }

    /** The text as it shows on screen, read from left to right, in a right-to-left paragraph. */
    static String visualRightToLeft(String logical) {
        Bidi bidi = new Bidi(logical, Bidi.DIRECTION_RIGHT_TO_LEFT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        Object[] runs = new Object[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = logical.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            runs[i] = levels[i] % 2 == 1 ? mirrored(new StringBuilder(run).reverse().toString()) : run;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        StringBuilder visual = new StringBuilder();
        for (Object run : runs) {
            visual.append(run);
        }
        return withoutIsolates(visual.toString());
    }

    private static String mirrored(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(switch (c) {
                case '(' -> ')';
                case ')' -> '(';
                case '«' -> '»';
                case '»' -> '«';
                default -> c;
            });
        }
        return out.toString();
    }

    static String withoutIsolates(String text) {
        return text.replaceAll("[\u2066-\u2069\u200E\u200F]", "");
    }

    private static String withoutTags(String text) {
        return text.replaceAll("<[^>]*>", "");
    }
}
