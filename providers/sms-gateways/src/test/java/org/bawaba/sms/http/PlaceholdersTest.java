package org.bawaba.sms.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.bawaba.spi.sms.SmsMessage;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    private static final SmsMessage MESSAGE = new SmsMessage("+212612345678", "a<b & \"c\" ${reference}\n", "r-1");

    @Test
    void fillsInOnePass_soAValueIsNeverExpandedAgain() {
        assertThat(Placeholders.fill("${to}|${text}|${reference}|${other}", MESSAGE, s -> s))
                .isEqualTo("+212612345678|a<b & \"c\" ${reference}\n|r-1|${other}");
    }

    @Test
    void escapesForTheContentType() {
        assertThat(Placeholders.fill("${text}", MESSAGE, Placeholders.escapingFor("application/json; charset=utf-8")))
                .isEqualTo("a<b & \\\"c\\\" ${reference}\\n");
        assertThat(Placeholders.fill("${text}", MESSAGE, Placeholders.escapingFor("application/vnd.api+json")))
                .isEqualTo("a<b & \\\"c\\\" ${reference}\\n");
        assertThat(Placeholders.fill("${text}", MESSAGE,
                Placeholders.escapingFor("application/x-www-form-urlencoded")))
                .isEqualTo("a%3Cb+%26+%22c%22+%24%7Breference%7D%0A");
        assertThat(Placeholders.fill("<to>${to}</to><t>${text}</t>", MESSAGE, Placeholders.escapingFor("text/xml")))
                .isEqualTo("<to>+212612345678</to><t>a&lt;b &amp; &quot;c&quot; ${reference}\n</t>");
        assertThat(Placeholders.fill("${text}", MESSAGE, Placeholders.escapingFor("text/plain")))
                .isEqualTo(MESSAGE.text());
    }
}
