package dev.eventgen.runtime.syslog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One structured-data element: an SD-ID and its params in wire order (a name may repeat).
 *
 * @param id the SD-ID, e.g. {@code cvp@9}
 * @param params the params in wire order
 */
public record SyslogSdElement(String id, List<SyslogSdParam> params) {
  public SyslogSdElement {
    Objects.requireNonNull(id, "id");
    // The parser's own lists are unmodifiable already: copying them would only cost time.
    params = params instanceof SyslogReadList<?> ? params : List.copyOf(params);
  }

  /** The value of the first param called {@code name}, or null if there is none. */
  public String value(String name) {
    for (SyslogSdParam param : params) {
      if (param.name().equals(name)) {
        return param.value();
      }
    }
    return null;
  }

  /** The values of every param called {@code name}, in wire order. */
  public List<String> values(String name) {
    List<String> values = new ArrayList<>();
    for (SyslogSdParam param : params) {
      if (param.name().equals(name)) {
        values.add(param.value());
      }
    }
    return values;
  }
}
