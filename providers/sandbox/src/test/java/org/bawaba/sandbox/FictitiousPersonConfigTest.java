package org.bawaba.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class FictitiousPersonConfigTest {

    @Test
    void theListIsBoundedAndUnreadableValuesKeepTheDefault() {
        assertThat(FictitiousPersonConfig.from(null).maxPeople()).isEqualTo(50);
        assertThat(FictitiousPersonConfig.from(Map.of("maxPeople", "12")).maxPeople()).isEqualTo(12);
        assertThat(FictitiousPersonConfig.from(Map.of("maxPeople", "100000")).maxPeople()).isEqualTo(500);
        assertThat(FictitiousPersonConfig.from(Map.of("maxPeople", "0")).maxPeople()).isEqualTo(50);
        assertThat(FictitiousPersonConfig.from(Map.of("maxPeople", "many")).maxPeople()).isEqualTo(50);
    }
}
