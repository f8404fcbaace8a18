package dev.eventgen.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Function;

/**
 * An immutable list that also finds its elements by key in constant time, so the model's lookups by
 * name stay linear in the size of the API rather than quadratic. It is a plain {@link List} to
 * everyone else: equal to, and hashing like, any list with the same elements, so the records
 * holding it keep their equality.
 */
final class IndexedList<T> extends AbstractList<T> implements RandomAccess {

  private final List<T> elements;
  private final Map<String, List<T>> byKey = new HashMap<>();

  private IndexedList(List<T> elements, Function<? super T, Collection<String>> keys) {
    this.elements = elements;
    for (T element : elements) {
      for (String key : Set.copyOf(keys.apply(element))) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(element);
      }
    }
    byKey.replaceAll((key, list) -> List.copyOf(list));
  }

  /** Copies the elements (no nulls, as {@link List#copyOf}) and indexes them by their keys. */
  static <T> IndexedList<T> of(
      Collection<? extends T> elements, Function<? super T, Collection<String>> keys) {
    return new IndexedList<>(List.copyOf(elements), keys);
  }

  /** The given list as built by {@link #of}: the model's records index every list they hold. */
  static <T> IndexedList<T> indexed(List<T> list) {
    return (IndexedList<T>) list;
  }

  /** The first element with the key, in list order. */
  Optional<T> first(String key) {
    List<T> found = byKey.get(key);
    return found == null ? Optional.empty() : Optional.of(found.get(0));
  }

  /** Every element with the key, in list order. */
  List<T> all(String key) {
    return byKey.getOrDefault(key, List.of());
  }

  @Override
  public T get(int index) {
    return elements.get(index);
  }

  @Override
  public int size() {
    return elements.size();
  }
}
