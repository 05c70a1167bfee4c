Feature: Timeline 1 - VOD viewed to the end
  VOD with a pre-roll pod of two ads, buffering, a mid-roll ad and a pause, watched to the end.
  Adobe's page "Timeline 1 - View content to end" lists the actions below. The player pings on its own
  every 10 seconds counted from sessionStart, as Adobe's SDKs do, so its pings land where the page puts
  its content pings (30, 40, 60, 70, 80 s); inside ads it pings at 10, 20 and 50 s (the page asks for
  every second inside ads, which the mock also takes).

  One correction to the page: after the mid-roll's adBreakComplete at 54 s the player sends play, as
  Adobe's docs ask ("send play to return the player to playing"); the page leaves it out.

  Background:
    Given the video "ClickMe", a VOD of 60.33 seconds
    And its ads:
      | ad            | id  | length | position |
      | Pre-roll ad 1 | 001 | 15     | 1        |
      | Pre-roll ad 2 | 002 | 7      | 2        |
      | Mid-roll ad 1 | 003 | 8      | 1        |

  @player
  Scenario: The player reports the whole viewing, and the backend counts it as Adobe would
    When the viewer watches:
      | action                           | seconds | playhead | request                |
      | Auto-play or Play button pressed | 0       | 0        | sessionStart           |
      | Pre-roll ad break starts         | 0       | 0        | adBreakStart: pre-roll |
      | Pre-roll ad 1 starts             | 0       | 0        | adStart: Pre-roll ad 1 |
      | Pre-roll ad 1 ends               | 15      | 0        | adComplete             |
      | Pre-roll ad 2 starts             | 15      | 0        | adStart: Pre-roll ad 2 |
      | Pre-roll ad 2 ends               | 22      | 0        | adComplete             |
      | Pre-roll ad break ends           | 22      | 0        | adBreakComplete        |
      | Content plays                    | 22      | 0        | play                   |
      | Buffering starts                 | 33      | 11       | bufferStart            |
      | Buffering ends, content plays    | 36      | 11       | play                   |
      | Mid-roll ad break starts         | 46      | 21       | adBreakStart: mid-roll |
      | Mid-roll ad 1 starts             | 46      | 21       | adStart: Mid-roll ad 1 |
      | Mid-roll ad 1 ends               | 54      | 21       | adComplete             |
      | Mid-roll ad break ends           | 54      | 21       | adBreakComplete        |
      | Content plays                    | 54      | 21       | play                   |
      | The user pauses                  | 64      | 31       | pauseStart             |
      | The user plays again             | 74      | 31       | play                   |
      | The content ends                 | 88      | 45       | sessionComplete        |
    Then the session follows the timeline:
      | request          | seconds  | playhead | params                                                      |
      | sessionStart     | 0        | 0        | media.id=ClickMe, media.length=60.33, media.contentType=VOD |
      | adBreakStart     | 0        | 0        | media.ad.podIndex=0                                         |
      | adStart          | 0        | 0        | media.ad.id=001, media.ad.podPosition=1                     |
      | pings every 10 s | 0 to 22  |          |                                                             |
      | adComplete       | 15       | 0        |                                                             |
      | adStart          | 15       | 0        | media.ad.id=002, media.ad.podPosition=2                     |
      | adComplete       | 22       | 0        |                                                             |
      | adBreakComplete  | 22       | 0        |                                                             |
      | play             | 22       | 0        |                                                             |
      | pings every 10 s | 22 to 88 |          |                                                             |
      | bufferStart      | 33       | 11       |                                                             |
      | play             | 36       | 11       |                                                             |
      | adBreakStart     | 46       | 21       | media.ad.podIndex=1                                         |
      | adStart          | 46       | 21       | media.ad.id=003, media.ad.podPosition=1                     |
      | adComplete       | 54       | 21       |                                                             |
      | adBreakComplete  | 54       | 21       |                                                             |
      | play             | 54       | 21       |                                                             |
      | pauseStart       | 64       | 31       |                                                             |
      | play             | 74       | 31       |                                                             |
      | sessionComplete  | 88       | 45       |                                                             |
    And the session is "complete"
    And the mock found no error
    And the summary shows:
      | figure            | value |
      | completed         | true  |
      | ad breaks         | 2     |
      | ads started       | 3     |
      | ads completed     | 3     |
      | seconds of content| 45    |
      | seconds of ads    | 30    |
      | seconds paused    | 10    |
      | seconds buffering | 3     |
      | pauses            | 1     |
      | bufferings        | 1     |

  Scenario: Pinging every second inside ads, as the page asks, is just as good
    Given the player pings every 1 second inside ads
    When the viewer watches:
      | action                           | seconds | playhead | request                |
      | Auto-play or Play button pressed | 0       | 0        | sessionStart           |
      | Pre-roll ad break starts         | 0       | 0        | adBreakStart: pre-roll |
      | Pre-roll ad 1 starts             | 0       | 0        | adStart: Pre-roll ad 1 |
      | Pre-roll ad 1 ends               | 15      | 0        | adComplete             |
      | Pre-roll ad break ends           | 15      | 0        | adBreakComplete        |
      | Content plays                    | 15      | 0        | play                   |
      | The content ends                 | 60      | 45       | sessionComplete        |
    Then the backend answered 201 to the sessionStart and 204 to every event
    And every answer to the player carries "X-Media-Findings: none"
    And the mock found no error
    And the summary shows:
      | figure             | value |
      | seconds of ads     | 15    |
      | seconds of content | 45    |
      | pings              | 20    |
