package org.mcmock.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.mcmock.journal.JournalReplay;
import org.mcmock.verify.JournalFileReader;

/** verify's reader of {@code --journal-file} files, replaying them with the mock's own engine. */
public final class MockJournalFiles implements JournalFileReader {

  @Override
  public boolean wrote(String firstLine) {
    return JournalReplay.isJournalLine(firstLine);
  }

  @Override
  public JsonNode journal(Path file) throws IOException {
    return JournalReplay.journal(file);
  }
}
