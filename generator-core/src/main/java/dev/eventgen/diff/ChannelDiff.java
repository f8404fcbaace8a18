package dev.eventgen.diff;

import dev.eventgen.model.Channel;
import dev.eventgen.model.JmsDestination;
import java.util.Objects;

/** Compares channels: address, JMS destination, and which messages they carry. */
final class ChannelDiff {

  private final ChangeLog log;

  ChannelDiff(ChangeLog log) {
    this.log = log;
  }

  void removed(Channel channel) {
    log.breaking(site(channel), "removed");
  }

  void added(Channel channel) {
    log.compatible(site(channel), "added");
  }

  void compare(Channel old, Channel now) {
    Site site = site(now);
    if (!Objects.equals(old.address(), now.address())) {
      log.breaking(
          site.child("address", "address"),
          "changed from '" + old.address() + "' to '" + now.address() + "'");
    }
    jms(site.child("JMS destination", "bindings/jms"), old.jms(), now.jms());
    for (String message : old.messageNames()) {
      if (!now.messageNames().contains(message)) {
        log.breaking(site, "no longer carries message '" + message + "'");
      }
    }
    for (String message : now.messageNames()) {
      if (!old.messageNames().contains(message)) {
        log.compatible(site, "now carries message '" + message + "'");
      }
    }
    log.text(site, "title", old.title(), now.title());
    log.text(site, "description", old.description(), now.description());
  }

  private void jms(Site site, JmsDestination old, JmsDestination now) {
    if (old == null || now == null) {
      if (old != null) {
        log.breaking(site, "binding removed");
      } else if (now != null) {
        log.compatible(site, "binding added");
      }
      return;
    }
    if (!Objects.equals(old.destination(), now.destination())) {
      log.breaking(
          site.at("destination"),
          "renamed from '" + old.destination() + "' to '" + now.destination() + "'");
    }
    if (old.kind() != now.kind()) {
      log.breaking(site, "kind changed from " + old.kind() + " to " + now.kind());
    }
  }

  private static Site site(Channel channel) {
    return Site.of(
        "channel '" + channel.name() + "'", "/channels/" + Locator.segment(channel.name()));
  }
}
