package uz.roadmap.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Objects;
import java.util.Base64;
import java.util.Set;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import com.nimbusds.jose.jwk.source.ImmutableSecret;

import uz.roadmap.platform.RoadmapProperties;

/**
 * The key that signs and checks access tokens. It comes from the environment; only local mode,
 * with a single instance, may make its own and keep it (readable by its owner only) in the data
 * folder, so that tokens survive a restart.
 */
@Configuration(proxyBeanMethods = false)
class TokenKeys {

    static final MacAlgorithm ALGORITHM = MacAlgorithm.HS256;
    private static final int KEY_BYTES = 32;

    @Bean
    SecretKey tokenKey(TokenProperties properties, RoadmapProperties roadmap, Environment environment) {
        if (properties.secret() != null && !properties.secret().isBlank()) {
            var bytes = Base64.getDecoder().decode(properties.secret().strip());
            if (bytes.length < KEY_BYTES) {
                throw new IllegalStateException("ROADMAP_TOKENS_SECRET must be at least 32 bytes (base64)");
            }
            return new SecretKeySpec(bytes, "HmacSHA256");
        }
        if (environment.acceptsProfiles(Profiles.of("full"))) {
            throw new IllegalStateException("Set ROADMAP_TOKENS_SECRET (base64, at least 32 bytes): every replica "
                    + "must sign and check tokens with the same key, e.g. `openssl rand -base64 32`");
        }
        return new SecretKeySpec(localKey(roadmap), "HmacSHA256");
    }

    @Bean
    JwtEncoder tokenEncoder(SecretKey tokenKey) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(tokenKey));
    }

    @Bean
    JwtDecoder tokenDecoder(SecretKey tokenKey) {
        var decoder = NimbusJwtDecoder.withSecretKey(tokenKey).macAlgorithm(ALGORITHM).build();
        // a token without an expiry would never end: refused, as one from another issuer is
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(Tokens.ISSUER),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull)));
        return decoder;
    }

    private static byte[] localKey(RoadmapProperties roadmap) {
        var file = roadmap.dataDir().resolve("token-key");
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            Files.createDirectories(roadmap.dataDir());
            var key = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, Set.copyOf(PosixFilePermissions.fromString("rw-------")));
            }
            return key;
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
