Feature: Timeline 3 - chapters
  VOD with chapters, a pre-roll pod, buffering, a mid-roll and a pause. Adobe's page "Timeline 3 - VOD with
  chapters" lists the actions below; the player pings on its own every 10 seconds.

  Corrections to the page: the second chapter's chapterComplete at 87 s carries playhead 44, not 0, and
  the player sends play after the mid-roll's adBreakComplete (the page leaves it out).

  Background:
    Given the video "ClickMe", a VOD of 60.33 seconds
    And its ads:
      | ad            | id  | length | position |
      | Pre-roll ad 1 | 001 | 15     | 1        |
      | Pre-roll ad 2 | 002 | 7      | 2        |
      | Mid-roll ad 1 | 003 | 8      | 1        |
    And its chapters:
      | chapter   | index | offset | length |
      | Chapter 1 | 1     | 0      | 20     |
      | Chapter 2 | 2     | 22     | 22     |
      | Credits   | 3     | 44     | 16     |

  @player
  Scenario: Chapters start and complete around the ads
    When the viewer watches:
      | action                    | seconds | playhead | request                |
      | Auto-play                 | 0       | 0        | sessionStart           |
      | Pre-roll ad break starts  | 0       | 0        | adBreakStart: pre-roll |
      | Pre-roll ad 1 starts      | 0       | 0        | adStart: Pre-roll ad 1 |
      | Pre-roll ad 1 ends        | 15      | 0        | adComplete             |
      | Pre-roll ad 2 starts      | 15      | 0        | adStart: Pre-roll ad 2 |
      | Pre-roll ad 2 ends        | 22      | 0        | adComplete             |
      | Pre-roll ad break ends    | 22      | 0        | adBreakComplete        |
      | Content plays             | 22      | 0        | play                   |
      | Chapter 1 starts          | 23      | 1        | chapterStart: Chapter 1|
      | Buffering starts          | 33      | 11       | bufferStart            |
      | Buffering ends            | 36      | 11       | play                   |
      | Chapter 1 ends            | 45      | 20       | chapterComplete        |
      | Mid-roll ad break starts  | 46      | 21       | adBreakStart: mid-roll |
      | Mid-roll ad 1 starts      | 46      | 21       | adStart: Mid-roll ad 1 |
      | Mid-roll ad 1 ends        | 54      | 21       | adComplete             |
      | Mid-roll ad break ends    | 54      | 21       | adBreakComplete        |
      | Content plays             | 54      | 21       | play                   |
      | Chapter 2 starts          | 55      | 22       | chapterStart: Chapter 2|
      | The user pauses           | 64      | 31       | pauseStart             |
      | The user plays again      | 74      | 31       | play                   |
      | Chapter 2 ends            | 87      | 44       | chapterComplete        |
      | The content ends          | 88      | 45       | sessionComplete        |
    Then the session follows the timeline:
      | request          | seconds  | playhead | params                                       |
      | sessionStart     | 0        | 0        | media.id=ClickMe, media.length=60.33         |
      | adBreakStart     | 0        | 0        | media.ad.podIndex=0                          |
      | adStart          | 0        | 0        | media.ad.id=001                              |
      | pings every 10 s | 0 to 22  |          |                                              |
      | adComplete       | 15       | 0        |                                              |
      | adStart          | 15       | 0        | media.ad.id=002                              |
      | adComplete       | 22       | 0        |                                              |
      | adBreakComplete  | 22       | 0        |                                              |
      | play             | 22       | 0        |                                              |
      | pings every 10 s | 22 to 88 |          |                                              |
      | chapterStart     | 23       | 1        | media.chapter.index=1, media.chapter.offset=0 |
      | bufferStart      | 33       | 11       |                                              |
      | play             | 36       | 11       |                                              |
      | chapterComplete  | 45       | 20       |                                              |
      | adBreakStart     | 46       | 21       | media.ad.podIndex=1                          |
      | adStart          | 46       | 21       | media.ad.id=003                              |
      | adComplete       | 54       | 21       |                                              |
      | adBreakComplete  | 54       | 21       |                                              |
      | play             | 54       | 21       |                                              |
      | chapterStart     | 55       | 22       | media.chapter.index=2, media.chapter.offset=22 |
      | pauseStart       | 64       | 31       |                                              |
      | play             | 74       | 31       |                                              |
      | chapterComplete  | 87       | 44       |                                              |
      | sessionComplete  | 88       | 45       |                                              |
    And the mock found no error
    And the session is "complete"
    And the summary shows:
      | figure             | value |
      | chapters started   | 2     |
      | chapters completed | 2     |
      | chapters skipped   | 0     |
      | seconds of content | 45    |

  Scenario: The viewer skips the credits
    When the viewer watches:
      | action                         | seconds | playhead | request              |
      | Auto-play                      | 0       | 0        | sessionStart         |
      | Content plays                  | 0       | 44       | play                 |
      | Credits start                  | 0       | 44       | chapterStart: Credits|
      | The viewer skips the credits   | 5       | 49       | chapterSkip          |
      | The viewer closes the player   | 5       | 49       | sessionEnd           |
    Then the backend answered 201 to the sessionStart and 204 to every event
    And the mock found no error
    And the summary shows:
      | figure             | value |
      | chapters started   | 1     |
      | chapters completed | 0     |
      | chapters skipped   | 1     |

  Scenario: A chapter that starts before the last one ended overlaps it
    When the viewer watches:
      | action                             | seconds | playhead | request                 |
      | Auto-play                          | 0       | 0        | sessionStart            |
      | Content plays                      | 0       | 0        | play                    |
      | Chapter 1 starts                   | 0       | 0        | chapterStart: Chapter 1 |
      | Chapter 2 starts, no chapterComplete | 22    | 22       | chapterStart: Chapter 2 |
    Then the backend answered 201 to the sessionStart and 204 to every event
    And the mock found:
      | event | request      | rule            | severity |
      | 5     | chapterStart | CHAPTER_OVERLAP | error    |
