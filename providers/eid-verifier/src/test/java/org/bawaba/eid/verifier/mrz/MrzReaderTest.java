package org.bawaba.eid.verifier.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** ICAO 9303 specimen MRZs, check digits recomputed, long document numbers, malformed DG1. */
class MrzReaderTest {

    static final String TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
            + "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
    static final String TD1 = "I<UTOD231458907<<<<<<<<<<<<<<<"
            + "7408122F1204159UTO<<<<<<<<<<<6"
            + "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";

    static byte[] dg1(String mrz) {
        byte[] text = mrz.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x61);
        out.write(text.length + 3);
        out.write(0x5F);
        out.write(0x1F);
        out.write(text.length);
        out.writeBytes(text);
        return out.toByteArray();
    }

    @Test
    void checkDigits_ofIcaoSpecimens() {
        assertThat(CheckDigits.compute("L898902C3")).isEqualTo('6');
        assertThat(CheckDigits.compute("740812")).isEqualTo('2');
        assertThat(CheckDigits.compute("ZE184226B<<<<<")).isEqualTo('1');
    }

    @Test
    void td3Specimen_parses_andAllCheckDigitsMatch() throws Exception {
        Mrz mrz = MrzReader.read(dg1(TD3));
        assertThat(mrz.format()).isEqualTo(Mrz.Format.TD3);
        assertThat(mrz.documentNumber()).isEqualTo("L898902C3");
        assertThat(mrz.primaryIdentifier()).isEqualTo("ERIKSSON");
        assertThat(mrz.secondaryIdentifier()).isEqualTo("ANNA MARIA");
        assertThat(mrz.optionalData2()).isEqualTo("ZE184226B");
        assertThat(mrz.checkDigitFailures()).isEmpty();
    }

    @Test
    void td1Specimen_parses_andAllCheckDigitsMatch() throws Exception {
        Mrz mrz = MrzReader.read(dg1(TD1));
        assertThat(mrz.format()).isEqualTo(Mrz.Format.TD1);
        assertThat(mrz.issuingState()).isEqualTo("UTO");
        assertThat(mrz.documentNumber()).isEqualTo("D23145890");
        assertThat(mrz.checkDigitFailures()).isEmpty();
    }

    @Test
    void eachTamperedCheckDigit_isReported() throws Exception {
        int[] positions = {44 + 9, 44 + 19, 44 + 27, 44 + 42, 44 + 43};
        for (int position : positions) {
            char[] chars = TD3.toCharArray();
            chars[position] = chars[position] == '0' ? '1' : '0';
            assertThat(MrzReader.read(dg1(new String(chars))).checkDigitFailures()).as("position %d", position)
                    .isNotEmpty();
        }
    }

    @Test
    void td1LongDocumentNumber_continuesInOptionalData() throws Exception {
        String number = "D23145890AB";   // 11 characters
        char check = CheckDigits.compute(number);
        String line1 = "I<UTO" + number.substring(0, 9) + "<" + number.substring(9) + check + "<<<<<<<<<<<<";
        String line2Head = "7408122F1204159UTO<<<<<<<<<<<";
        String composite = line1.substring(5, 30) + line2Head.substring(0, 7) + line2Head.substring(8, 15)
                + line2Head.substring(18, 29);
        String mrz = line1 + line2Head + CheckDigits.compute(composite) + "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";
        Mrz parsed = MrzReader.read(dg1(mrz));
        assertThat(parsed.documentNumber()).isEqualTo(number);
        assertThat(parsed.optionalData1()).isEmpty();
        assertThat(parsed.checkDigitFailures()).isEmpty();
    }

    @Test
    void malformedDg1_isRejected() {
        assertThatThrownBy(() -> MrzReader.read(dg1(TD3.substring(1)))).isInstanceOf(MrzFormatException.class);
        assertThatThrownBy(() -> MrzReader.read(dg1(TD3.replace('<', 'a')))).isInstanceOf(MrzFormatException.class);
        assertThatThrownBy(() -> MrzReader.read(new byte[] {0x61, 0x7F})).isInstanceOf(MrzFormatException.class);
        assertThatThrownBy(() -> MrzReader.read(null)).isInstanceOf(MrzFormatException.class);
    }

    @Test
    void icaoCountryCodes_mapToCertificateCountries() {
        assertThat(IcaoCountryCodes.toAlpha2("MAR")).isEqualTo("MA");
        assertThat(IcaoCountryCodes.toAlpha2("D")).isEqualTo("DE");
        assertThat(IcaoCountryCodes.toAlpha2("FRA")).isEqualTo("FR");
        assertThat(IcaoCountryCodes.toAlpha2("GBD")).isEqualTo("GB");
        assertThat(IcaoCountryCodes.toAlpha2("UTO")).isNull();
    }
}
