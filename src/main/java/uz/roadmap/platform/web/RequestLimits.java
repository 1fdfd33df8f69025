package uz.roadmap.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxBodySize the largest request body accepted ({@code ROADMAP_REQUESTS_MAX_BODY_SIZE}); a
 *        larger one is refused with 413 before it is read
 */
@ConfigurationProperties("roadmap.requests")
record RequestLimits(@DefaultValue("256KB") DataSize maxBodySize) {
}
