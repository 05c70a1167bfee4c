package org.mcmock.session;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.mcmock.model.EventType;

/**
 * The settled requests of one session (final: their place, answer and findings never change again), held as
 * bytes rather than as one {@link RecordedEvent} each: an open session of 60 requests holds about 1.5 KB here
 * instead of 15 KB of objects, so 100,000 open sessions fit in a heap of a few hundred MB. Each request is one row
 * in a chunk (its fields as small deltas, then its body as UTF-8); a chunk of {@link #CHUNK_BYTES} is deflated with
 * a dictionary of typical bodies, and so is a smaller one once its session has been idle for a while ({@link
 * #seal}). A request that carries more than the common fields (findings, violations, an injected fault, a body
 * that UTF-8 would not give back as it was) is kept whole. Reading materialises the same {@link RecordedEvent}
 * that was added: every reader (admin API, journal, verify) sees exactly what it saw before. Not thread-safe: the
 * session holds its lock.
 */
final class SettledRequests {

  /** A chunk is deflated once its rows reach this many bytes: large enough to compress well, quick to inflate. */
  static final int CHUNK_BYTES = 4096;

  /** What one deflated chunk costs besides its bytes: the array's header, the chunk and its slot. */
  private static final int CHUNK_OVERHEAD_BYTES = 56;

  private static final EventType[] TYPES = EventType.values();

  /** Typical request bodies, most common last: the deflater finds their phrases in it from the first row on. */
  private static final byte[] DICTIONARY = (
      "{\"events\":[{\"xdm\":{\"eventType\":\"media.sessionStart\",\"timestamp\":\"2026-01-01T00:00:00.000Z\","
      + "\"mediaCollection\":{\"playhead\":0,\"sessionID\":\"\",\"sessionDetails\":{\"name\":\"\",\"friendlyName\":"
      + "\"\",\"length\":0,\"contentType\":\"VOD\",\"playerName\":\"\",\"channel\":\"\"}}}}]}"
      + "{\"eventType\":\"sessionStart\",\"playerTime\":{\"playhead\":0,\"ts\":1700000000000},\"params\":{"
      + "\"analytics.trackingServer\":\"\",\"analytics.reportSuite\":\"\",\"analytics.visitorId\":\"\","
      + "\"visitor.marketingCloudOrgId\":\"@AdobeOrg\",\"visitor.marketingCloudUserId\":\"\",\"media.id\":\"\","
      + "\"media.name\":\"\",\"media.length\":0,\"media.contentType\":\"VOD\",\"media.playerName\":\"\","
      + "\"media.channel\":\"\",\"media.streamFormat\":\"\",\"media.resume\":false,\"media.libraryVersion\":\"\"},"
      + "\"customMetadata\":{},\"qoeData\":{\"media.qoe.bitrate\":0,\"media.qoe.droppedFrames\":0,"
      + "\"media.qoe.framesPerSecond\":0,\"media.qoe.timeToStart\":0}}"
      + "{\"eventType\":\"adBreakStart\",\"playerTime\":{\"playhead\":0,\"ts\":1700000000000},\"params\":{"
      + "\"media.ad.podFriendlyName\":\"pre-roll\",\"media.ad.podIndex\":0,\"media.ad.podSecond\":0}}"
      + "{\"eventType\":\"adStart\",\"playerTime\":{\"playhead\":0,\"ts\":1700000000000},\"params\":{"
      + "\"media.ad.name\":\"\",\"media.ad.id\":\"\",\"media.ad.length\":0,\"media.ad.podPosition\":1,"
      + "\"media.ad.playerName\":\"\"}}"
      + "{\"eventType\":\"adComplete\",\"playerTime\":{\"playhead\":0,\"ts\":1700000000000}}"
      + "{\"eventType\":\"bufferStart\",\"playerTime\":{\"playhead\":0,\"ts\":1700000000000}}"
      + "{\"eventType\":\"pauseStart\",\"playerTime\":{\"playhead\":0,\"ts\":1700000000000}}"
      + "{\"eventType\":\"play\",\"playerTime\":{\"playhead\":0,\"ts\":1700000000000}}"
      + "{\"events\":[{\"xdm\":{\"eventType\":\"media.ping\",\"timestamp\":\"2026-01-01T00:00:00.000Z\","
      + "\"mediaCollection\":{\"playhead\":0,\"sessionID\":\"\"}}}]}"
      + "{\"eventType\":\"ping\",\"playerTime\":{\"playhead\":0,\"ts\":1700000000000}}")
      .getBytes(StandardCharsets.UTF_8);

