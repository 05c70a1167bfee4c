package org.mcmock.admin;

/**
 * {@code ?limit=100&cursor=...}: one page of an admin list. A list answers at most {@code limit} items and,
 * when more follow, {@code "next"}: the cursor for the next page. Items are in the order the mock opened their
 * sessions, so a session opened while a client pages through comes after all earlier ones and is seen once.
 *
 * @param after the position the page starts after (0 for the first page)
 */
record Page(int limit, long after) {

  /** How many items a list answers when {@code limit} is not given, and at the most. */
  record Limits(int byDefault, int most) {

    /** The page a request asks for; IllegalArgumentException says which value is wrong and what to send. */
    Page of(AdminQuery query) {
      return new Page(limit(query.first("limit"), byDefault, most), cursor(query.first("cursor")));
    }
  }

  boolean first() {
    return after == 0;
  }

  /** The cursor that continues after {@code position}, as a client sends it back. */
  static String cursor(long position) {
    return Long.toString(position);
  }

  private static int limit(String given, int defaultLimit, int maxLimit) {
    if (given == null || given.isBlank()) {
      return defaultLimit;
    }
    try {
      int limit = Integer.parseInt(given.trim());
      if (limit >= 1 && limit <= maxLimit) {
        return limit;
      }
    } catch (NumberFormatException notANumber) {
      // refused below
    }
    throw new IllegalArgumentException("limit=" + given + " is not a page size: send a whole number from 1 to "
        + maxLimit + " (default " + defaultLimit + ")");
  }

  private static long cursor(String given) {
    if (given == null || given.isBlank()) {
      return 0;
    }
    try {
      long cursor = Long.parseLong(given.trim());
      if (cursor >= 0) {
        return cursor;
      }
    } catch (NumberFormatException notACursor) {
      // refused below
    }
    throw new IllegalArgumentException("cursor=" + given + " is not a cursor of this mock: send back the value of"
        + " \"next\" from the previous page, or leave cursor out for the first page");
  }
}
