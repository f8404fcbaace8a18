package dev.eventgen.build;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventgen.model.Server;
import dev.eventgen.model.SyslogServer;
import dev.eventgen.parse.Nodes;
import dev.eventgen.parse.SpecVersion;

/**
 * Maps a server. 3.0 writes {@code host} and {@code pathname}, 2.x a {@code url}; both end up as
 * the same {@code url} ({@code protocol://host/pathname}) and {@code host}.
 */
final class ServerMapper {

  private ServerMapper() {}

  static Server server(String name, JsonNode node, SpecVersion version) {
    String protocol = Nodes.text(node, "protocol");
    String scheme = protocol == null ? "" : protocol + "://";
    String url;
    String host;
    if (version == SpecVersion.V3) {
      host = Nodes.text(node, "host");
      String pathname = Nodes.text(node, "pathname");
      url = scheme + (host == null ? "" : host) + (pathname == null ? "" : pathname);
    } else {
      String written = Nodes.text(node, "url");
      written = written == null ? "" : written;
      url = written.contains("://") ? written : scheme + written;
      String withoutScheme = url.substring(url.indexOf("://") + (url.contains("://") ? 3 : 0));
      int slash = withoutScheme.indexOf('/');
      host = slash < 0 ? withoutScheme : withoutScheme.substring(0, slash);
    }
    return new Server(
        name,
        url,
        host,
        protocol == null ? "" : protocol,
        Nodes.text(node, "protocolVersion"),
        Nodes.text(node, "title"),
        Nodes.text(node, "description"),
        syslog(node.get("x-syslog")));
  }

  private static SyslogServer syslog(JsonNode x) {
    if (x == null || !x.isObject()) {
      return null;
    }
    return new SyslogServer(
        text(x, "rfc", "5424"),
        text(x, "transport", "udp"),
        x.path("port").asInt(514),
        x.path("facility").asInt(1),
        Nodes.text(x, "structuredDataId"),
        Nodes.text(x, "appNamePattern"));
  }

  private static String text(JsonNode node, String key, String otherwise) {
    String value = Nodes.text(node, key);
    return value == null ? otherwise : value;
  }
}
