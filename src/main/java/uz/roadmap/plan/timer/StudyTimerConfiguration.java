package uz.roadmap.plan.timer;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Local mode writes the study timer straight to PostgreSQL; full mode keeps it in Redis and writes
 * behind, with a flusher on every replica.
 */
@Configuration(proxyBeanMethods = false)
class StudyTimerConfiguration {

    static final RedisKeys KEYS = new RedisKeys("roadmap:study-timer");

    @Bean
    StudyLog studyLog(JdbcClient database, JdbcTemplate batches, TransactionOperations transactions) {
        return new StudyLog(database, batches, transactions);
    }

    @Bean
    @Profile("!full")
    DatabaseTimerStore databaseTimerStore(JdbcClient database, StudyLog log, TransactionOperations transactions) {
        return new DatabaseTimerStore(database, log, transactions);
    }

    @Bean
    @Profile("full")
    RedisTimerStore redisTimerStore(StringRedisTemplate redis, StudyLog log) {
        return new RedisTimerStore(redis, log, KEYS);
    }

    @Bean
    @Profile("full")
    HeartbeatFlusher heartbeatFlusher(StringRedisTemplate redis, StudyLog log, StudyTimerProperties settings,
            MeterRegistry meters) {
        return new HeartbeatFlusher(redis, log, KEYS, consumerName(), settings.batchSize(), settings.claimAfter(), meters);
    }

    /** This replica's name in the flushers' group: its host (a container's id) and process. */
    private static String consumerName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        }
        catch (UnknownHostException unnamed) {
            host = "unknown-host";
        }
        return host + ":" + ProcessHandle.current().pid();
    }
}
