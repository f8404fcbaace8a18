package dev.eventgen.demo.model;

/** Every message of the demo API. */
public sealed interface DemoEvent permits Started, Ended {}
