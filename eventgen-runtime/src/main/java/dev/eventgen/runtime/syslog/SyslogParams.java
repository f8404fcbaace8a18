package dev.eventgen.runtime.syslog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects the SD params of one event, for generated formatters, the inverse of {@link
 * SyslogFields}: one param per non-null scalar, a repeated param per list item, {@code name.key}
 * per map entry or nested field. Absent (null) values are left out, so they read back as absent.
 */
public final class SyslogParams {
  private final List<SyslogSdParam> params = new ArrayList<>();

  /**
   * Adds {@code name} with the text of {@code value}, unless the value is null.
   *
   * @return this
   */
  public SyslogParams add(String name, Object value) {
    if (value != null) {
      params.add(new SyslogSdParam(name, String.valueOf(value)));
    }
    return this;
  }

  /**
   * The params of an event as its API's mapper writes it ({@code mapper.valueToTree(event)}), in
   * the layout {@link SyslogFields} reads: an object's fields under {@code name.}, a list of
   * scalars as a repeated param, a list of objects under {@code name.0.}, {@code name.1.}, ...
   * Going through the mapper keeps each value's wire text (an enum's value, ISO timestamps, base64
   * bytes) the same as in JSON.
   */
  public static SyslogParams ofJson(JsonNode event) {
    SyslogParams params = new SyslogParams();
    for (Map.Entry<String, JsonNode> field : event.properties()) {
      params.addJson(field.getKey(), field.getValue());
    }
    return params;
  }

  private void addJson(String name, JsonNode value) {
    if (value.isObject()) {
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        addJson(name + '.' + field.getKey(), field.getValue());
      }
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        JsonNode item = value.get(i);
        addJson(item.isContainerNode() ? name + '.' + i : name, item);
      }
    } else if (!value.isNull()) {
      params.add(new SyslogSdParam(name, value.asText()));
    }
  }

  /** The params collected, in order. */
  public List<SyslogSdParam> list() {
    return List.copyOf(params);
  }
}
