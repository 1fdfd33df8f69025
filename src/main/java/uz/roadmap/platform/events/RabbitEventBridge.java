package uz.roadmap.platform.events;

import java.util.concurrent.CompletableFuture;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.converter.JacksonJsonMessageConverter;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.expression.BeanFactoryResolver;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.support.BrokerRouting;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;

/**
 * Full mode: domain events marked {@code @Externalized} leave the application through RabbitMQ.
 * <p>
 * The event publication registry is the transactional outbox. An event is written to it in the
 * same transaction as the change that caused it; only after commit is it sent, and its publication
 * is marked complete only when the broker confirms it ({@code publisher-confirm-type: correlated}).
 * A crash or a broker outage leaves the publication incomplete, and it is sent again on restart
 * or by {@link IncompletePublicationsRetry}. Delivery is therefore at least once; every message
 * carries the event's type and consumers deduplicate on the event's own identity.
 */
@Configuration(proxyBeanMethods = false)
@Profile("full")
class RabbitEventBridge {

    /** The topic exchange all domain events go to; routing keys name the event, e.g. {@code review.card-reviewed}. */
    static final String EXCHANGE = "roadmap.events";

    @Bean
    TopicExchange domainEventsExchange() {
        return new TopicExchange(EXCHANGE, true, false);
    }

    @Bean
    MessageConverter jsonMessageConverter() {
        return new JacksonJsonMessageConverter();
    }

    @Bean
    DelegatingEventExternalizer rabbitEventExternalizer(EventExternalizationConfiguration configuration,
            RabbitTemplate rabbit, BeanFactory beans, BrokerRefusals refusals) {
        var context = new StandardEvaluationContext();
        context.setBeanResolver(new BeanFactoryResolver(beans));
        return new DelegatingEventExternalizer(configuration, (target, event) -> {
            var routing = BrokerRouting.of(target, context);
            var confirmation = new CorrelationData();
            try {
                rabbit.convertAndSend(routing.getTarget(event), routing.getKey(event), event, message -> {
                    message.getMessageProperties().setType(event.getClass().getName());
                    return message;
                }, confirmation);
            }
            catch (AmqpException refused) {
                // no connection or channel: reported by BrokerRefusals, once a minute, not per event
                refusals.refused(refused);
                return CompletableFuture.failedFuture(new EventNotSent(refused));
            }
            return confirmation.getFuture().thenAccept(confirm -> {
                if (!confirm.ack()) {
                    var nack = new EventNotSent("RabbitMQ refused the event: " + confirm.reason());
                    refusals.refused(nack);
                    throw nack;
                }
                refusals.accepted();
            });
        });
    }

    /**
     * An event RabbitMQ did not take. Without a stack trace: {@link BrokerRefusals} reports the
     * reason, and the event waits in the outbox to be sent again.
     */
    static final class EventNotSent extends RuntimeException {

        EventNotSent(String reason) {
            super(reason, null, false, false);
        }

        EventNotSent(Throwable reason) {
            super("RabbitMQ did not take the event: " + reason.getMessage(), null, false, false);
        }
    }
}
