/**
 * Hand-written stand-ins for what the records target generates for {@link
 * dev.eventgen.emit.DemoApi}: the listener and JMS emitter tests compile their output against
 * these, so they test one emitter at a time.
 */
package dev.eventgen.demo.model;
