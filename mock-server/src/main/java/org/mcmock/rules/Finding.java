package org.mcmock.rules;

/**
 * Something the mock noticed about a session that Adobe's backend would not say out loud.
 *
 * @param rule stable rule id, e.g. {@code DOWNLOADED_NO_CLOSE}
 * @param eventIndex index of the event in the session's arrival order, or -1 for the whole session
 * @param message what happened and what the docs ask for instead
 */
public record Finding(String rule, Severity severity, int eventIndex, String message) {}
