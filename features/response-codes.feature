Feature: Response codes - what Adobe's backend answers, and why
  201 Created with Location for a new session, 204 No Content for an event, 400 Bad Request with an
  explanation, 404 Not Found for a session the backend never issued, 410 Gone for a closed one. A session
  closes with sessionEnd, after 10 minutes without any event, or after 30 minutes in which the playhead
  does not move. The mock's clock is moved on through its admin API, so nobody waits.

  Background:
    Given the video "ClickMe", a VOD of 60 seconds

  Scenario: A new session is created with its address in Location
    When the player starts a session with this request:
      """
      {"eventType": "sessionStart", "playerTime": {"playhead": 0, "ts": <timestamp>},
       "params": {"analytics.trackingServer": "example.hb-api.omtrdc.net", "analytics.reportSuite": "example-rsid",
                  "visitor.marketingCloudOrgId": "0123456789ABCDEF01234567@AdobeOrg", "media.id": "clickme",
                  "media.length": 60, "media.contentType": "VOD", "media.playerName": "sample-player",
                  "media.channel": "sample-channel"}}
      """
    Then the backend answers 201
    And the answer carries a Location of the form "/api/v1/sessions/{sid}"
    And the session is "open"

  Scenario: A sessionStart without media.id gets 400 and says what is missing
    When the player starts a session with this request:
      """
      {"eventType": "sessionStart", "playerTime": {"playhead": 0, "ts": <timestamp>},
       "params": {"analytics.trackingServer": "example.hb-api.omtrdc.net", "analytics.reportSuite": "example-rsid",
                  "visitor.marketingCloudOrgId": "0123456789ABCDEF01234567@AdobeOrg",
                  "media.length": 60, "media.contentType": "VOD", "media.playerName": "sample-player",
                  "media.channel": "sample-channel"}}
      """
    Then the backend answers 400
    And the answer says "/params/media.id"
    And the mock recorded no session

  Scenario: An event with a playhead in words gets 400 and is recorded as refused
    Given the viewer has watched:
      | action    | seconds | playhead | request      |
      | Auto-play | 0       | 0        | sessionStart |
    When the player sends this request to the session:
      """
      {"eventType": "play", "playerTime": {"playhead": "zero", "ts": <timestamp>}}
      """
    Then the backend answers 400
    And the answer says "/playerTime/playhead: string found, number expected"
    And the backend recorded:
      | request      | answer |
      | sessionStart | 201    |
      | play         | 400    |

  Scenario: An event for a session the backend never issued gets 404
    When the player sends a "ping" to the session "0000000000000000"
    Then the backend answers 404
    And the answer says "No session 0000000000000000"
    And the mock recorded no session

  Scenario: After sessionEnd, every event gets 410
    Given the viewer has watched:
      | action                  | seconds | playhead | request      |
      | Auto-play               | 0       | 0        | sessionStart |
      | Content plays           | 0       | 0        | play         |
      | The user closes the app | 15      | 15       | sessionEnd   |
    When a late "sessionEnd" reaches the session 1 seconds later
    Then the backend answers 410
    And the answer says "sessionEnd arrived"
    And the session is "ended"

  Scenario: Ten minutes without any event closes the session
    Given a player that does not start a new session after a 404 or 410
    And the viewer has watched:
      | action        | seconds | playhead | request      |
      | Auto-play     | 0       | 0        | sessionStart |
      | Content plays | 0       | 0        | play         |
    When nothing reaches the backend for 10 minutes
    And 10 more seconds pass
    Then the backend answered 410 to the "ping"
    And the session is "timed-out"

  Scenario: Nine minutes without any event is not yet a timeout
    Given the viewer has watched:
      | action        | seconds | playhead | request      |
      | Auto-play     | 0       | 0        | sessionStart |
      | Content plays | 0       | 0        | play         |
    When nothing reaches the backend for 9 minutes
    And 10 more seconds pass
    Then the backend answered 204 to the "ping"
    And the session is "open"

  Scenario: Thirty minutes paused, pinging with a playhead that never moves, closes the session
    Given a player that does not start a new session after a 404 or 410
    And the viewer has watched:
      | action          | seconds | playhead | request      |
      | Auto-play       | 0       | 0        | sessionStart |
      | Content plays   | 0       | 0        | play         |
      | The user pauses | 5       | 5        | pauseStart   |
    When the player stays paused for 31 minutes, the mock's clock keeping pace
    Then the session is "timed-out"
    And the backend answered 410 to the last "ping"
