package org.mcmock.verify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One request a timeline expects, in order: its event type, and what the row gives of its offset by
 * {@code ts}, its playhead, its answer and some of its values.
 *
 * @param row the row's number in the timeline, the header being row 0
 * @param subsets for {@code params}, {@code qoeData} or {@code customMetadata}: keys and the values they must have
 */
public record ExpectedEvent(int row, String request, OptionalDouble seconds, OptionalDouble playhead,
    Map<String, Map<String, String>> subsets, OptionalInt answer) implements ExpectedRow {

  public ExpectedEvent {
    // Map.copyOf would lose the order the mistakes are reported in, and leave the inner maps mutable.
    Map<String, Map<String, String>> copy = new LinkedHashMap<>();
    subsets.forEach((field, pairs) -> copy.put(field, Collections.unmodifiableMap(new LinkedHashMap<>(pairs))));
    subsets = Collections.unmodifiableMap(copy);
  }

  @Override
  public String describe() {
    StringBuilder text = new StringBuilder(request);
    seconds.ifPresent(s -> text.append(" at ").append(Numbers.format(s)).append(" s"));
    playhead.ifPresent(p -> text.append(seconds.isPresent() ? ", " : " at ").append("playhead ")
        .append(Numbers.format(p)));
    answer.ifPresent(a -> text.append(" -> ").append(a));
    return text.toString();
  }
}
