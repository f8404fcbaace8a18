package dev.eventgen.bench.jms;

import jakarta.jms.Topic;

/** A topic known by its name, as a provider's topic object is. */
record StubTopic(String getTopicName) implements Topic {

  @Override
  public String toString() {
    return "topic://" + getTopicName;
  }
}
