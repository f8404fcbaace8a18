package dev.eventgen.emit.records;

import dev.eventgen.model.Message;

/** The one-line description of a message: its title, else its summary, else its description. */
final class MessageDocs {

  private MessageDocs() {}

  static String summary(Message message) {
    for (String text : new String[] {message.title(), message.summary(), message.description()}) {
      if (text != null && !text.isBlank()) {
        return text;
      }
    }
    return null;
  }
}
