package org.mcmock.contract;

import static io.cucumber.junit.platform.engine.Constants.FILTER_TAGS_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectClasspathResource;
import org.junit.platform.suite.api.Suite;

/**
 * The {@code @player} timelines again, the reference client speaking Adobe's Media Edge API
 * ({@code /ee/va/v1/...}) to the same mock: the same rules, findings and {@code verify} must hold.
 */
@Suite
@IncludeEngines("cucumber")
@SelectClasspathResource("features")
@ConfigurationParameter(key = FILTER_TAGS_PROPERTY_NAME, value = "@player")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "summary, org.mcmock.contract.players.ApiUnderTest,"
    + " junit:target/cucumber-reports/media-edge.xml")
class RunPlayerFeaturesOnMediaEdgeTest {}
