package dev.eventgen.model;

/**
 * A message, with its traits already merged in (the message's own fields win).
 *
 * @param name unique name (the component key, or {@code name}, or derived from the channel)
 * @param payload the payload type; usually a {@link TypeRef} to an {@link ObjectType}
 * @param headers the application headers type, or null
 * @param jmsHeaders the JMS binding's protocol headers type, or null
 * @param correlationIdLocation runtime expression such as {@code $message.payload#/callGuid}, or
 *     null
 * @param discriminator the payload property whose const value identifies the message on a channel
 *     carrying several messages, and that value; both null if none
 * @param syslog the message-level {@code x-syslog} extension, or null
 * @param examples example payloads, as JSON text, in document order
 */
public record Message(
    String name,
    String title,
    String summary,
    String description,
    String contentType,
    PayloadType payload,
    PayloadType headers,
    PayloadType jmsHeaders,
    String correlationIdLocation,
    String discriminatorProperty,
    String discriminatorValue,
    boolean deprecated,
    SyslogMessage syslog,
    java.util.List<String> examples) {

  public Message {
    examples = java.util.List.copyOf(examples);
  }
}
