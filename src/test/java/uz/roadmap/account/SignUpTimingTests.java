package uz.roadmap.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uz.roadmap.FullStackTest;

/**
 * Signing up with an address that has an account takes as long as with a new one, so that the
 * answer's timing does not tell which addresses are registered: the two distributions of times
 * cannot be told apart by a two-sample Kolmogorov–Smirnov test.
 */
@FullStackTest
class SignUpTimingTests {

    private static final int SAMPLES = 30;

    @Autowired
    AccountManagement accounts;

    @Test
    void aRegisteredAndANewEmailTakeTheSameTime() {
        var registered = "taken-" + UUID.randomUUID() + "@example.com";
        assertThat(accounts.signUp(registered, AccountFixtures.PASSWORD, "Aziza", "uz")).isEmpty();
        for (int warmUp = 0; warmUp < 5; warmUp++) {
            time(registered);
            time("new-" + UUID.randomUUID() + "@example.com");
        }

        var taken = new ArrayList<Double>();
        var fresh = new ArrayList<Double>();
        for (int sample = 0; sample < SAMPLES; sample++) {
            // interleaved, so that the machine's load falls on both alike
            taken.add(time(registered));
            fresh.add(time("new-" + UUID.randomUUID() + "@example.com"));
        }

        var distance = kolmogorovSmirnov(taken, fresh);
        // the critical value at a significance level of 1 %: c(0.01) × √((n + m) / (n·m))
        var critical = 1.628 * Math.sqrt(2.0 / SAMPLES);
        assertThat(distance).as("KS distance between %s and %s", summary(taken), summary(fresh)).isLessThan(critical);
        assertThat(median(taken)).as("a registered email is hashed too").isGreaterThan(median(fresh) / 2);
    }

    /**
     * The time a sign-up takes, in whole milliseconds: what an observer across a network can
     * resolve at best (below that, the scheduler's own jitter decides).
     */
    private double time(String email) {
        var start = System.nanoTime();
        accounts.signUp(email, AccountFixtures.PASSWORD, "Aziza", "uz");
        return Math.floor((System.nanoTime() - start) / 1e6);
    }

    /** The largest gap between the two empirical distribution functions. */
    static double kolmogorovSmirnov(List<Double> first, List<Double> second) {
        var a = first.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        var b = second.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int i = 0;
        int j = 0;
        var distance = 0.0;
        while (i < a.length && j < b.length) {
            var value = Math.min(a[i], b[j]);
            while (i < a.length && a[i] <= value) {
                i++;
            }
            while (j < b.length && b[j] <= value) {
                j++;
            }
            distance = Math.max(distance, Math.abs((double) i / a.length - (double) j / b.length));
        }
        return distance;
    }

    private static double median(List<Double> times) {
        var sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static String summary(List<Double> times) {
        var sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return "median %.1f ms (%.1f–%.1f)".formatted(sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1]);
    }
}
