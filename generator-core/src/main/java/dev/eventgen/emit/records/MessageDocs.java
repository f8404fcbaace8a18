package dev.eventgen.emit.records;

import dev.eventgen.model.Message;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The one-line description of a message: its title and summary, else its description. */
final class MessageDocs {

  private MessageDocs() {}

  /** {@code Call Started: A new call has been received by CVP}, or null if it has no text. */
  static String summary(Message message) {
    String line =
        Stream.of(message.title(), message.summary())
            .filter(Objects::nonNull)
            .filter(text -> !text.isBlank())
            .collect(Collectors.joining(": "));
    if (!line.isEmpty()) {
      return line;
    }
    String description = message.description();
    return description == null || description.isBlank() ? null : description;
  }
}
