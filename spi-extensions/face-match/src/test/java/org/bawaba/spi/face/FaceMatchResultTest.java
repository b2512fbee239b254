package org.bawaba.spi.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ServiceLoader;

import org.bawaba.spi.face.FaceMatchResult.Outcome;
import org.junit.jupiter.api.Test;
import org.keycloak.provider.Spi;

class FaceMatchResultTest {

    @Test
    void factories() {
        assertThat(FaceMatchResult.match(0.97)).isEqualTo(new FaceMatchResult(Outcome.MATCH, 0.97, ""));
        assertThat(FaceMatchResult.noMatch(0.2)).isEqualTo(new FaceMatchResult(Outcome.NO_MATCH, 0.2, ""));
        FaceMatchResult noFace = FaceMatchResult.noFace("code 28");
        assertThat(noFace.outcome()).isEqualTo(Outcome.NO_FACE);
        assertThat(noFace.similarity()).isNaN();
        assertThat(noFace.detail()).isEqualTo("code 28");
        FaceMatchResult unavailable = FaceMatchResult.unavailable("timeout");
        assertThat(unavailable.outcome()).isEqualTo(Outcome.UNAVAILABLE);
        assertThat(unavailable.similarity()).isNaN();
        assertThat(FaceMatchResult.unavailable(null).detail()).isEmpty();
    }

    @Test
    void similarity_isInTheUnitInterval_orNaN() {
        assertThat(FaceMatchResult.match(1.0).similarity()).isEqualTo(1.0);
        assertThat(FaceMatchResult.noMatch(0.0).similarity()).isZero();
        assertThatThrownBy(() -> FaceMatchResult.match(1.01)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FaceMatchResult.noMatch(-0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FaceMatchResult(null, 0.5, "")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theSpi_isRegistered_notInternal() {
        assertThat(ServiceLoader.load(Spi.class).stream().map(ServiceLoader.Provider::type))
                .contains(FaceMatchSpi.class);
        FaceMatchSpi spi = new FaceMatchSpi();
        assertThat(spi.getName()).isEqualTo("bawaba-face-match");
        assertThat(spi.isInternal()).isFalse();
        assertThat(spi.getProviderClass()).isEqualTo(FaceMatcher.class);
        assertThat(spi.getProviderFactoryClass()).isEqualTo(FaceMatcherFactory.class);
    }
}
