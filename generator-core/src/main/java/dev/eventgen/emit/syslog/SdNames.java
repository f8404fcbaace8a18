package dev.eventgen.emit.syslog;

import dev.eventgen.model.ObjectType;
import dev.eventgen.model.Property;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The SD names a line of the API carries, known when the code is generated: the API's SD-ID and
 * every flattened field name with a fixed path. Names under lists of objects and maps ({@code
 * targets.0.deviceId}) depend on the data and are left out.
 */
final class SdNames {

  private SdNames() {}

  /**
   * The API's SD-ID and fixed field paths, each once; the runtime's table adds the names RFC 5424
   * registers.
   */
  static List<String> of(SyslogMapping mapping, FieldKinds kinds) {
    Set<String> names = new LinkedHashSet<>();
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
