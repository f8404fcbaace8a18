/**
 * The JMS subscription engine generated code runs on ({@code jakarta.jms} 3.1): {@link
 * dev.eventgen.runtime.jms.JmsSubscriber} (sessions, shared durable subscriptions, acknowledgement
 * modes, reconnect with backoff, states), {@link dev.eventgen.runtime.jms.JmsDispatcher} (reading
 * Text and Bytes messages, routing by destination, {@code JMSType} and payload), {@link
 * dev.eventgen.runtime.jms.JmsPublisher}, and the {@link dev.eventgen.runtime.jms.JmsChannel} and
 * {@link dev.eventgen.runtime.jms.JmsRoute} that generated routing tables are made of. Needs {@code
 * jakarta.jms-api} on the class path.
 */
package dev.eventgen.runtime.jms;
