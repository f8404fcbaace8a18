package dev.eventgen.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.eventgen.runtime.testkit.ValueHints;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Random;

/**
 * Values that make simulated events look live and like a contact center's: date-times are now, and
 * fields named like a caller's number (ANI), a dialled number (DNIS), a VXML application, a skill
 * group or a host get plausible values. Any spec works: a name no rule knows, or a value its schema
 * refuses, falls back to the schema's own random value.
 */
public final class LiveHints implements ValueHints {

  private static final String[] APPLICATIONS = {
    "MainMenu",
    "BillingInquiry",
    "PasswordReset",
    "OrderStatus",
    "CallbackEntry",
    "Survey",
    "HelloWorld",
    "AgentTransfer"
  };
  private static final String[] SKILL_GROUPS = {
    "Sales", "Support_Tier1", "Support_Tier2", "Billing", "Retention", "Spanish_Support"
  };
  private static final String[] DIALLED = {"8005550100", "8005550123", "6175550142", "4085550199"};

  @Override
  public JsonNode suggest(String name, String kind, Random random) {
    if (kind.equals("DATE_TIME")) {
      return TextNode.valueOf(
          OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS).toString());
    }
    String key = name.toLowerCase(Locale.ROOT);
    if (key.equals("ani") || key.endsWith("callingnumber") || key.equals("caller")) {
      return TextNode.valueOf("+1" + (200 + random.nextInt(800)) + "555" + digits(4, random));
    }
    if (key.equals("dnis") || key.endsWith("callednumber")) {
      return TextNode.valueOf(DIALLED[random.nextInt(DIALLED.length)]);
    }
    if (key.endsWith("applicationname") || key.equals("appname")) {
      return TextNode.valueOf(APPLICATIONS[random.nextInt(APPLICATIONS.length)]);
    }
    if (key.equals("skillgroupname")) {
      return TextNode.valueOf(SKILL_GROUPS[random.nextInt(SKILL_GROUPS.length)]);
    }
    if (key.equals("hostname") || key.endsWith("serverhostname")) {
      return TextNode.valueOf(
          "cvp-"
              + (random.nextBoolean() ? "cs" : "vxml")
              + "-0"
              + (1 + random.nextInt(3))
              + ".example.com");
    }
    if (key.equals("ipaddress")) {
      return TextNode.valueOf("192.0.2." + (10 + random.nextInt(20)));
    }
    return null;
  }

  private static String digits(int count, Random random) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < count; i++) {
      digits.append(random.nextInt(10));
    }
    return digits.toString();
  }
}
