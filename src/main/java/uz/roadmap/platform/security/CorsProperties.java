package uz.roadmap.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param allowedOrigins web origins (e.g. {@code https://app.example.uz}) whose pages may call the
 *        REST API from the browser ({@code ROADMAP_CORS_ALLOWED_ORIGINS}, comma-separated); none by default
 */
@ConfigurationProperties("roadmap.cors")
record CorsProperties(@DefaultValue List<String> allowedOrigins) {
}
