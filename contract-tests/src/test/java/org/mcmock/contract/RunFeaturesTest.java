package org.mcmock.contract;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectClasspathResource;
import org.junit.platform.suite.api.Suite;

/** Runs every feature in the top-level {@code features/} folder; settings in {@code junit-platform.properties}. */
@Suite
@IncludeEngines("cucumber")
@SelectClasspathResource("features")
class RunFeaturesTest {}
