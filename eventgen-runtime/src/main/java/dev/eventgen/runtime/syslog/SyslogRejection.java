package dev.eventgen.runtime.syslog;

import java.util.Objects;

/**
 * Why a server dropped a frame before it was parsed.
 *
 * @param reason the kind of failure
 * @param message what happened, for people
 * @param offset the byte offset in the frame where reading stopped
 */
public record SyslogRejection(Reason reason, String message, long offset) {
  /** Checks the parts. */
  public SyslogRejection {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  /** The kinds of rejected frames. */
  public enum Reason {
    /** Longer than the maximum frame length; the bytes kept are its start. */
    TOO_LARGE,

    /** The stream ended inside an octet-counted frame; the bytes kept are those received. */
    TRUNCATED
  }
}
