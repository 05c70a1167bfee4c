Feature: Timeline 2 - the user abandons the session
  VOD, a pre-roll ad, an error, a mid-roll ad, and the user closes the app during the mid-roll.
  Adobe's page "Timeline 2 - User abandons session" (seed 003) lists the actions below; the player pings
  on its own every 10 seconds, as Adobe's SDKs do (the page asks for 1 s inside ads; the mock takes both).

  Corrections to the page (the scenarios after the first show what the mock says about the page's version):
  - the play at 37 s resumes at playhead 20, where the error stopped it (the sample body says 18);
  - pings and the mid-roll follow that playhead: 23 at 40 s and 28 at 45 s (the page keeps counting
    through the error and writes 28 and 33);
  - QoE goes in qoeData with its media.qoe. prefix (the sample writes bitrate);
  - the sample ping at 20 s writes its playhead as 8ß, which is not JSON.

  An error event does not stop the backend's count of content: from the play at 12 s to the mid-roll at
  45 s it counts 33 seconds. A player that stalls says so with bufferStart or pauseStart.

  Background:
    Given the video "ClickMe", a VOD of 60.33 seconds
    And its ads:
      | ad              | id  | length | position |
      | Pre-roll ad 1   | 001 | 12     | 1        |
      | Mid-roll ad 1   | 002 | 8      | 1        |

  @player
  Scenario: The player reports the viewing until the user closes the app
    When the viewer watches:
      | action                                     | seconds | playhead | request                      |
      | Auto-play or Play button pressed           | 0       | 0        | sessionStart                 |
      | Pre-roll ad break starts                   | 0       | 0        | adBreakStart: pre-roll       |
      | Pre-roll ad 1 starts                       | 0       | 0        | adStart: Pre-roll ad 1       |
      | Pre-roll ad 1 ends                         | 12      | 0        | adComplete                   |
      | Pre-roll ad break ends                     | 12      | 0        | adBreakComplete              |
      | Content plays                              | 12      | 0        | play                         |
      | An error occurs                            | 32      | 20       | error: playback-stalled      |
      | The app recovers and the user presses play | 37      | 20       | play                         |
      | Mid-roll ad break starts                   | 45      | 28       | adBreakStart: mid-roll       |
      | Mid-roll ad 1 starts                       | 45      | 28       | adStart: Mid-roll ad 1       |
      | The user closes the app                    | 48      | 28       | sessionEnd                   |
    Then the session follows the timeline:
      | request          | seconds  | playhead | params                                                      |
      | sessionStart     | 0        | 0        | media.id=ClickMe, media.length=60.33, media.contentType=VOD |
      | adBreakStart     | 0        | 0        | media.ad.podIndex=0                                         |
      | adStart          | 0        | 0        | media.ad.id=001, media.ad.podPosition=1                     |
      | pings every 10 s | 0 to 12  |          |                                                             |
      | adComplete       | 12       | 0        |                                                             |
      | adBreakComplete  | 12       | 0        |                                                             |
      | play             | 12       | 0        |                                                             |
      | pings every 10 s | 12 to 45 |          |                                                             |
      | error            | 32       | 20       |                                                             |
      | play             | 37       | 20       |                                                             |
      | adBreakStart     | 45       | 28       | media.ad.podIndex=1                                         |
      | adStart          | 45       | 28       | media.ad.id=002, media.ad.podPosition=1                     |
      | sessionEnd       | 48       | 28       |                                                             |
    And the session is "ended"
    And the mock found no error
    And the summary shows:
      | figure             | value |
      | completed          | false |
      | ad breaks          | 2     |
      | ads started        | 2     |
      | ads completed      | 1     |
      | errors             | 1     |
      | seconds of content | 33    |
      | seconds of ads     | 15    |

  Scenario: An event after sessionEnd gets 410 Gone, and the mock keeps it
    Given the viewer has watched:
      | action                  | seconds | playhead | request      |
      | Auto-play               | 0       | 0        | sessionStart |
      | Content plays           | 0       | 0        | play         |
      | The user closes the app | 5       | 5        | sessionEnd   |
    When a late "ping" reaches the session 2 seconds later
    Then the backend answers 410
    And the answer says "is closed (ended): sessionEnd arrived (event 2)"
    And the backend recorded:
      | request      | answer |
      | sessionStart | 201    |
      | play         | 204    |
      | sessionEnd   | 204    |
      | ping         | 410    |

  Scenario: The page's QoE sample without the media.qoe. prefix is refused
    Given the viewer has watched:
      | action        | seconds | playhead | request      |
      | Auto-play     | 0       | 0        | sessionStart |
    When the player sends this request to the session:
      """
      {
        "playerTime": {"playhead": 0, "ts": <timestamp>},
        "eventType": "play",
        "qoeData": {"bitrate": 10000}
      }
      """
    Then the backend answers 400
    And the answer says "/qoeData/bitrate is not a key the backend accepts on play: did you mean \"media.qoe.bitrate\"?"
    When the player sends this request to the session:
      """
      {
        "playerTime": {"playhead": 0, "ts": <timestamp>},
        "eventType": "play",
        "qoeData": {"media.qoe.bitrate": 10000}
      }
      """
    Then the backend answers 204
    And the backend recorded:
      | request      | answer |
      | sessionStart | 201    |
      | play         | 400    |
      | play         | 204    |

  Scenario: The page's ping with playhead 8ß is not JSON
    Given the viewer has watched:
      | action        | seconds | playhead | request      |
      | Auto-play     | 0       | 0        | sessionStart |
    When the player sends this request to the session:
      """
      {"playerTime": {"playhead": 8ß, "ts": <timestamp>}, "eventType": "ping"}
      """
    Then the backend answers 400
    And the answer says "The body is not valid JSON"
    And the backend recorded:
      | request      | answer |
      | sessionStart | 201    |
      | (unreadable) | 400    |

  Scenario: The page's play at playhead 18 after the error at 20 is taken like a seek back
    The mock cannot tell a wrong playhead from a seek: it answers 204 and finds nothing. The summary
    still shows the error, and the page's own table gives playhead 20 for this play.
    Given the viewer has watched:
      | action                                     | seconds | playhead | request                 |
      | Auto-play                                  | 0       | 0        | sessionStart            |
      | Content plays                              | 0       | 0        | play                    |
      | An error occurs                            | 20      | 20       | error: playback-stalled |
      | The app recovers and the user presses play | 25      | 18       | play                    |
    Then the backend answered 201 to the sessionStart and 204 to every event
    And the mock found no error
    And the summary shows:
      | figure | value |
      | errors | 1     |
