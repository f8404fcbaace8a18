package dev.eventgen.emit.records;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The Jackson types generated code refers to, named once. */
final class Jackson {

  private static final String ANNOTATION = "com.fasterxml.jackson.annotation";
  private static final String DATABIND = "com.fasterxml.jackson.databind";

  static final ClassName JSON_PROPERTY = ClassName.get(ANNOTATION, "JsonProperty");
  static final ClassName JSON_INCLUDE = ClassName.get(ANNOTATION, "JsonInclude");
  static final ClassName JSON_INCLUDE_INCLUDE = JSON_INCLUDE.nestedClass("Include");
  static final ClassName JSON_IGNORE_PROPERTIES = ClassName.get(ANNOTATION, "JsonIgnoreProperties");
  static final ClassName JSON_ANY_SETTER = ClassName.get(ANNOTATION, "JsonAnySetter");
  static final ClassName JSON_ANY_GETTER = ClassName.get(ANNOTATION, "JsonAnyGetter");
  static final ClassName JSON_VALUE = ClassName.get(ANNOTATION, "JsonValue");
  static final ClassName JSON_CREATOR = ClassName.get(ANNOTATION, "JsonCreator");
  static final ClassName JSON_CREATOR_MODE = JSON_CREATOR.nestedClass("Mode");
  static final ClassName JSON_TYPE_INFO = ClassName.get(ANNOTATION, "JsonTypeInfo");
  static final ClassName JSON_TYPE_INFO_ID = JSON_TYPE_INFO.nestedClass("Id");
  static final ClassName JSON_TYPE_INFO_AS = JSON_TYPE_INFO.nestedClass("As");
  static final ClassName JSON_SUB_TYPES = ClassName.get(ANNOTATION, "JsonSubTypes");
  static final ClassName JSON_SUB_TYPES_TYPE = JSON_SUB_TYPES.nestedClass("Type");

  static final ClassName JSON_NODE = ClassName.get(DATABIND, "JsonNode");
  static final ClassName OBJECT_MAPPER = ClassName.get(DATABIND, "ObjectMapper");
  static final ClassName JSON_MAPPER = ClassName.get(DATABIND + ".json", "JsonMapper");
  static final ClassName SERIALIZATION_FEATURE = ClassName.get(DATABIND, "SerializationFeature");
  static final ClassName DESERIALIZATION_FEATURE =
      ClassName.get(DATABIND, "DeserializationFeature");
  static final ClassName JAVA_TIME_MODULE =
      ClassName.get("com.fasterxml.jackson.datatype.jsr310", "JavaTimeModule");

  private Jackson() {}

  static AnnotationSpec property(String wireName) {
    return AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", wireName).build();
  }

  static AnnotationSpec nonNull() {
    return AnnotationSpec.builder(JSON_INCLUDE)
        .addMember("value", "$T.NON_NULL", JSON_INCLUDE_INCLUDE)
        .build();
  }

  static AnnotationSpec ignoreUnknown() {
    return AnnotationSpec.builder(JSON_IGNORE_PROPERTIES)
        .addMember("ignoreUnknown", "true")
        .build();
  }

  static AnnotationSpec delegatingCreator() {
    return AnnotationSpec.builder(JSON_CREATOR)
        .addMember("mode", "$T.DELEGATING", JSON_CREATOR_MODE)
        .build();
  }
}
