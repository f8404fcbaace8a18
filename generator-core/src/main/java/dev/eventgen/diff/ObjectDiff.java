package dev.eventgen.diff;

import dev.eventgen.model.ObjectType;
import dev.eventgen.model.Property;
import java.util.Optional;

/** Compares the fields of two object types, matched by wire name. */
final class ObjectDiff {

  private final TypeDiff types;
  private final ChangeLog log;

  ObjectDiff(TypeDiff types, ChangeLog log) {
    this.types = types;
    this.log = log;
  }

  void compare(Site type, ObjectType old, ObjectType now) {
    for (Property property : old.properties()) {
      Optional<Property> match = now.property(property.wireName());
      if (match.isEmpty()) {
        Site site =
            new Site(type.subject(), type.property(property.wireName()).before(), type.after());
        log.breaking(site, "field '" + property.wireName() + "' removed");
      } else {
        field(type.property(property.wireName()), property, match.get());
      }
    }
    for (Property property : now.properties()) {
      if (old.property(property.wireName()).isEmpty()) {
        added(type, property);
      }
    }
    extraProperties(type, old, now);
  }

  private void added(Site type, Property property) {
    String detail = "field '" + property.wireName() + "' added";
    Site site = new Site(type.subject(), type.before(), type.property(property.wireName()).after());
    if (property.required()) {
      log.breaking(site, detail + " as required (messages without it are refused)");
    } else {
      log.compatible(site, detail + " (optional)");
    }
  }

  private void field(Site site, Property old, Property now) {
    if (!old.required() && now.required()) {
      log.breaking(site, "made required (messages without it are refused)");
    } else if (old.required() && !now.required()) {
      log.breaking(site, "made optional (consumers may now get no value)");
    }
    log.text(site, "description", old.doc(), now.doc());
    if (!old.deprecated() && now.deprecated()) {
      log.compatible(site, "deprecated");
    }
    types.compare(site, old.type(), now.type());
  }

  private void extraProperties(Site type, ObjectType old, ObjectType now) {
    Site site = type.child("additional properties", "additionalProperties");
    if (old.additionalProperties() != null && now.additionalProperties() == null) {
      log.breaking(site, "no longer modelled");
    } else if (old.additionalProperties() == null && now.additionalProperties() != null) {
      log.compatible(site, "now modelled");
    } else if (old.additionalProperties() != null) {
      types.compare(site, old.additionalProperties(), now.additionalProperties());
    }
  }
}
