package org.mcmock.admin;

import java.util.List;
import org.mcmock.http.Answers;
import org.mcmock.session.RejectedBatch;
import org.mcmock.session.SessionStore;

/**
 * {@code GET /__admin/media-collection/rejected-batches}: downloaded batches refused whole, with every reason.
 * The mock keeps the last {@code --max-rejected-batches} (each body cut to 4 KiB), so the list is bounded and
 * comes whole; it is written one batch at a time.
 */
record ListRejectedBatchesTask(SessionStore store) implements StreamedAnswer {

  @Override
  public Body prepare(AdminQuery query) {
    return json -> {
      List<RejectedBatch> batches = store.rejectedBatches();
      json.writeStartObject();
      json.writeNumberField("total", batches.size());
      json.writeArrayFieldStart("batches");
      for (RejectedBatch batch : batches) {
        Answers.JSON.writeValue(json, SnapshotModel.rejectedBatch(batch));
      }
      json.writeEndArray();
      json.writeNullField("next");
      json.writeEndObject();
    };
  }
}
