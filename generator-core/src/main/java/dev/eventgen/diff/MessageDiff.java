package dev.eventgen.diff;

import dev.eventgen.model.Message;
import dev.eventgen.model.PayloadType;
import dev.eventgen.model.SyslogMessage;
import java.util.Objects;

/** Compares messages: identity on the wire, payload and headers. */
final class MessageDiff {

  private final ChangeLog log;
  private final TypeDiff types;

  MessageDiff(ChangeLog log, TypeDiff types) {
    this.log = log;
    this.types = types;
  }

  void removed(Message message) {
    log.breaking(site(message), "removed");
  }

  void added(Message message) {
    log.compatible(site(message), "added");
  }

  void compare(Message old, Message now) {
    Site site = site(now);
    wireIdentity(site, old, now);
    if (!old.deprecated() && now.deprecated()) {
      log.compatible(site, "deprecated");
    }
    log.text(site, "title", old.title(), now.title());
    log.text(site, "summary", old.summary(), now.summary());
    log.text(site, "description", old.description(), now.description());
    types.compare(site.child("payload", "payload"), old.payload(), now.payload());
    optional(site.child("headers", "headers"), old.headers(), now.headers());
    optional(site.child("JMS headers", "bindings/jms/headers"), old.jmsHeaders(), now.jmsHeaders());
  }

  /** What tells this message apart from others on a channel or in a syslog stream. */
  private void wireIdentity(Site site, Message old, Message now) {
    changed(site, "content type", old.contentType(), now.contentType());
    changed(site, "discriminator", old.discriminatorProperty(), now.discriminatorProperty());
    changed(site, "discriminator value", old.discriminatorValue(), now.discriminatorValue());
    SyslogMessage was = old.syslog();
    SyslogMessage is = now.syslog();
    Site syslog = site.child("syslog", "x-syslog");
    if (was != null && is == null) {
      log.breaking(syslog, "mapping removed");
    } else if (was == null && is != null) {
      log.compatible(syslog, "mapping added");
    } else if (was != null) {
      changed(syslog, "MSGID", was.msgId(), is.msgId());
      changed(syslog, "mnemonic", was.mnemonic(), is.mnemonic());
    }
  }

  private void changed(Site site, String what, String old, String now) {
    if (!Objects.equals(old, now)) {
      log.breaking(site, what + " changed from " + quote(old) + " to " + quote(now));
    }
  }

  private void optional(Site site, PayloadType old, PayloadType now) {
    if (old != null && now == null) {
      log.breaking(site, "removed");
    } else if (old == null && now != null) {
      log.compatible(site, "added");
    } else if (old != null) {
      types.compare(site, old, now);
    }
  }

  private static Site site(Message message) {
    return Site.of(
        "message '" + message.name() + "'",
        "/components/messages/" + Locator.segment(message.name()));
  }

  private static String quote(String value) {
    return value == null ? "none" : "'" + value + "'";
  }
}
