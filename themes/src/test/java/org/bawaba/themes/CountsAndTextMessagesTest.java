package org.bawaba.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bawaba.themes.MessageCatalog.MessageFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Counts agree with their noun in every language (Arabic singular, dual, plural 3–10, singular from 11; French and
 * English singular and plural), are written in digits 0-9, and the code's text message stays one SMS.
 */
class CountsAndTextMessagesTest {

    private static final int[] COUNTS = {0, 1, 2, 3, 5, 10, 11, 60, 72, 100, 999};

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "ar | bawabaCodeWrong | 1 | الرمز غير صحيح. بقيت لك محاولة واحدة.",
            "ar | bawabaCodeWrong | 2 | الرمز غير صحيح. بقيت لك محاولتان.",
            "ar | bawabaCodeWrong | 5 | الرمز غير صحيح. بقيت لك 5 محاولات.",
            "ar | bawabaCodeWrong | 11 | الرمز غير صحيح. بقيت لك 11 محاولة.",
            "ar | bawabaCodeEmailValidity | 5 | صالح لمدة 5 دقائق ولاستعمال واحد فقط.",
            "ar | bawabaCodeEmailValidity | 2 | صالح لمدة دقيقتين ولاستعمال واحد فقط.",
            "ar | bawabaTemporaryPasswordExpired | 72 | انتهت صلاحية كلمة المرور المؤقتة: فهي صالحة لمدة 72 ساعة فقط.",
            "ar | bawabaTemporaryPasswordExpired | 3 | انتهت صلاحية كلمة المرور المؤقتة: فهي صالحة لمدة 3 ساعات فقط.",
            "ar | bawabaCodeResendTooEarly | 10 | يرجى الانتظار 10 ثوانٍ قبل طلب رمز جديد.",
            "fr | bawabaCodeWrong | 1 | Code incorrect. Il vous reste 1 essai.",
            "fr | bawabaCodeWrong | 5 | Code incorrect. Il vous reste 5 essais.",
            "fr | bawabaCodeEmailValidity | 1 | Il est valable 1 minute et ne sert qu’une fois.",
            "fr | bawabaTemporaryPasswordValidity | 72 | Ce mot de passe est valable 72 heures. À la première connexion, vous devrez le remplacer par un mot de passe de votre choix.",
            "en | bawabaCodeWrong | 1 | Wrong code. 1 attempt left.",
            "en | bawabaCodeWrong | 5 | Wrong code. 5 attempts left.",
            "en | bawabaCodeResendTooEarly | 1 | Please wait 1 more second before asking for a new code."})
    void aCountAgreesWithItsNoun(String language, String key, int count, String expected) {
        Map<String, String> messages = MessageCatalog.merged(all(language));
        assertThat(messages).containsKey(key);
        assertThat(ArabicReadingOrderTest.withoutIsolates(format(language, messages.get(key), count))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr", "ar", "en"})
    void everyCountedMessageWritesItsCountInDigits(String language) {
        List<String> failures = new ArrayList<>();
        for (MessageFile file : all(language)) {
            file.messages().forEach((key, pattern) -> {
                if (!pattern.contains(",choice")) {
                    return;
                }
                for (int count : COUNTS) {
                    String text = ArabicReadingOrderTest.withoutIsolates(format(language, pattern, count, key));
                    boolean wordsOnly = count == 0 || language.equals("ar") && (count == 1 || count == 2);
                    if (text.contains("{") || !wordsOnly && !text.matches("(?s).*(?<![0-9])" + count + "(?![0-9]).*")) {
                        failures.add(file + " " + key + " (" + count + "): " + text);
                    }
                }
            });
        }
        assertThat(failures).isEmpty();
    }

    @ParameterizedTest(name = "code of {0} digits")
    @ValueSource(ints = {4, 6, 8, 10})
    void theArabicCodeTextIsOneSms(int digits) {
        String pattern = MessageCatalog.merged(MessageCatalog.loginTheme("ar")).get("bawabaCodeSms");
        String code = "1234567890".substring(0, digits);
        for (int minutes : new int[] {1, 2, 3, 5, 10, 11, 60, 120, 999}) {
            String text = smsText(pattern, "ar", code, minutes);
            assertThat(text.length()).as("UCS-2 characters of a single SMS: %s", text).isLessThanOrEqualTo(70);
            assertThat(ArabicReadingOrderTest.readingOrderProblem(text)).as(text).isNull();
            assertThat(text).contains(code);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr", "en"})
    void theLatinCodeTextIsOneGsmSms(String language) {
        String pattern = MessageCatalog.merged(MessageCatalog.loginTheme(language)).get("bawabaCodeSms");
        String text = smsText(pattern, language, "1234567890", 999);
        int septets = 0;
        for (char c : text.toCharArray()) {
            assertThat(GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENSION.indexOf(c) >= 0)
                    .as("'%s' is in the GSM 7-bit alphabet (else the text goes as UCS-2): %s", c, text).isTrue();
            septets += GSM_EXTENSION.indexOf(c) >= 0 ? 2 : 1;
        }
        assertThat(septets).as(text).isLessThanOrEqualTo(160);
    }

    /** As SmsCodeChannel formats it: the code, the minutes in digits, the minutes as a number. */
    private static String smsText(String pattern, String language, String code, int minutes) {
        return new MessageFormat(pattern, Locale.forLanguageTag(language))
                .format(new Object[] {code, String.valueOf(minutes), minutes});
    }

    private static String format(String language, String pattern, int count) {
        return format(language, pattern, count, "");
    }

    private static String format(String language, String pattern, int count, String key) {
        Object[] arguments = ArabicReadingOrderTest.SAMPLES.containsKey(key)
                ? ArabicReadingOrderTest.arguments(key, pattern, count)
                : new Object[] {String.valueOf(count), count};
        return new MessageFormat(pattern, Locale.forLanguageTag(language)).format(arguments);
    }

    private static List<MessageFile> all(String language) {
        return MessageCatalog.all(language).stream().filter(MessageFile::messageFormat).toList();
    }

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";
}
