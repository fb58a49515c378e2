package io.github.studysite.util;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTest {

    @Test
    void writesValuesSafeToEmbedInScripts() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("t", "\"서울\"\n</script>\u2028\\");
        map.put("n", List.of(1, true, "x"));
        map.put("z", null);
        assertThat(Json.of(map)).isEqualTo("{\"t\":\"\\\"서울\\\"\\n\\u003c/script>\\u2028\\\\\",\"n\":[1,true,\"x\"],\"z\":null}");
    }

    @Test
    void escapesLoneSurrogatesButKeepsPairs() {
        assertThat(Json.of("a\ud83d")).isEqualTo("\"a\\ud83d\"");
        assertThat(Json.of("😀")).isEqualTo("\"😀\"");
    }

    @Test
    void refusesWhatJsonCannotHold() {
        assertThatThrownBy(() -> Json.of(new Object())).isInstanceOf(IllegalArgumentException.class);
    }
}
