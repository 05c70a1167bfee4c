package org.mcmock.client;

import java.util.concurrent.CompletableFuture;

/** Sends a JSON body to a path of the backend. Never completes exceptionally: a failure is an {@link Answer#none}. */
public interface Transport {

  CompletableFuture<Answer> post(String path, String json);
}
