Feature: Live stream - the second of the day, player states, QoE and custom metadata
  For a live stream the playhead is the current second of the day (19:00:00 is 68400), and Adobe's SDKs
  send 86400 as its length. Player states (fullscreen, closedCaptioning...) open with stateStart and close
  with stateEnd; a bitrate change carries the new bitrate in qoeData as media.qoe.bitrate; the session's
  custom metadata goes on the sessionStart, as strings.

  Background:
    Given the live stream "Evening news"
    And the sessionStart also carries:
      | media.streamType | video        |
      | media.show       | Evening news |
    And the session's custom metadata:
      | segment     | headlines |
      | device_kind | smart-tv  |

  @player
  Scenario: A viewer tunes in at 19:00, goes fullscreen, the bitrate drops, and leaves
    When the viewer watches:
      | action                              | seconds | playhead | request                    |
      | The viewer tunes in at 19:00:00     | 0       | 68400    | sessionStart               |
      | The stream plays                    | 0       | 68400    | play                       |
      | The viewer goes fullscreen          | 5       | 68405    | stateStart: fullscreen     |
      | The network slows, the bitrate drops| 12      | 68412    | bitrateChange: 1500000     |
      | The viewer leaves fullscreen        | 25      | 68425    | stateEnd: fullscreen       |
      | The viewer turns captions on        | 26      | 68426    | stateStart: closedCaptioning |
      | The viewer leaves                   | 35      | 68435    | sessionEnd                 |
    Then the session follows the timeline:
      | request          | seconds | playhead | params                                            | qoeData                   | customMetadata                        |
      | sessionStart     | 0       | 68400    | media.contentType=Live, media.length=86400, media.show=Evening news |  | segment=headlines, device_kind=smart-tv |
      | play             | 0       | 68400    |                                                   |                           |                                       |
      | stateStart       | 5       | 68405    | media.state.name=fullscreen                       |                           |                                       |
      | pings every 10 s | 0 to 35 |          |                                                   |                           |                                       |
      | bitrateChange    | 12      | 68412    |                                                   | media.qoe.bitrate=1500000 |                                       |
      | stateEnd         | 25      | 68425    | media.state.name=fullscreen                       |                           |                                       |
      | stateStart       | 26      | 68426    | media.state.name=closedCaptioning                 |                           |                                       |
      | sessionEnd       | 35      | 68435    |                                                   |                           |                                       |
    And the summary shows:
      | figure             | value |
      | bitrate changes    | 1     |
      | seconds of content | 35    |

  Scenario: A live playhead past the end of the day is flagged
    When the viewer watches:
      | action                                 | seconds | playhead | request      |
      | The viewer tunes in                    | 0       | 86395    | sessionStart |
      | The stream plays past midnight         | 0       | 86395    | play         |
      | The player still counts from yesterday | 8       | 86403    | pauseStart   |
    Then the backend answered 201 to the sessionStart and 204 to every event
    And the mock found:
      | event | request    | rule           | severity |
      | 2     | pauseStart | PLAYHEAD_RANGE | warning  |

  Scenario: Ending a player state that never started is an error
    When the viewer watches:
      | action                          | seconds | playhead | request              |
      | The viewer tunes in             | 0       | 68400    | sessionStart         |
      | The stream plays                | 0       | 68400    | play                 |
      | The player reports unmute       | 3       | 68403    | stateEnd: mute       |
    Then the backend answered 201 to the sessionStart and 204 to every event
    And the mock found:
      | event | request  | rule              | severity |
      | 2     | stateEnd | STATE_NOT_STARTED | error    |

  Scenario: Custom metadata under the reserved prefix "a." is an error
    Given the session's custom metadata:
      | a.campaign | spring |
    When the viewer watches:
      | action              | seconds | playhead | request      |
      | The viewer tunes in | 0       | 68400    | sessionStart |
    Then the backend answered 201 to the sessionStart and 204 to every event
    And the mock found:
      | event | request      | rule                         | severity |
      | 0     | sessionStart | CUSTOM_METADATA_RESERVED_KEY | error    |
