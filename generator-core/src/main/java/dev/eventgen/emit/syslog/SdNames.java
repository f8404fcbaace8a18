package dev.eventgen.emit.syslog;

import dev.eventgen.model.ObjectType;
import dev.eventgen.model.Property;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The SD names a line of the API carries, known when the code is generated: the SD-IDs and
 * PARAM-NAMEs RFC 5424 registers (section 7), the API's SD-ID and every flattened field name
 * with a fixed path. Names under lists of objects and maps ({@code targets.0.deviceId}) depend
 * on the data and are left out.
 */
final class SdNames {

  /** RFC 5424 section 7: the registered SD-IDs, each followed by its PARAM-NAMEs. */
  private static final List<String> REGISTERED =
      List.of(
          "timeQuality", "tzKnown", "isSynced", "syncAccuracy",
          "origin", "ip", "enterpriseId", "software", "swVersion",
          "meta", "sequenceId", "sysUpTime", "language");

  private SdNames() {}

  /** The registered names alone, for a parser without an API mapping. */
  static List<String> registered() {
    return REGISTERED;
  }

  /** The registered names, then the API's SD-ID and fixed field paths, each once. */
  static List<String> of(SyslogMapping mapping, FieldKinds kinds) {
    Set<String> names = new LinkedHashSet<>(REGISTERED);
    names.add(mapping.structuredDataId());
    for (var message : mapping.messages()) {
      collect(mapping.payload(message), "", kinds, new LinkedHashSet<>(), names);
    }
    return List.copyOf(names);
  }

  private static void collect(
      ObjectType type, String prefix, FieldKinds kinds, Set<ObjectType> path, Set<String> names) {
    if (!path.add(type)) {
      return; // a recursive type: its deeper paths are data-dependent in practice
    }
    for (Property property : type.properties()) {
      String name = prefix + property.wireName();
      var items = kinds.items(property.type());
      if (kinds.isText(property.type()) || (items != null && kinds.isText(items))) {
        names.add(name);
      } else if (kinds.object(property.type()) != null) {
        collect(kinds.object(property.type()), name + ".", kinds, path, names);
      }
    }
    path.remove(type);
  }
}
