package org.mcmock.rules;

/**
 * What a session amounts to, as Adobe would count it from the events applied so far. Times are judged
 * by {@code playerTime.ts}, so a timeline replayed in 100 ms still reports its 90 seconds.
 *
 * @param completed a sessionComplete arrived (Adobe counts a content complete only then)
 * @param contentMillis main content played: playing, outside ad breaks
 * @param adMillis time inside ads
 * @param pausedMillis time between pauseStart and the next play
 * @param bufferingMillis time between bufferStart and the next play
 */
public record PlaybackSummary(
    int adBreaks,
    int adsStarted,
    int adsCompleted,
    int adsSkipped,
    int chaptersStarted,
    int chaptersCompleted,
    int chaptersSkipped,
    int pauses,
    int bufferings,
    int errors,
    int bitrateChanges,
    int pings,
    long contentMillis,
    long adMillis,
    long pausedMillis,
    long bufferingMillis,
    boolean completed) {}
