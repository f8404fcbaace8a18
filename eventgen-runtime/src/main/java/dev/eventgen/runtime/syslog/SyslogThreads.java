package dev.eventgen.runtime.syslog;

/** Daemon threads for the receivers: they never keep a JVM alive on their own. */
final class SyslogThreads {
  private SyslogThreads() {}

  static Thread start(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** Waits for the thread; an interrupt is kept for the caller. */
  static void join(Thread thread) {
    if (thread == Thread.currentThread()) {
      return;
    }
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
