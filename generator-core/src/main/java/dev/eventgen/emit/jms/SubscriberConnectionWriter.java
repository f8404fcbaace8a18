package dev.eventgen.emit.jms;

import static dev.eventgen.emit.jms.JmsTypes.CONNECTION;
import static dev.eventgen.emit.jms.JmsTypes.DESTINATION;
import static dev.eventgen.emit.jms.JmsTypes.JMS_EXCEPTION;
import static dev.eventgen.emit.jms.JmsTypes.MESSAGE_CONSUMER;
import static dev.eventgen.emit.jms.JmsTypes.SESSION;
import static dev.eventgen.emit.jms.JmsTypes.TOPIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import javax.lang.model.element.Modifier;

/**
 * Writes the subscriber's connection handling: connect and subscribe (the session acknowledges
 * after the listener), and reconnect with exponential backoff when the connection is lost.
 */
final class SubscriberConnectionWriter {

  private final JmsNames jms;
  private final ClassName state;

  SubscriberConnectionWriter(JmsNames jms) {
    this.jms = jms;
    this.state = jms.subscriber().nestedClass("State");
  }

  List<MethodSpec> methods() {
    return List.of(
        connect(),
        subscribe(),
        connectionLost(),
        reconnect(),
        reconnectAfter(),
        closeQuietly());
  }

  private MethodSpec connect() {
    return MethodSpec.methodBuilder("connect")
        .addJavadoc("Opens a connection, subscribes every channel, then starts delivery.\n")
        .addModifiers(Modifier.PRIVATE)
        .addException(JMS_EXCEPTION)
        .addStatement("$T fresh = factory.createConnection()", CONNECTION)
        .beginControlFlow("try")
        .beginControlFlow("if (clientId != null)")
        .addStatement("fresh.setClientID(clientId)")
        .endControlFlow()
        .addStatement("fresh.setExceptionListener(failure -> connectionLost(fresh, failure))")
        .beginControlFlow("for ($T channel : channels)", jms.channelEnum())
        .addStatement("subscribe(fresh, channel)")
        .endControlFlow()
        .beginControlFlow("synchronized (lock)")
        .beginControlFlow("if (closed)")
        .addStatement("fresh.close()")
        .addStatement("return")
        .endControlFlow()
        .addStatement("connection = fresh")
        .endControlFlow()
        .addStatement("fresh.start()")
        .nextControlFlow("catch ($T | $T e)", JMS_EXCEPTION, RuntimeException.class)
        .addStatement("closeQuietly(fresh)")
        .addStatement("throw e")
        .endControlFlow()
        .addStatement("changeState($T.CONNECTED)", state)
        .build();
  }

  private MethodSpec subscribe() {
    return MethodSpec.methodBuilder("subscribe")
        .addJavadoc(
            "One session per channel in the chosen acknowledgement mode; the dispatcher"
                + "\nnever throws, so the session acknowledges a message only after the listener"
                + "\nreturned.\n")
        .addModifiers(Modifier.PRIVATE)
        .addParameter(CONNECTION, "connection")
        .addParameter(jms.channelEnum(), "channel")
        .addException(JMS_EXCEPTION)
        .addStatement(
            "$T session = connection.createSession(acknowledgement.sessionMode())", SESSION)
        .addStatement("$T destination = channel.createDestination(session)", DESTINATION)
        .addStatement("$T consumer", MESSAGE_CONSUMER)
        .beginControlFlow("if (subscriptionName != null && destination instanceof $T topic)", TOPIC)
        .addStatement("$T name = subscriptionName + '.' + channel.destination()", String.class)
        .addStatement("consumer = session.createSharedDurableConsumer(topic, name)")
        .nextControlFlow("else")
        .addStatement("consumer = session.createConsumer(destination)")
        .endControlFlow()
        .addStatement("consumer.setMessageListener(dispatcher)")
        .build();
  }

  private MethodSpec connectionLost() {
    return MethodSpec.methodBuilder("connectionLost")
        .addJavadoc("Called by the provider when the connection broke.\n")
        .addModifiers(Modifier.PRIVATE)
        .addParameter(CONNECTION, "lost")
        .addParameter(JMS_EXCEPTION, "failure")
        .beginControlFlow("synchronized (lock)")
        .beginControlFlow("if (closed || connection != lost)")
        .addStatement("return")
        .endControlFlow()
        .addStatement("connection = null")
        .endControlFlow()
        .addStatement(
            "LOG.log($T.Level.WARNING, $S + failure)",
            System.Logger.class,
            "JMS connection lost, reconnecting: ")
        .addStatement("changeState($T.DISCONNECTED)", state)
        .beginControlFlow("try")
        .addStatement("reconnector.execute(() -> closeQuietly(lost))")
        .nextControlFlow("catch ($T e)", RejectedExecutionException.class)
        .addStatement("return")
        .endControlFlow()
        .addStatement("reconnectAfter(minBackoff)")
        .build();
  }

  private MethodSpec reconnect() {
    return MethodSpec.methodBuilder("reconnect")
        .addModifiers(Modifier.PRIVATE)
        .addParameter(Duration.class, "delay")
        .beginControlFlow("synchronized (lock)")
        .beginControlFlow("if (closed)")
        .addStatement("return")
        .endControlFlow()
        .endControlFlow()
        .addStatement("changeState($T.RECONNECTING)", state)
        .beginControlFlow("try")
        .addStatement("connect()")
        .nextControlFlow("catch ($T | $T e)", JMS_EXCEPTION, RuntimeException.class)
        .addStatement("$T next = delay.multipliedBy(2)", Duration.class)
        .addStatement("next = next.compareTo(maxBackoff) > 0 ? maxBackoff : next")
        .addStatement(
            "LOG.log($T.Level.DEBUG, $S + next + $S + e)",
            System.Logger.class,
            "reconnect failed, next attempt in ",
            ": ")
        .addStatement("reconnectAfter(next)")
        .endControlFlow()
        .build();
  }

  private MethodSpec reconnectAfter() {
    return MethodSpec.methodBuilder("reconnectAfter")
        .addModifiers(Modifier.PRIVATE)
        .addParameter(Duration.class, "delay")
        .beginControlFlow("try")
        .addStatement(
            "reconnector.schedule(() -> reconnect(delay), delay.toMillis(), $T.MILLISECONDS)",
            TimeUnit.class)
        .nextControlFlow("catch ($T e)", RejectedExecutionException.class)
        .addComment("closed meanwhile: nothing to reconnect")
        .endControlFlow()
        .build();
  }

  private static MethodSpec closeQuietly() {
    return MethodSpec.methodBuilder("closeQuietly")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(CONNECTION, "connection")
        .beginControlFlow("if (connection == null)")
        .addStatement("return")
        .endControlFlow()
        .beginControlFlow("try")
        .addStatement("connection.close()")
        .nextControlFlow("catch ($T | $T e)", JMS_EXCEPTION, RuntimeException.class)
        .addStatement(
            "LOG.log($T.Level.DEBUG, $S + e)",
            System.Logger.class,
            "closing a JMS connection failed: ")
        .endControlFlow()
        .build();
  }
}