  /** Deflaters and inflaters are kept for reuse: each holds native buffers (a deflater about 256 KB). */
  private static final Queue<Deflater> DEFLATERS = new ConcurrentLinkedQueue<>();
  private static final Queue<Inflater> INFLATERS = new ConcurrentLinkedQueue<>();

  /** Row header: the low 5 bits are the event type's ordinal + 1 (0: none); these say how the playhead is held. */
  private static final int WHOLE_PLAYHEAD = 0x40;
  private static final int RAW_PLAYHEAD = 0x80;
  private static final int TYPE_BITS = 0x1f;
  /** A row that only points at a request kept whole. */
  private static final int KEPT_WHOLE = 0;

  /** A deflated chunk: rows {@code first} to {@code first + rows - 1}. */
  private record Chunk(int first, int rows, int rawLength, byte[] deflated) {}

  private int size;
  private Chunk[] chunks = new Chunk[0];
  /** The chunk still taking rows (null when none): rows from {@code openFirst} on. */
  private byte[] open;
  private int openLength;
  private int openFirst;
  /** The previous row's arrival time and ts in the open chunk: rows hold the differences. */
  private long lastArrivedAt;
  private long lastTs;
  /** Requests kept whole, in index order; null until there is one. */
  private List<RecordedEvent> whole;

  static {
    if (TYPES.length >= TYPE_BITS) {
      throw new ExceptionInInitializerError("a row header holds at most " + (TYPE_BITS - 1) + " event types");
    }
  }

  int size() {
    return size;
  }

  /**
   * Adds the next settled request (its index must be {@link #size()}).
   *
   * @return what holding it costs (bytes), and what deflating a full chunk gave back (negative)
   */
  long add(RecordedEvent request) {
    if (request.index() != size) {
      throw new IllegalArgumentException("request " + request.index() + " settled as " + size);
    }
    if (open == null) {
      open = new byte[512];
      openLength = 0;
      openFirst = size;
      lastArrivedAt = 0;
      lastTs = 0;
    }
    int before = openLength;
    byte[] body = compactBody(request);
    int type = typeCode(request.eventType());
    if (body == null || type < 0 || !request.violations().isEmpty() || !request.findings().isEmpty()
        || request.injected() != null || request.answeredByFault()) {
      if (whole == null) {
        whole = new ArrayList<>(2);
      }
      whole.add(request);
      writeByte(KEPT_WHOLE);
      size++;
      return openLength - before + request.weight();
    }
    double playhead = request.playhead();
    long wholePlayhead = (long) playhead;
    boolean isWhole = Double.doubleToRawLongBits(wholePlayhead) == Double.doubleToRawLongBits(playhead);
    writeByte(type | (isWhole ? WHOLE_PLAYHEAD : RAW_PLAYHEAD));
    writeVarLong(zigzag(request.arrival() - request.index()));
    writeVarLong(zigzag(request.arrivedAt() - lastArrivedAt));
    writeVarLong(zigzag(request.ts() - lastTs));
    if (isWhole) {
      writeVarLong(zigzag(wholePlayhead));
    } else {
      writeLong(Double.doubleToRawLongBits(playhead));
    }
    writeVarLong(zigzag(request.status()));
    writeVarLong(body.length);
    ensure(body.length);
    System.arraycopy(body, 0, open, openLength, body.length);
    openLength += body.length;
    lastArrivedAt = request.arrivedAt();
    lastTs = request.ts();
    size++;
    long cost = openLength - before;
    return openLength >= CHUNK_BYTES ? cost + seal() : cost;
  }

