package uz.roadmap.plan.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import uz.roadmap.plan.StudyTimer;
import uz.roadmap.plan.StudyTimerView;
import uz.roadmap.plan.timer.StudyTimerProperties;

/**
 * The small study timer in every page's header, for the signed-in learner: the layout asks for it
 * as {@code @headerTimer.current()} (and the most a heartbeat counts as {@code @headerTimer.cap()})
 * only when it renders a whole page for somebody signed in, so fragments and anonymous visitors cost
 * nothing.
 */
@Component("headerTimer")
public class HeaderTimer {

    private final StudyTimer timer;
    private final StudyTimerProperties settings;

    HeaderTimer(StudyTimer timer, StudyTimerProperties settings) {
        this.timer = timer;
        this.settings = settings;
    }

    /** The signed-in learner's timer, or nothing for anybody else. */
    public @Nullable StudyTimerView current() {
        var user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
            return null;
        }
        try {
            return timer.timer(UUID.fromString(user.getName())).orElse(null);
        }
        catch (RuntimeException notALearnerOrStoreUnavailable) {
            // a page is not worth failing for its header's timer
            return null;
        }
    }

    /** The most one heartbeat counts, in seconds: the header's clock never runs further ahead of the server. */
    public long cap() {
        return settings.cap().toSeconds();
    }
}
