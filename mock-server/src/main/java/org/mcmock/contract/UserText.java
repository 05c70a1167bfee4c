package org.mcmock.contract;

import java.util.regex.Pattern;

/**
 * Makes a library's message fit to show a user: no Java class or package names, no file paths of the machine,
 * no stack lines. What is left is the library's sentence about the input, e.g. "Early EOF".
 */
public final class UserText {

  /** {@code com.example.SomeException: } and {@code java.lang.Foo} style names, with what ties them in. */
  private static final Pattern CLASS_NAME =
      Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*:?\\s*");
  
  private static final Pattern PATH = Pattern.compile("(?:file:)?/(?:home|root|tmp|usr|var|opt|work|Users|etc|private"
      + "|mnt|srv|proc|lib|snap|builds|github)(?:/[\\w.\\-]+)+/?|[A-Za-z]:\\\\[^\\s]+");
  private static final Pattern STACK_LINE = Pattern.compile("\\s+at [\\w.$/]+\\([^)]*\\)");
  /** Jackson's advice names its own switches: "enable `JsonReadFeature.ALLOW_...` to allow". */
  private static final Pattern JACKSON_ADVICE = Pattern.compile(":?\\s*\\(?(?:or )?(?:enable|disable) [`'\"]?[\\w.]+[`'\"]?"
      + "(?: to allow)?\\)?");
  /** Jackson's "(class com.example.Foo)" and "value of type `com.example.Foo`". */
  private static final Pattern CLASS_REFERENCE =
      Pattern.compile("\\s*\\(class [\\w.$]+\\)|,? from `[^`]*`|(?: of type| of)? `[\\w.$]+`(?: \\(although at least one Creator exists\\))?");
  private static final Pattern TOKEN = Pattern.compile("\\s*\\(token `JsonToken\\.\\w+`\\)");
  private static final Pattern SOURCE = Pattern.compile("\\s*at \\[Source:.*", Pattern.DOTALL);

  private UserText() {}

  public static String clean(String message) {
    if (message == null) {
      return "";
    }
    String text = SOURCE.matcher(message).replaceAll("");
    text = STACK_LINE.matcher(text).replaceAll("");
    text = JACKSON_ADVICE.matcher(text).replaceAll("");
    text = TOKEN.matcher(text).replaceAll("");
    text = CLASS_REFERENCE.matcher(text).replaceAll("");
    text = text.replace(", not marked as ignorable", ", a field this route does not take");
    text = CLASS_NAME.matcher(text).replaceAll("");
    text = PATH.matcher(text).replaceAll("(a file)");
    return text.replaceAll("\\s+", " ").trim();
  }
}
