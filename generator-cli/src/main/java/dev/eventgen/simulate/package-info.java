/**
 * {@code eventgen simulate}: random, valid (and on request malformed) events of any spec, sent to a
 * real JMS broker and syslog receiver at a given rate, as the spec's producers would send them.
 */
package dev.eventgen.simulate;