  /**
   * Deflates the chunk still taking rows, if any: a session idle for a while holds its last rows compactly too.
   *
   * @return the bytes this gave back (zero or negative)
   */
  long seal() {
    if (open == null) {
      return 0;
    }
    byte[] deflated = deflate(open, openLength);
    Chunk[] more = Arrays.copyOf(chunks, chunks.length + 1);
    more[chunks.length] = new Chunk(openFirst, size - openFirst, openLength, deflated);
    chunks = more;
    long freed = openLength - (deflated.length + (long) CHUNK_OVERHEAD_BYTES);
    open = null;
    openLength = 0;
    return -freed;
  }

  /** The request settled at {@code index}. */
  RecordedEvent get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("no settled request " + index + " of " + size);
    }
    RecordedEvent[] found = new RecordedEvent[1];
    forEachFrom(index, request -> {
      if (found[0] == null) {
        found[0] = request;
      }
    }, index + 1);
    return found[0];
  }

  /** The settled request that arrived as {@code arrival}, or null. */
  RecordedEvent byArrival(int arrival) {
    RecordedEvent[] found = new RecordedEvent[1];
    forEach(request -> {
      if (request.arrival() == arrival) {
        found[0] = request;
      }
    });
    return found[0];
  }

  /** Every settled request, in index order. */
  void forEach(Consumer<RecordedEvent> action) {
    forEachFrom(0, action, size);
  }

  /** The requests from {@code from} (included) to {@code to} (excluded), in index order. */
  private void forEachFrom(int from, Consumer<RecordedEvent> action, int to) {
    for (Chunk chunk : chunks) {
      if (chunk.first() + chunk.rows() > from && chunk.first() < to) {
        new Rows(inflate(chunk), chunk.first(), wholeCount(chunk.first())).read(chunk.rows(), from, to, action);
      }
    }
    if (open != null && to > openFirst) {
      new Rows(open, openFirst, wholeCount(openFirst)).read(size - openFirst, from, to, action);
    }
  }

  /** How many requests kept whole come before index {@code first}. */
  private int wholeCount(int first) {
    if (whole == null) {
      return 0;
    }
    int count = 0;
    while (count < whole.size() && whole.get(count).index() < first) {
      count++;
    }
    return count;
  }

  /** Reads the rows of one chunk. */
  private final class Rows {
    private final byte[] bytes;
    private int at;
    private int index;
    private int wholeAt;

    Rows(byte[] bytes, int first, int wholeBefore) {
      this.bytes = bytes;
      this.index = first;
      this.wholeAt = wholeBefore;
    }

    /** Reads {@code rows} rows, handing those with an index in [from, to) to {@code action}. */
    void read(int rows, int from, int to, Consumer<RecordedEvent> action) {
      long arrivedAt = 0;
      long ts = 0;
      for (int row = 0; row < rows && index < to; row++, index++) {
        int header = bytes[at++] & 0xff;
        if (header == KEPT_WHOLE) {
          RecordedEvent kept = whole.get(wholeAt++);
          if (index >= from) {
            action.accept(kept);
          }
          continue;
        }
        int arrival = index + (int) unzigzag(readVarLong());
        arrivedAt += unzigzag(readVarLong());
        ts += unzigzag(readVarLong());
        double playhead = (header & WHOLE_PLAYHEAD) != 0
            ? (double) unzigzag(readVarLong()) : Double.longBitsToDouble(readLong());
        int status = (int) unzigzag(readVarLong());
        int length = (int) readVarLong();
        if (index >= from) {
          int type = header & TYPE_BITS;
          action.accept(new RecordedEvent(index, arrival, arrivedAt, type == 0 ? null : TYPES[type - 1].wireName(),
              playhead, ts, new String(bytes, at, length, StandardCharsets.UTF_8), status, List.of(), List.of(),
              null, false));
        }
        at += length;
      }
    }

    private long readVarLong() {
      long value = 0;
      for (int shift = 0; ; shift += 7) {
        byte b = bytes[at++];
        value |= (long) (b & 0x7f) << shift;
        if (b >= 0) {
          return value;
        }
      }
    }

    private long readLong() {
      long value = 0;
      for (int i = 0; i < 8; i++) {
        value |= (bytes[at++] & 0xffL) << (8 * i);
      }
      return value;
    }
  }

  /** The body as UTF-8, or null when it must be kept whole (none, or text UTF-8 would not give back as it was). */
  private static byte[] compactBody(RecordedEvent request) {
    String body = request.body();
    if (body == null) {
      return null;
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    // a lone surrogate encodes as '?': text that is all ASCII and has no '?' cannot have held one
    if ((bytes.length != body.length() || hasQuestionMark(bytes))
        && !new String(bytes, StandardCharsets.UTF_8).equals(body)) {
      return null;
    }
    return bytes;
  }

  private static boolean hasQuestionMark(byte[] bytes) {
    for (byte b : bytes) {
      if (b == '?') {
        return true;
      }
    }
    return false;
  }

  /** The event type's ordinal + 1, 0 for none, -1 for a name the row cannot hold. */
  private static int typeCode(String eventType) {
    if (eventType == null) {
      return 0;
    }
    return EventType.fromWireName(eventType).map(type -> type.ordinal() + 1).orElse(-1);
  }

  private void writeByte(int b) {
    ensure(1);
    open[openLength++] = (byte) b;
  }

  private void writeVarLong(long value) {
    ensure(10);
    while ((value & ~0x7fL) != 0) {
      open[openLength++] = (byte) ((value & 0x7f) | 0x80);
      value >>>= 7;
    }
    open[openLength++] = (byte) value;
  }

  private void writeLong(long value) {
    ensure(8);
    for (int i = 0; i < 8; i++) {
      open[openLength++] = (byte) (value >>> (8 * i));
    }
  }

  private void ensure(int more) {
    if (openLength + more > open.length) {
      // doubling, but a chunk is deflated at CHUNK_BYTES: no need to double past it but for a large body
      int grown = Math.min(open.length * 2, CHUNK_BYTES + 256);
      open = Arrays.copyOf(open, Math.max(grown, openLength + more));
    }
  }

  private static long zigzag(long value) {
    return (value << 1) ^ (value >> 63);
  }

  private static long unzigzag(long value) {
    return (value >>> 1) ^ -(value & 1);
  }

  private static byte[] deflate(byte[] raw, int length) {
    Deflater deflater = DEFLATERS.poll();
    if (deflater == null) {
      deflater = new Deflater(Deflater.BEST_SPEED, true);
    }
    try {
      deflater.setDictionary(DICTIONARY);
      deflater.setInput(raw, 0, length);
      deflater.finish();
      byte[] out = new byte[length / 2 + 64];
      int written = 0;
      while (!deflater.finished()) {
        if (written == out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        written += deflater.deflate(out, written, out.length - written);
      }
      return Arrays.copyOf(out, written);
    } finally {
      deflater.reset();
      DEFLATERS.offer(deflater);
    }
  }

  private static byte[] inflate(Chunk chunk) {
    Inflater inflater = INFLATERS.poll();
    if (inflater == null) {
      inflater = new Inflater(true);
    }
    try {
      inflater.setDictionary(DICTIONARY);
      inflater.setInput(chunk.deflated());
      byte[] raw = new byte[chunk.rawLength()];
      int read = 0;
      while (read < raw.length) {
        int n = inflater.inflate(raw, read, raw.length - read);
        if (n == 0 && (inflater.finished() || inflater.needsInput())) {
          break;
        }
        read += n;
      }
      if (read != raw.length) {
        throw new IllegalStateException("a settled chunk inflated to " + read + " of " + raw.length + " bytes");
      }
      return raw;
    } catch (DataFormatException e) {
      throw new IllegalStateException("a settled chunk does not inflate", e);
    } finally {
      inflater.reset();
      INFLATERS.offer(inflater);
    }
  }
}
