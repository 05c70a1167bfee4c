package org.mcmock.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a journal file the mock wrote with {@code --journal-file} (one line per call, not the admin API's JSON)
 * into the journal's JSON. verify knows no server: whoever holds the mock (the command line) supplies one.
 */
public interface JournalFileReader {

  /** Reads nothing: every file is taken to be JSON saved from the admin API. */
  JournalFileReader NONE = new JournalFileReader() {
    @Override
    public boolean wrote(String firstLine) {
      return false;
    }

    @Override
    public JsonNode journal(Path file) {
      throw new UnsupportedOperationException("no journal file reader");
    }
  };

  /** True when {@code firstLine} is a journal file's, not a journal saved from the admin API. */
  boolean wrote(String firstLine);

  /** The journal (all pages of {@code GET /__admin/media-collection/journal}) as it stood at the file's end. */
  JsonNode journal(Path file) throws IOException;
}
