package dev.eventgen.diff;

import dev.eventgen.model.Api;
import dev.eventgen.model.EnumType;
import dev.eventgen.model.ListType;
import dev.eventgen.model.MapType;
import dev.eventgen.model.NamedType;
import dev.eventgen.model.ObjectType;
import dev.eventgen.model.PayloadType;
import dev.eventgen.model.Scalar;
import dev.eventgen.model.TypeRef;
import dev.eventgen.model.UnionType;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Compares two payload types structurally. Named types are compared once per pair, under their own
 * name, so a change to a type shared by many messages is reported once; that also ends recursion.
 */
final class TypeDiff {

  private final Api before;
  private final Api after;
  private final ChangeLog log;
  private final Set<String> compared = new HashSet<>();

  TypeDiff(Api before, Api after, ChangeLog log) {
    this.before = before;
    this.after = after;
    this.log = log;
  }

  void compare(Site site, PayloadType old, PayloadType now) {
    if (old instanceof TypeRef oldRef && now instanceof TypeRef newRef) {
      named(site, before.resolve(oldRef), after.resolve(newRef));
    } else if (old instanceof Scalar oldScalar && now instanceof Scalar newScalar) {
      scalar(site, oldScalar, newScalar);
    } else if (old instanceof ListType oldList && now instanceof ListType newList) {
      list(site, oldList, newList);
    } else if (old instanceof MapType oldMap && now instanceof MapType newMap) {
      compare(site.child("values", "additionalProperties"), oldMap.values(), newMap.values());
    } else if (!old.equals(now)) {
      typeChanged(site, old, now);
    }
  }

  private void named(Site site, NamedType old, NamedType now) {
    if (!compared.add(old.name() + "\u0000" + now.name())) {
      return;
    }
    if (!old.name().equals(now.name())) {
      log.breaking(site, "type renamed from '" + old.name() + "' to '" + now.name() + "'");
    }
    Site type = site.as("type '" + now.name() + "'");
    log.text(type, "description", old.doc(), now.doc());
    if (!old.deprecated() && now.deprecated()) {
      log.compatible(type, "deprecated");
    }
    if (old instanceof ObjectType oldObject && now instanceof ObjectType newObject) {
      new ObjectDiff(this, log).compare(type, oldObject, newObject);
    } else if (old instanceof EnumType oldEnum && now instanceof EnumType newEnum) {
      enumeration(type, oldEnum, newEnum);
    } else if (old instanceof UnionType oldUnion && now instanceof UnionType newUnion) {
      new UnionDiff(this, log).compare(type, oldUnion, newUnion);
    } else {
      typeChanged(site, old, now);
    }
  }

  private void scalar(Site site, Scalar old, Scalar now) {
    if (old.kind() != now.kind()) {
      typeChanged(site, old, now);
      return;
    }
    Scalar.Constraints was = old.constraints();
    Scalar.Constraints is = now.constraints();
    Bounds bounds = new Bounds(log, site);
    bounds.exact("const", was.constValue(), is.constValue());
    bounds.exact("pattern", was.pattern(), is.pattern());
    bounds.exact("format", was.format(), is.format());
    bounds.lower("minLength", was.minLength(), is.minLength());
    bounds.upper("maxLength", was.maxLength(), is.maxLength());
    bounds.lower("minimum", was.minimum(), is.minimum());
    bounds.upper("maximum", was.maximum(), is.maximum());
    bounds.flag("exclusiveMinimum", was.exclusiveMinimum(), is.exclusiveMinimum());
    bounds.flag("exclusiveMaximum", was.exclusiveMaximum(), is.exclusiveMaximum());
  }

  private void list(Site site, ListType old, ListType now) {
    Bounds bounds = new Bounds(log, site);
    bounds.lower("minItems", old.minItems(), now.minItems());
    bounds.upper("maxItems", old.maxItems(), now.maxItems());
    bounds.flag("uniqueItems", old.uniqueItems(), now.uniqueItems());
    compare(site.child("items", "items"), old.items(), now.items());
  }

  private void enumeration(Site type, EnumType old, EnumType now) {
    if (old.base() != now.base()) {
      String was = describe(Scalar.of(old.base()), before);
      log.breaking(
          type,
          "enum values changed from " + was + " to " + describe(Scalar.of(now.base()), after));
      return;
    }
    String values = type.after() + "/enum";
    for (int i = 0; i < old.values().size(); i++) {
      Object value = old.values().get(i);
      if (!now.values().contains(value)) {
        Site site = new Site(type.subject(), type.before() + "/enum/" + i, values);
        log.breaking(site, "enum value '" + value + "' removed");
      }
    }
    for (int i = 0; i < now.values().size(); i++) {
      Object value = now.values().get(i);
      if (!old.values().contains(value)) {
        Site site = new Site(type.subject(), type.before() + "/enum", values + "/" + i);
        log.compatible(site, "enum value '" + value + "' added");
      }
    }
  }

  private void typeChanged(Site site, PayloadType old, PayloadType now) {
    log.breaking(
        site, "type changed from " + describe(old, before) + " to " + describe(now, after));
  }

  /** A short human name of a type: {@code string}, {@code list of 'Leg'}, {@code enum 'Kind'}. */
  static String describe(PayloadType type, Api api) {
    if (type instanceof Scalar scalar) {
      return scalar.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    } else if (type instanceof ListType list) {
      return "list of " + describe(list.items(), api);
    } else if (type instanceof MapType map) {
      return "map of " + describe(map.values(), api);
    } else if (type instanceof TypeRef ref) {
      return describe(api.resolve(ref), api);
    } else if (type instanceof EnumType named) {
      return "enum '" + named.name() + "'";
    } else if (type instanceof UnionType named) {
      return "union '" + named.name() + "'";
    }
    return "object '" + ((NamedType) type).name() + "'";
  }
}
