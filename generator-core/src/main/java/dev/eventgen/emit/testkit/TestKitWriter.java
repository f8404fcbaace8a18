package dev.eventgen.emit.testkit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.eventgen.emit.JavaNames;
import dev.eventgen.emit.Javadocs;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * {@code <Api>TestKit}: JSON bodies and syslog lines through the generated dispatchers and decoders
 * into a listener, with no broker or socket, so {@code onMalformed} and {@code onUnknown} see what
 * they would see in production.
 */
final class TestKitWriter {

  private static final ClassName DISPATCH = ClassName.get("dev.eventgen.runtime", "Dispatch");
  private static final ClassName JMS_DISPATCHER =
      ClassName.get("dev.eventgen.runtime.jms", "JmsDispatcher");
  private static final ClassName SYSLOG_PARSER =
      ClassName.get("dev.eventgen.runtime.syslog", "SyslogParser");
  private static final ClassName SYSLOG_RECEIVER =
      ClassName.get("dev.eventgen.runtime.syslog", "SyslogReceiver");

  private final TestkitNames kit;
  private final JavaNames names;
  private final boolean jms;
  private final boolean syslog;

  TestKitWriter(TestkitNames kit, boolean jms, boolean syslog) {
    this.kit = kit;
    this.names = kit.names();
    this.jms = jms;
    this.syslog = syslog;
  }

  TypeSpec write() {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(kit.testKit())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc("$L", Javadocs.wrap(typeDoc()))
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    if (jms) {
      addJson(type);
    }
    if (syslog) {
      addSyslog(type);
    }
    return type.build();
  }

  private String typeDoc() {
    return "Delivers events and raw bodies of "
        + Javadocs.escape(names.api().title() + " " + names.api().version())
        + " to a listener without a broker or socket, through the generated "
        + (jms ? "JMS dispatcher" : "")
        + (jms && syslog ? " and " : "")
        + (syslog ? "syslog dispatcher and decoder" : "")
        + " and the runtime's dispatch: a valid body reaches its typed method, anything else"
        + " {@code onMalformed} or {@code onUnknown} with the problem production would report.";
  }

  private void addJson(TypeSpec.Builder type) {
    TypeName counts = DISPATCH.nestedClass("Counts");
    TypeName properties = ParameterizedTypeName.get(Map.class, String.class, Object.class);
    type.addMethod(
        publicStatic("deliverJson")
            .returns(counts)
            .addParameter(names.listener(), "listener")
            .addParameter(String.class, "messageName")
            .addParameter(byte[].class, "body")
            .addJavadoc(
                "Delivers a JSON body as a message of the named kind sent to its channel, with"
                    + " {@code JMSType}\nthe message name and no other JMS properties; the"
                    + " properties a message's headers schema\nrequires are not checked (see"
                    + " {@link #deliverJson($T, String, Map, byte[])}).\n\n"
                    + "@param listener receives the event or the problem\n"
                    + "@param messageName the spec's message name; the body goes to the first"
                    + " channel carrying it\n"
                    + "@param body the JSON, e.g. from {@code $T.validJson} or {@code"
                    + " InvalidSample.json()}\n"
                    + "@return what was done: one delivered, malformed or unknown\n"
                    + "@throws IllegalArgumentException if no JMS channel carries the message\n",
                names.listener(),
                kit.samples())
            .addStatement(
                "return dispatchJson($T.DEFAULT.requireHeaders(false),$WmessageName,$W$T.of(),$Wbody,"
                    + "$Wlistener)",
                JMS_DISPATCHER.nestedClass("Options"),
                Map.class)
            .build());
    type.addMethod(
        publicStatic("deliverJson")
            .returns(counts)
            .addParameter(names.listener(), "listener")
            .addParameter(String.class, "messageName")
            .addParameter(properties, "properties")
            .addParameter(byte[].class, "body")
            .addJavadoc(
                "Delivers a JSON body with JMS properties as a message of the named kind sent to"
                    + " its channel,\nchecking the properties its headers schema requires, as"
                    + " in production.\n\n"
                    + "@param listener receives the event or the problem\n"
                    + "@param messageName the spec's message name, sent as {@code JMSType}\n"
                    + "@param properties the JMS properties the message carries\n"
                    + "@param body the JSON\n"
                    + "@return what was done: one delivered, malformed or unknown\n"
                    + "@throws IllegalArgumentException if no JMS channel carries the message\n")
            .addStatement(
                "return dispatchJson($T.DEFAULT, messageName, properties, body, listener)",
                JMS_DISPATCHER.nestedClass("Options"))
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("dispatchJson")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(counts)
            .addParameter(JMS_DISPATCHER.nestedClass("Options"), "options")
            .addParameter(String.class, "messageName")
            .addParameter(properties, "properties")
            .addParameter(byte[].class, "body")
            .addParameter(names.listener(), "listener")
            .addStatement(
                "$T dispatcher = new $T(listener, options)",
                kit.jmsDispatcher(),
                kit.jmsDispatcher())
            .addStatement("String destination = dispatcher.destinationOf(messageName)")
            .beginControlFlow("if (destination == null)")
            .addStatement(
                "throw new IllegalArgumentException($S + messageName)",
                "no JMS channel carries the message ")
            .endControlFlow()
            .addStatement("dispatcher.onBody(destination, messageName, properties, body)")
            .addStatement("return dispatcher.counts()")
            .build());
  }

  private void addSyslog(TypeSpec.Builder type) {
    TypeName outcome = SYSLOG_RECEIVER.nestedClass("Outcome");
    type.addMethod(
        publicStatic("deliverSyslog")
            .returns(outcome)
            .addParameter(names.listener(), "listener")
            .addParameter(String.class, "line")
            .addJavadoc(
                "Delivers one syslog line (RFC 5424, RFC 3164 or Cisco) as the generated"
                    + " receiver does a\ndatagram, in UTF-8.\n\n"
                    + "@param listener receives the event or the problem\n"
                    + "@param line the frame, without a trailing newline\n"
                    + "@return whether it was delivered, malformed or unknown\n")
            .addStatement(
                "return deliverSyslog(listener, line.getBytes($T.UTF_8))", StandardCharsets.class)
            .build());
    type.addMethod(
        publicStatic("deliverSyslog")
            .returns(outcome)
            .addParameter(names.listener(), "listener")
            .addParameter(byte[].class, "frame")
            .addJavadoc(
                "Delivers one syslog frame as the generated receiver does a datagram.\n\n"
                    + "@param listener receives the event or the problem\n"
                    + "@param frame the frame's bytes\n"
                    + "@return whether it was delivered, malformed or unknown\n")
            .addStatement(
                "$T parser =$Wnew $T($T.systemDefaultZone(),$W$T.MAX_LENGTH,$W$T.SD_NAMES)",
                SYSLOG_PARSER,
                SYSLOG_PARSER,
                Clock.class,
                kit.syslogReceiver(),
                kit.syslogDecoder())
            .addStatement(
                "return new $T(listener, parser).dispatch(frame, $S)",
                kit.syslogDispatcher(),
                "test kit")
            .build());
  }

  private static MethodSpec.Builder publicStatic(String name) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC);
  }
}
