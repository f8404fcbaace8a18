package dev.eventgen.runtime.syslog;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * An unmodifiable list over an array the parser filled and no one else holds: the records that keep
 * parsed lists take it as it is instead of copying it ({@code List.copyOf}) once per record.
 *
 * @param <E> the items, never null
 */
final class SyslogReadList<E> extends AbstractList<E> implements RandomAccess {
  private Object[] items;

  private int size;

  SyslogReadList(int capacity) {
    this.items = new Object[Math.max(capacity, 1)];
  }

  /** Appends while the parser fills the list; the list is handed out only after. */
  void append(E item) {
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
    }
    items[size++] = item;
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    java.util.Objects.checkIndex(index, size);
    return (E) items[index];
  }

  @Override
  public int size() {
    return size;
  }
}
