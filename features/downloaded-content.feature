Feature: Downloaded content - a whole offline session in one request
  A player that plays downloaded content stores the session's events on the device, in the order they
  happened, and sends them later as one JSON array to /api/v1/downloaded (Adobe's "Track
  offline downloaded content", see docs/decisions.md). The backend creates the session (201) or, if any event is invalid,
  discards everything (400). Adobe's SDKs ping every 50 seconds while storing.

  The deprecated form posts the same array to /api/v1/sessions, and then the sessionStart must carry
  "media.downloaded": true.

  Correction to the docs' sample batch: it has a trailing comma after the third ping ("ts": ...},}),
  which is not JSON; a scenario shows what the mock says about it.

  Background:
    Given the video "Downloaded episode", a VOD of 120 seconds
    And the viewer watches offline:
      | action                              | seconds | playhead | request         |
      | The user plays the downloaded video | 0       | 0        | sessionStart    |
      | Content plays                       | 0       | 0        | play            |
      | The user pauses                     | 60      | 60       | pauseStart      |
      | The user plays again                | 70      | 60       | play            |
      | The content ends                    | 130     | 120      | sessionComplete |

  Scenario: The stored session goes to /api/v1/downloaded and is created
    When the player uploads the stored viewing to /api/v1/downloaded
    Then the backend answers 201
    And the backend recorded:
      | request         | seconds | playhead |
      | sessionStart    | 0       | 0        |
      | play            | 0       | 0        |
      | ping            | 50      | 50       |
      | pauseStart      | 60      | 60       |
      | play            | 70      | 60       |
      | ping            | 100     | 90       |
      | sessionComplete | 130     | 120      |
    And the mock found no error
    And the summary shows:
      | figure             | value      |
      | kind               | downloaded |
      | completed          | true       |
      | seconds of content | 120        |
      | seconds paused     | 10         |
      | pings              | 2          |

  Scenario: One invalid event and nothing is recorded
    When the stored viewing goes to /api/v1/downloaded with the "pauseStart" playhead written as "sixty"
    Then the backend answers 400
    And the answer says "refused whole and nothing was recorded: event 3: /playerTime/playhead: string found, number expected"
    And the mock recorded no session
    And the mock lists the batch as rejected, naming "/3/playerTime/playhead"

  Scenario: The deprecated form, to /api/v1/sessions with media.downloaded true
    When the player uploads the stored viewing in the deprecated form, to /api/v1/sessions
    Then the backend answers 201
    And the answer carries "Deprecation: true"
    And the mock found:
      | event | request      | rule                       | severity |
      | 0     | sessionStart | DOWNLOADED_DEPRECATED_FORM | warning  |

  Scenario: The deprecated form without media.downloaded is refused
    When the stored viewing is posted to /api/v1/sessions without media.downloaded
    Then the backend answers 400
    And the answer says "media.downloaded"
    And the mock recorded no session

  Scenario: The docs' sample batch, its keys quoted, is created
    When the player posts this to "/api/v1/downloaded":
      """
      [{"eventType": "sessionStart", "playerTime": {"playhead": 0, "ts": 1529997923478},
        "params": {"analytics.trackingServer": "example.hb-api.omtrdc.net", "analytics.reportSuite": "example-rsid",
                   "visitor.marketingCloudOrgId": "0123456789ABCDEF01234567@AdobeOrg", "media.id": "sample",
                   "media.length": 35, "media.contentType": "VOD", "media.playerName": "sample-player",
                   "media.channel": "sample-channel"},
        "customMetadata": {}, "qoeData": {}},
       {"eventType": "play", "playerTime": {"playhead": 0, "ts": 1529997928174}},
       {"eventType": "ping", "playerTime": {"playhead": 10, "ts": 1529997937503}},
       {"eventType": "ping", "playerTime": {"playhead": 20, "ts": 1529997947533}},
       {"eventType": "ping", "playerTime": {"playhead": 30, "ts": 1529997957545}},
       {"eventType": "sessionComplete", "playerTime": {"playhead": 35, "ts": 1529997960559}}]
      """
    Then the backend answers 201
    And the mock found no error
    And the summary shows:
      | figure             | value |
      | seconds of content | 32.4  |
      | pings              | 3     |

  Scenario: The docs' sample batch with its trailing comma is not JSON
    When the player posts this to "/api/v1/downloaded":
      """
      [{"eventType": "play", "playerTime": {"playhead": 30, "ts": 1529997957545},},
       {"eventType": "sessionComplete", "playerTime": {"playhead": 35, "ts": 1529997960559}}]
      """
    Then the backend answers 400
    And the answer says "not valid JSON"
    And the mock recorded no session
