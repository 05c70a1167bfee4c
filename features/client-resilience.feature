Feature: Client resilience - the player survives a slow or failing backend
  Adobe's docs ask players to queue the events they produce while the answer to their sessionStart is on its
  way, and to start a new session when an event gets 404 or 410; a 500 loses one event, not the session.
  The mock injects each failure through its admin API (POST /__admin/media-collection/faults), built on
  WireMock's delays and faults. An answer a scenario asked for is never counted as the player's mistake.

  Background:
    Given the video "ClickMe", a VOD of 60.33 seconds

  @player
  Scenario: The sessions answer arrives 3 seconds late, and the player queues its events
    Given the backend answers the sessionStart 3 seconds late
    When the viewer watches:
      | action                  | seconds | playhead | request      |
      | Auto-play               | 0       | 0        | sessionStart |
      | Content plays           | 0       | 0        | play         |
      | The user pauses         | 15      | 15       | pauseStart   |
      | The user plays again    | 18      | 15       | play         |
      | The user closes the app | 25      | 22       | sessionEnd   |
    Then the session follows the timeline:
      | request          | seconds | playhead |
      | sessionStart     | 0       | 0        |
      | play             | 0       | 0        |
      | pings every 10 s | 0 to 25 |          |
      | pauseStart       | 15      | 15       |
      | play             | 18      | 15       |
      | sessionEnd       | 25      | 22       |

  @player
  Scenario: An event gets 500, and the player carries on
    Given the backend answers the first ping with 500
    When the viewer watches:
      | action                  | seconds | playhead | request      |
      | Auto-play               | 0       | 0        | sessionStart |
      | Content plays           | 0       | 0        | play         |
      | The user pauses         | 15      | 15       | pauseStart   |
      | The user plays again    | 18      | 15       | play         |
      | The user closes the app | 25      | 22       | sessionEnd   |
    Then the session follows the timeline:
      | request          | seconds | playhead |
      | sessionStart     | 0       | 0        |
      | play             | 0       | 0        |
      | pings every 10 s | 0 to 25 |          |
      | pauseStart       | 15      | 15       |
      | play             | 18      | 15       |
      | sessionEnd       | 25      | 22       |

  @player
  Scenario Outline: An event gets <status>, and the player starts a new session where it was
    Given the backend answers the second ping with <status>
    When the viewer watches:
      | action                  | seconds | playhead | request      |
      | Auto-play               | 0       | 0        | sessionStart |
      | Content plays           | 0       | 0        | play         |
      | The user closes the app | 35      | 35       | sessionEnd   |
    Then the sessions follow the timeline:
      | request          | seconds | playhead | params            |
      | sessionStart     | 0       | 0        |                   |
      | play             | 0       | 0        |                   |
      | pings every 10 s | 0 to 35 |          |                   |
      | sessionStart     | 20      | 20       | media.resume=true |
      | play             | 20      | 20       |                   |
      | sessionEnd       | 35      | 35       |                   |

    Examples:
      | status |
      | 404    |
      | 410    |

  @player @in-process
  Scenario: The session times out during a long pause, and the player resumes it in a new session
    The mock closes a session whose playhead has not moved for 30 minutes. Only a player whose clock the
    test moves can be paused that long in a test, so this scenario is played in-process.

    When the viewer watches:
      | action          | seconds | playhead | request      |
      | Auto-play       | 0       | 0        | sessionStart |
      | Content plays   | 0       | 0        | play         |
      | The user pauses | 10      | 10       | pauseStart   |
    And the player stays paused for 31 minutes, the mock's clock keeping pace
    And the viewer watches:
      | action                  | seconds | playhead | request    |
      | The user plays again    | 1870    | 10       | play       |
      | The user closes the app | 1880    | 20       | sessionEnd |
    Then the sessions follow the timeline:
      | request          | seconds   | playhead | params            |
      | sessionStart     | 0         | 0        |                   |
      | play             | 0         | 0        |                   |
      | pauseStart       | 10        | 10       |                   |
      | pings every 10 s | 0 to 1870 |          |                   |
      | sessionStart     |           | 10       | media.resume=true |
      | pauseStart       |           | 10       |                   |
      | play             | 1870      | 10       |                   |
      | sessionEnd       | 1880      | 20       |                   |
    And the first session timed out: "the playhead did not move for 30m"
