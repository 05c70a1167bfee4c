package org.mcmock.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a Media Collection mock for the annotated test class, with default settings and the bundled features: one
 * mock for the class, reset before each test. A test (or the constructor) takes a {@link MediaCollectionMockHandle}
 * parameter to reach it. For other settings, register {@link MediaCollectionMockExtension#newInstance()} from a
 * field instead.
 *
 * <pre>{@code
 * @MediaCollectionMockTest
 * class PlayerTest {
 *   @Test
 *   void startsASession(MediaCollectionMockHandle mock) {
 *     player.reportTo(mock.baseUrl()).play();
 *     mock.assertThatSessions().count(1);
 *   }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(MediaCollectionMockExtension.class)
public @interface MediaCollectionMockTest {}
