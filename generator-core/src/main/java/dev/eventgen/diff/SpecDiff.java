package dev.eventgen.diff;

import dev.eventgen.Generator;
import dev.eventgen.LoadedSpec;
import dev.eventgen.RefMap;
import dev.eventgen.Reporter;
import dev.eventgen.model.Api;
import dev.eventgen.model.Channel;
import dev.eventgen.model.Message;
import dev.eventgen.model.Server;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares two versions of a spec and classifies each change as breaking or compatible for
 * consumers. Channels and messages are matched by name, fields by wire name, types structurally.
 */
public final class SpecDiff {

  private SpecDiff() {}

  /** One version of a spec: its model, and where its elements were written. */
  public record Version(Api api, Locator locator) {

    /** A version loaded from its files, located by the positions the loader kept. */
    public static Version of(LoadedSpec spec) {
      return new Version(spec.api(), spec.positions()::locate);
    }
  }

  /**
   * Loads both spec files (every check of generate; warnings go to the reporter) and compares them.
   *
   * @throws dev.eventgen.diagnostic.SpecException if either spec has errors
   */
  public static List<Change> compare(Path before, Path after, Reporter reporter) {
    return compare(before, after, RefMap.NONE, reporter);
  }

  /**
   * As {@link #compare(Path, Path, Reporter)}, reading remote refs of both as mapped.
   *
   * @throws dev.eventgen.diagnostic.SpecException if either spec has errors
   */
  public static List<Change> compare(Path before, Path after, RefMap refMap, Reporter reporter) {
    LoadedSpec old = Generator.load(before, refMap, reporter);
    LoadedSpec now = Generator.load(after, refMap, reporter);
    return compare(Version.of(old), Version.of(now));
  }

  /** Every change from {@code before} to {@code after}, breaking and compatible, in spec order. */
  public static List<Change> compare(Version before, Version after) {
    ChangeLog log = new ChangeLog(before.locator(), after.locator());
    Api old = before.api();
    Api now = after.api();
    info(log, old, now);
    protocols(log, old, now);
    TypeDiff types = new TypeDiff(old, now, log);
    ChannelDiff channels = new ChannelDiff(log);
    match(
        old.channels(),
        now.channels(),
        Channel::name,
        channels::removed,
        channels::added,
        channels::compare);
    MessageDiff messages = new MessageDiff(log, types);
    match(
        old.messages(),
        now.messages(),
        Message::name,
        messages::removed,
        messages::added,
        messages::compare);
    return log.changes();
  }

  /** Calls back for each element only in {@code old}, only in {@code now}, and in both. */
  static <T> void match(
      List<T> old,
      List<T> now,
      Function<T, String> key,
      Consumer<T> removed,
      Consumer<T> added,
      BiConsumer<T, T> both) {
    Map<String, T> current = now.stream().collect(Collectors.toMap(key, e -> e, (a, b) -> a));
    Set<String> previous = old.stream().map(key).collect(Collectors.toSet());
    for (T element : old) {
      T match = current.get(key.apply(element));
      if (match == null) {
        removed.accept(element);
      } else {
        both.accept(element, match);
      }
    }
    now.stream().filter(e -> !previous.contains(key.apply(e))).forEach(added);
  }

  private static void info(ChangeLog log, Api old, Api now) {
    if (!old.version().equals(now.version())) {
      log.compatible(
          Site.of("info", "/info/version"),
          "version changed from " + old.version() + " to " + now.version());
    }
    log.text(Site.of("info", "/info/title"), "title", old.title(), now.title());
    log.text(
        Site.of("info", "/info/description"), "description", old.description(), now.description());
  }

  /** A protocol no server speaks any more takes its generated transport code away. */
  private static void protocols(ChangeLog log, Api old, Api now) {
    Set<String> was = protocols(old);
    Set<String> is = protocols(now);
    Site servers = Site.of("servers", "/servers");
    was.stream()
        .filter(p -> !is.contains(p))
        .forEach(p -> log.breaking(servers, "no server speaks " + p + " any more"));
    is.stream()
        .filter(p -> !was.contains(p))
        .forEach(p -> log.compatible(servers, "a server now speaks " + p));
  }

  private static Set<String> protocols(Api api) {
    return api.servers().stream()
        .map(Server::protocol)
        .map(p -> p.toLowerCase(Locale.ROOT))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
