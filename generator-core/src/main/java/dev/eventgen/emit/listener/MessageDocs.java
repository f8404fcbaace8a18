package dev.eventgen.emit.listener;

import dev.eventgen.emit.Javadocs;
import dev.eventgen.model.Message;
import java.util.ArrayList;
import java.util.List;

/** Javadoc text about a message, built from its title, summary and description. */
public final class MessageDocs {

  private MessageDocs() {}

  /**
   * {@code Call Started: a new call has been received by CVP.} followed by the description as a
   * paragraph of its own; the message name when the spec says nothing else.
   */
  public static String describe(Message message) {
    List<String> parts = new ArrayList<>();
    String headline = headline(message);
    parts.add(Javadocs.escape(headline.endsWith(".") ? headline : headline + "."));
    if (present(message.description())) {
      parts.add("<p>" + Javadocs.escape(message.description()));
    }
    if (message.deprecated()) {
      parts.add("<p>Deprecated by the spec.");
    }
    return String.join("\n\n", parts);
  }

  private static String headline(Message message) {
    String title = present(message.title()) ? message.title().strip() : message.name();
    return present(message.summary()) ? title + ": " + message.summary().strip() : title;
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
