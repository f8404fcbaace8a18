package dev.eventgen.check;

import static dev.eventgen.check.Place.Shape.LIST;
import static dev.eventgen.check.Place.Shape.MAP;
import static dev.eventgen.check.Place.Shape.ONE;
import static dev.eventgen.check.Place.Shape.ONE_OR_LIST;

import com.asyncapi.schemas.asyncapi.AsyncAPISchema;
import com.asyncapi.schemas.asyncapi.multiformat.AsyncAPIFormatSchema;

/**
 * The shape of AsyncAPI 2.x and 3.0 documents as far as the key check needs it: the root {@link
 * Place} of each version, wired to the places below it. Bindings, examples and security schemes are
 * not walked: the first two are free-form, the last is not used.
 */
final class Grammar {

  private Grammar() {}

  static Place schema() {
    Place schema = Place.lenient("schema", AsyncAPISchema.class, "$defs");
    for (String key : new String[] {"properties", "patternProperties", "definitions", "$defs"}) {
      schema.with(key, MAP, schema);
    }
    for (String key : new String[] {"allOf", "anyOf", "oneOf"}) {
      schema.with(key, LIST, schema);
    }
    for (String key :
        new String[] {
          "not",
          "if",
          "then",
          "else",
          "contains",
          "propertyNames",
          "additionalProperties",
          "additionalItems"
        }) {
      schema.with(key, ONE, schema);
    }
    return schema.with("items", ONE_OR_LIST, schema);
  }

  static Place multiFormat(Place schema) {
    return Place.strict("schema", AsyncAPIFormatSchema.class).with("schema", ONE, schema);
  }

  static Place v3() {
    Place schema = schema();
    Place tag = Place.strict("tag", com.asyncapi.v3._0_0.model.Tag.class);
    Place info =
        Place.strict("info", com.asyncapi.v3._0_0.model.info.Info.class)
            .with(
                "contact",
                ONE,
                Place.strict("contact", com.asyncapi.v3._0_0.model.info.Contact.class))
            .with(
                "license",
                ONE,
                Place.strict("license", com.asyncapi.v3._0_0.model.info.License.class))
            .with("tags", LIST, tag);
    Place variable =
        Place.strict("server variable", com.asyncapi.v3._0_0.model.server.ServerVariable.class);
    Place server =
        Place.strict("server", com.asyncapi.v3._0_0.model.server.Server.class)
            .with("variables", MAP, variable)
            .with("tags", LIST, tag);
    Place message =
        message(
            schema,
            tag,
            com.asyncapi.v3._0_0.model.channel.message.Message.class,
            com.asyncapi.v3._0_0.model.channel.message.MessageTrait.class,
            com.asyncapi.v3._0_0.model.channel.message.CorrelationId.class);
    Place trait = message.child("traits").place();
    Place correlationId = message.child("correlationId").place();
    Place parameter = Place.strict("parameter", com.asyncapi.v3._0_0.model.channel.Parameter.class);
    Place channel =
        Place.strict("channel", com.asyncapi.v3._0_0.model.channel.Channel.class)
            .with("messages", MAP, message)
            .with("parameters", MAP, parameter)
            .with("tags", LIST, tag);
    Place replyAddress =
        Place.strict(
            "reply address",
            com.asyncapi.v3._0_0.model.operation.reply.OperationReplyAddress.class);
    Place reply =
        Place.strict("reply", com.asyncapi.v3._0_0.model.operation.reply.OperationReply.class)
            .with("address", ONE, replyAddress);
    Place operationTrait =
        Place.strict("operation trait", com.asyncapi.v3._0_0.model.operation.OperationTrait.class);
    Place operation =
        Place.strict("operation", com.asyncapi.v3._0_0.model.operation.Operation.class)
            .with("traits", LIST, operationTrait)
            .with("reply", ONE, reply)
            .with("tags", LIST, tag);
    Place components =
        Place.strict("components", com.asyncapi.v3._0_0.model.component.Components.class)
            .with("schemas", MAP, schema)
            .with("messages", MAP, message)
            .with("messageTraits", MAP, trait)
            .with("channels", MAP, channel)
            .with("operations", MAP, operation)
            .with("servers", MAP, server)
            .with("operationTraits", MAP, operationTrait)
            .with("correlationIds", MAP, correlationId)
            .with("parameters", MAP, parameter)
            .with("serverVariables", MAP, variable)
            .with("replies", MAP, reply)
            .with("replyAddresses", MAP, replyAddress)
            .with("tags", MAP, tag);
    return Place.strict("the document", com.asyncapi.v3._0_0.model.AsyncAPI.class)
        .with("components", ONE, components)
        .with("info", ONE, info)
        .with("servers", MAP, server)
        .with("channels", MAP, channel)
        .with("operations", MAP, operation);
  }

