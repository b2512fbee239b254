package org.bawaba.enrolment.chip;

import java.util.ArrayList;
import java.util.List;

import org.bawaba.eid.signin.account.ChipIdentity;

/**
 * What a chip said, as the rows a page shows back: the field's name (message {@code bawabaEnrolField.<name>}), its
 * value, and whether it is written right to left (names in Arabic script).
 */
public final class IdentityRows {

    /**
     * One row; {@code gender} values are shown through the messages {@code bawabaEnrolGender.<value>}. A class with
     * getters (not a record) for FreeMarker, which reads {@code row.name} as a property.
     */
    public static final class Row {

        private final String name;
        private final String value;
        private final boolean arabic;

        Row(String name, String value, boolean arabic) {
            this.name = name;
            this.value = value;
            this.arabic = arabic;
        }

        public String getName() {
            return name;
        }

        public String getValue() {
            return value;
        }

        public boolean isArabic() {
            return arabic;
        }
    }

    /** The fields, in the order shown. */
    public static final List<String> FIELDS = List.of(ChipIdentity.LAST_NAME, ChipIdentity.FIRST_NAME,
            ChipIdentity.FAMILY_NAME_AR, ChipIdentity.GIVEN_NAME_AR, ChipIdentity.GENDER, ChipIdentity.BIRTHDATE,
            ChipIdentity.BIRTHPLACE, ChipIdentity.BIRTHCOUNTRY, ChipIdentity.NATIONAL_ID);

    private IdentityRows() {
    }

    public static List<Row> of(ChipIdentity identity) {
        List<Row> rows = new ArrayList<>();
        for (String field : FIELDS) {
            String value = identity.attributes().get(field);
            if (value != null) {
                rows.add(new Row(field, value, field.endsWith("_ar")));
            }
        }
        return rows;
    }
}
