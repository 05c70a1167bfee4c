package org.mcmock.contract.steps;

import io.cucumber.java.DataTableType;
import java.util.Map;
import org.mcmock.contract.viewing.ViewingStep;

/** How the features' tables become Java values. */
public final class TableTypes {

  @DataTableType
  public ViewingStep viewingStep(Map<String, String> row) {
    return ViewingStep.of(row);
  }
}
