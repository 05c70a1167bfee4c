Feature: Short viewing
  A timeline of this project's own, for MediaCollectionMockExtension.Builder.features(Path).

  Scenario: The viewer watches the pre-roll and leaves
    Then the session follows the timeline:
      | request          | seconds | playhead | params          |
      | sessionStart     | 0       | 0        | media.id=ClickMe |
      | adBreakStart     | 0       | 0        |                 |
      | adStart          | 0       | 0        | media.ad.id=001 |
