package uz.roadmap.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Every interface text exists in Uzbek and in English, and no two bundles define the same key.
 */
class InterfaceTextTests {

    @Test
    void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
        for (var basename : WebConfiguration.basenames()) {
            assertThat(keys(basename, "en")).as(basename).isEqualTo(keys(basename, "uz"));
        }
    }

    @Test
    void noKeyIsDefinedByTwoBundles() throws IOException {
        var owners = new HashMap<String, String>();
        for (var basename : WebConfiguration.basenames()) {
            for (var key : keys(basename, "uz")) {
                assertThat(owners.put(key, basename)).as("%s is also defined in %s", key, owners.get(key)).isNull();
            }
        }
    }

    private static Set<String> keys(String basename, String language) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(
                new ClassPathResource(basename + "_" + language + ".properties").getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties.stringPropertyNames();
    }
}
