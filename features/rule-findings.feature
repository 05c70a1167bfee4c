Feature: Rule findings - what Adobe would not tell the player
  Adobe's backend answers 204 to events in the wrong order and simply miscounts the session. The mock
  answers the same (faithful mode, the default) and records a finding per mistake, named by its rule,
  which the X-Media-Findings header of each answer and the admin API report. In strict mode an error
  finding turns the request into a 400, so a player's own tests fail at the mistake.

  Background:
    Given the video "ClickMe", a VOD of 60 seconds
    And its ads:
      | ad            | id  | length | position |
      | Pre-roll ad 1 | 001 | 10     | 1        |
    And its chapters:
      | chapter   | index | offset | length |
      | Chapter 1 | 1     | 0      | 30     |
      | Chapter 2 | 2     | 30     | 30     |

  Scenario Outline: An ad outside its ad break, in <mode> mode
    Given the mock runs in <mode> mode
    When the viewer watches:
      | action                                | seconds | playhead | request                |
      | Auto-play                             | 0       | 0        | sessionStart           |
      | The pre-roll starts, no adBreakStart  | 0       | 0        | adStart: Pre-roll ad 1 |
      | The pre-roll ends                     | 10      | 0        | adComplete             |
      | Content plays                         | 10      | 0        | play                   |
    Then the backend recorded:
      | request      | answer              |
      | sessionStart | 201                 |
      | adStart      | <adStart answer>    |
      | ping         | 204                 |
      | adComplete   | <adComplete answer> |
      | play         | 204                 |
    And the mock found:
      | event | request    | rule             | severity |
      | 1     | adStart    | AD_OUTSIDE_BREAK | error    |
      | 3     | adComplete | AD_OUTSIDE_BREAK | error    |
    And the backend answered "X-Media-Findings: 1 error: AD_OUTSIDE_BREAK at event 1" to the "adStart"

    Examples: Adobe answers 204 and miscounts
      | mode     | adStart answer | adComplete answer |
      | faithful | 204            | 204               |

    Examples: strict mode refuses the mistake
      | mode   | adStart answer | adComplete answer |
      | strict | 400            | 400               |

  Scenario Outline: Overlapping chapters, in <mode> mode
    Given the mock runs in <mode> mode
    When the viewer watches:
      | action                                  | seconds | playhead | request                 |
      | Auto-play                               | 0       | 0        | sessionStart            |
      | Content plays                           | 0       | 0        | play                    |
      | Chapter 1 starts                        | 0       | 0        | chapterStart: Chapter 1 |
      | Chapter 2 starts, Chapter 1 never ended | 30      | 30       | chapterStart: Chapter 2 |
      | The chapter ends                        | 60      | 60       | chapterComplete         |
    Then the backend answered <chapterStart answers> to the "chapterStart"
    And the mock found:
      | event | request      | rule            | severity |
      | 6     | chapterStart | CHAPTER_OVERLAP | error    |
    And the summary shows:
      | figure             | value                |
      | chapters started   | <chapters started>   |
      | chapters completed | 1                    |

    Examples:
      | mode     | chapterStart answers | chapters started |
      | faithful | 204 and 204          | 2                |
      | strict   | 204 and 400          | 1                |

  Scenario: A player that pings every 30 seconds leaves gaps
    Given a player whose timer pings every 30 seconds
    When the viewer watches:
      | action           | seconds | playhead | request         |
      | Auto-play        | 0       | 0        | sessionStart    |
      | Content plays    | 0       | 0        | play            |
      | The content ends | 45      | 45       | sessionComplete |
    Then the backend answered 201 to the sessionStart and 204 to every event
    And the backend recorded:
      | request         | seconds |
      | sessionStart    | 0       |
      | play            | 0       |
      | ping            | 30      |
      | sessionComplete | 45      |
    And the mock found:
      | event | request | rule            | severity |
      | 2     | ping    | PING_GAP        | error    |
      | 2     | ping    | PING_FIRST_LATE | warning  |

  Scenario: In strict mode a refused ping leaves the next event with the gap
    The refused ping is recorded but does not count, so the sessionComplete comes 45 seconds after the
    play and is refused too.
    Given a player whose timer pings every 30 seconds
    And the mock runs in strict mode
    When the viewer watches:
      | action           | seconds | playhead | request         |
      | Auto-play        | 0       | 0        | sessionStart    |
      | Content plays    | 0       | 0        | play            |
      | The content ends | 45      | 45       | sessionComplete |
    Then the backend recorded:
      | request         | seconds | answer |
      | sessionStart    | 0       | 201    |
      | play            | 0       | 204    |
      | ping            | 30      | 400    |
      | sessionComplete | 45      | 400    |
    And the mock found:
      | event | request         | rule            | severity |
      | 2     | ping            | PING_GAP        | error    |
      | 2     | ping            | PING_FIRST_LATE | warning  |
      | 3     | sessionComplete | PING_GAP        | error    |
      | 3     | sessionComplete | PING_FIRST_LATE | warning  |

  Scenario: A correct player earns no finding at all
    When the viewer watches:
      | action                   | seconds | playhead | request                 |
      | Auto-play                | 0       | 0        | sessionStart            |
      | Pre-roll ad break starts | 0       | 0        | adBreakStart: pre-roll  |
      | Pre-roll ad 1 starts     | 0       | 0        | adStart: Pre-roll ad 1  |
      | Pre-roll ad 1 ends       | 10      | 0        | adComplete              |
      | Pre-roll ad break ends   | 10      | 0        | adBreakComplete         |
      | Content plays            | 10      | 0        | play                    |
      | Chapter 1 starts         | 10      | 0        | chapterStart: Chapter 1 |
      | Chapter 1 ends           | 40      | 30       | chapterComplete         |
      | Chapter 2 starts         | 40      | 30       | chapterStart: Chapter 2 |
      | Chapter 2 ends           | 70      | 60       | chapterComplete         |
      | The content ends         | 70      | 60       | sessionComplete         |
    Then every answer to the player carries "X-Media-Findings: none"
    And the mock found:
      | event | request | rule | severity |
