package uz.roadmap.lab;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.amqp.rabbit.listener.api.ChannelAwareMessageListener;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.json.JsonMapper;
import uz.roadmap.lab.judge.LabsProperties;

/**
 * Full mode's work queue ({@code roadmap.labs.queue=rabbit}). A submission and its
 * {@link SubmissionReceived} are stored in one transaction; the event publication registry sends the
 * event to the {@code roadmap.events} exchange after commit, and it lands in the durable queue
 * {@value #QUEUE}. Each replica consumes it with {@code roadmap.labs.workers} consumers, one message
 * each at a time, and acknowledges a message only after the verdict is stored: a replica that dies
 * mid-judgement leaves the message unacknowledged, and RabbitMQ delivers it again. When the judge
 * fails, the message is rejected to {@value #RETRY}, which holds it for {@value #RETRY_DELAY_MS} ms and
 * hands it back; when it fails again, the message goes to the dead-letter queue {@value #DEAD} and
 * the submission is closed as a judge error. Judging is idempotent by submission id.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "roadmap.labs.queue", havingValue = "rabbit")
class RabbitJudgingQueue {

    static final String QUEUE = "lab.judge";
    static final String RETRY = "lab.judge.retry";
    static final String DEAD = "lab.judge.dead";
    static final String ROUTING_KEY = "lab.submission-received";
    static final int RETRY_DELAY_MS = 5_000;

    private static final Logger log = LoggerFactory.getLogger(RabbitJudgingQueue.class);

    @Bean
    Queue labJudgeQueue() {
        return QueueBuilder.durable(QUEUE).deadLetterExchange("").deadLetterRoutingKey(RETRY).build();
    }

    @Bean
    Queue labJudgeRetryQueue() {
        return QueueBuilder.durable(RETRY).ttl(RETRY_DELAY_MS).deadLetterExchange("").deadLetterRoutingKey(QUEUE).build();
    }

    @Bean
    Queue labJudgeDeadLetterQueue() {
        return QueueBuilder.durable(DEAD).build();
    }

    @Bean
    Binding labJudgeBinding(Queue labJudgeQueue) {
        return BindingBuilder.bind(labJudgeQueue).to(new TopicExchange("roadmap.events", true, false)).with(ROUTING_KEY);
    }

    @Bean
    SimpleMessageListenerContainer labJudgeConsumers(ConnectionFactory connections, Judging judging, RabbitTemplate rabbit,
            LabsProperties properties, JsonMapper json) {
        var container = new SimpleMessageListenerContainer(connections);
        container.setQueueNames(QUEUE);
        container.setAcknowledgeMode(AcknowledgeMode.MANUAL);
        container.setConcurrentConsumers(properties.workers());
        container.setMaxConcurrentConsumers(properties.workers());
        container.setPrefetchCount(1);
        container.setDefaultRequeueRejected(false);
        container.setMessageListener((ChannelAwareMessageListener) (message, channel) -> {
            var tag = message.getMessageProperties().getDeliveryTag();
            UUID submission;
            try {
                submission = UUID.fromString(json.readTree(message.getBody()).path("submission").asString());
            }
            catch (RuntimeException unreadable) {
                log.warn("A message on {} is not a submission; it goes to {}", QUEUE, DEAD);
                rabbit.send("", DEAD, message);
                channel.basicAck(tag, false);
                return;
            }
            try {
                judging.judge(submission);
                channel.basicAck(tag, false);
            }
            catch (Exception failure) {
                if (retried(message)) {
                    judging.failed(submission, failure, true);
                    rabbit.send("", DEAD, message);
                    channel.basicAck(tag, false);
                }
                else {
                    judging.failed(submission, failure, false);
                    channel.basicReject(tag, false); // dead-lettered to the retry queue, back after the delay
                }
            }
        });
        return container;
    }

    /** Whether the message already went once through the retry queue. */
    @SuppressWarnings("unchecked")
    private static boolean retried(Message message) {
        var deaths = message.getMessageProperties().getHeaders().get("x-death");
        if (!(deaths instanceof List<?> list)) {
            return false;
        }
        return list.stream().filter(Map.class::isInstance).map(death -> (Map<String, Object>) death)
                .anyMatch(death -> QUEUE.equals(String.valueOf(death.get("queue"))));
    }
}
