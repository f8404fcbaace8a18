package dev.eventgen.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.model.Api;
import dev.eventgen.model.EnumType;
import dev.eventgen.model.ListType;
import dev.eventgen.model.MapType;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.PayloadType;
import dev.eventgen.model.Property;
import dev.eventgen.model.Scalar;
import dev.eventgen.model.TypeRef;
import dev.eventgen.runtime.syslog.SyslogSdParam;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A JSON payload as the SD params the generated syslog decoder reads: one param per scalar, its
 * path joined with dots ({@code source.hostname}); a list of scalars as the param repeated, a list
 * of objects as {@code name.0.field}, a map of scalars as {@code name.key}. Unions, untyped values
 * and maps of objects have no SD form and are left out, as the generated formatter leaves them. A
 * value that does not have the schema's shape (a malformed sample) is written as its text.
 */
final class SdParams {

  private final Api api;

  SdParams(Api api) {
    this.api = api;
  }

  List<SyslogSdParam> of(ObjectType type, JsonNode payload) {
    List<SyslogSdParam> params = new ArrayList<>();
    object(type, payload, "", params);
    return params;
  }

  private void object(ObjectType type, JsonNode node, String prefix, List<SyslogSdParam> out) {
    for (Property property : type.properties()) {
      JsonNode value = node.get(property.wireName());
      if (value != null && !value.isNull()) {
        field(property.type(), value, prefix + property.wireName(), out);
      }
    }
  }

  private void field(PayloadType type, JsonNode value, String name, List<SyslogSdParam> out) {
    PayloadType resolved = type instanceof TypeRef ref ? api.resolve(ref) : type;
    if (value.isValueNode()) {
      if (isText(resolved) || !(resolved instanceof Scalar)) {
        out.add(new SyslogSdParam(name, value.asText()));
      }
    } else if (resolved instanceof ObjectType object && value.isObject()) {
      object(object, value, name + ".", out);
    } else if (resolved instanceof ListType list && value.isArray()) {
      PayloadType items = list.items() instanceof TypeRef ref ? api.resolve(ref) : list.items();
      for (int i = 0; i < value.size(); i++) {
        if (isText(items)) {
          field(items, value.get(i), name, out);
        } else if (items instanceof ObjectType object) {
          object(object, value.get(i), name + "." + i + ".", out);
        }
      }
    } else if (resolved instanceof MapType map && value.isObject()) {
      PayloadType values = map.values() instanceof TypeRef ref ? api.resolve(ref) : map.values();
      Iterator<Map.Entry<String, JsonNode>> entries = value.fields();
      while (entries.hasNext() && isText(values)) {
        Map.Entry<String, JsonNode> entry = entries.next();
        field(values, entry.getValue(), name + "." + entry.getKey(), out);
      }
    } else if (isText(resolved)) {
      out.add(new SyslogSdParam(name, value.toString())); // an object where text belongs
    }
  }

  private static boolean isText(PayloadType type) {
    return type instanceof Scalar scalar
        ? scalar.kind() != Scalar.Kind.ANY
        : type instanceof EnumType;
  }
}