  static Place v2() {
    Place schema = schema();
    Place tag = Place.strict("tag", com.asyncapi.v2._6_0.model.Tag.class);
    Place info =
        Place.strict("info", com.asyncapi.v2._6_0.model.info.Info.class)
            .with(
                "contact",
                ONE,
                Place.strict("contact", com.asyncapi.v2._6_0.model.info.Contact.class))
            .with(
                "license",
                ONE,
                Place.strict("license", com.asyncapi.v2._6_0.model.info.License.class));
    Place variable =
        Place.strict("server variable", com.asyncapi.v2._6_0.model.server.ServerVariable.class);
    Place server =
        Place.strict("server", com.asyncapi.v2._6_0.model.server.Server.class)
            .with("variables", MAP, variable)
            .with("tags", LIST, tag);
    Place message =
        message(
            schema,
            tag,
            com.asyncapi.v2._6_0.model.channel.message.Message.class,
            com.asyncapi.v2._6_0.model.channel.message.MessageTrait.class,
            com.asyncapi.v2._6_0.model.channel.message.CorrelationId.class);
    Place trait = message.child("traits").place();
    Place correlationId = message.child("correlationId").place();
    Place operationTrait =
        Place.strict(
            "operation trait", com.asyncapi.v2._6_0.model.channel.operation.OperationTrait.class);
    Place operation =
        Place.strict("operation", com.asyncapi.v2._6_0.model.channel.operation.Operation.class)
            .with("message", ONE, message)
            .with("traits", LIST, operationTrait)
            .with("tags", LIST, tag);
    Place parameter =
        Place.strict("parameter", com.asyncapi.v2._6_0.model.channel.Parameter.class)
            .with("schema", ONE, schema);
    Place channel =
        Place.strict("channel", com.asyncapi.v2._6_0.model.channel.ChannelItem.class)
            .with("subscribe", ONE, operation)
            .with("publish", ONE, operation)
            .with("parameters", MAP, parameter);
    Place components =
        Place.strict("components", com.asyncapi.v2._6_0.model.component.Components.class)
            .with("schemas", MAP, schema)
            .with("messages", MAP, message)
            .with("messageTraits", MAP, trait)
            .with("operationTraits", MAP, operationTrait)
            .with("correlationIds", MAP, correlationId)
            .with("parameters", MAP, parameter)
            .with("servers", MAP, server)
            .with("serverVariables", MAP, variable)
            .with("channels", MAP, channel);
    return Place.strict("the document", com.asyncapi.v2._6_0.model.AsyncAPI.class)
        .with("components", ONE, components)
        .with("info", ONE, info)
        .with("servers", MAP, server)
        .with("channels", MAP, channel);
  }

  /** A message, its traits and correlation id: the same shape in 2.x and 3.0. */
  private static Place message(
      Place schema, Place tag, Class<?> message, Class<?> trait, Class<?> correlationId) {
    Place correlation = Place.strict("correlationId", correlationId);
    Place traitPlace =
        Place.strict("message trait", trait)
            .with("headers", ONE, schema)
            .with("correlationId", ONE, correlation)
            .with("tags", LIST, tag);
    return Place.strict("message", message)
        .with("payload", ONE, schema)
        .with("headers", ONE, schema)
        .with("traits", LIST, traitPlace)
        .with("correlationId", ONE, correlation)
        .with("tags", LIST, tag);
  }
}
