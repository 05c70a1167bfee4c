package org.mcmock.contract.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cucumber.java.en.Then;
import java.util.List;
import org.mcmock.client.Answer;
import org.mcmock.client.Exchange;
import org.mcmock.contract.viewing.HeaderLine;

/** What the backend answered: to the reference client's requests, and to the last request sent by hand. */
public final class AnswerSteps {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Playback playback;

  public AnswerSteps(Playback playback) {
    this.playback = playback;
  }

  @Then("the backend answered 201 to the sessionStart and 204 to every event")
  public void adobesHappyPath() {
    List<Exchange> exchanges = playback.exchanges();
    assertThat(exchanges).as("the player's requests").isNotEmpty();
    assertThat(exchanges).as("answers to the player's requests, in order").allSatisfy(exchange ->
        assertThat(exchange.status()).as("%s, answer body: %s", exchange, exchange.answer().body())
            .isEqualTo("sessionStart".equals(exchange.eventType()) ? 201 : 204));
  }

  @Then("the backend answered {int} to the {string}")
  public void answeredTo(int status, String eventType) {
    assertThat(playback.exchanges()).as("the player's requests and their answers")
        .filteredOn(exchange -> exchange.eventType().equals(eventType))
        .extracting(Exchange::status).as("answers to the player's %s requests, all: %s", eventType,
            playback.exchanges())
        .isNotEmpty().containsOnly(status);
  }

  /** The answers to the player's requests of that type, in order: {@code 204 and 400}. */
  @Then("the backend answered {int} and {int} to the {string}")
  public void answeredInTurn(int first, int second, String eventType) {
    assertThat(playback.exchanges()).filteredOn(exchange -> exchange.eventType().equals(eventType))
        .extracting(Exchange::status).as("answers to the player's %s requests, in order; all: %s", eventType,
            playback.exchanges())
        .containsExactly(first, second);
  }

  @Then("the backend answered {string} to the {string}")
  public void answeredHeader(String header, String eventType) {
    Exchange exchange = playback.exchanges().stream().filter(e -> e.eventType().equals(eventType)).findFirst()
        .orElseThrow(() -> new AssertionError("the player sent no " + eventType + ": " + playback.exchanges()));
    hasHeader(exchange.answer(), HeaderLine.parse(header), "the answer to " + exchange);
  }

  @Then("the backend answered {int} to the last {string}")
  public void answeredToLast(int status, String eventType) {
    List<Exchange> sent = playback.exchanges().stream().filter(e -> e.eventType().equals(eventType)).toList();
    assertThat(sent).as("the player's %s requests", eventType).isNotEmpty();
    assertThat(sent.get(sent.size() - 1).status()).as("answer to the last %s, all answers: %s", eventType,
        playback.exchanges()).isEqualTo(status);
  }

  @Then("the answer carries a Location of the form {string}")
  public void location(String form) {
    String prefix = form.substring(0, form.indexOf('{'));
    assertThat(playback.lastAnswer().header("Location")).as("Location, headers: %s", playback.lastAnswer().headers())
        .hasValueSatisfying(value -> assertThat(value).matches(java.util.regex.Pattern.quote(prefix) + "[^/]+"));
  }

  @Then("every answer to the player carries {string}")
  public void everyAnswerCarries(String header) {
    HeaderLine expected = HeaderLine.parse(header);
    assertThat(playback.exchanges()).as("the player's requests").isNotEmpty()
        .allSatisfy(exchange -> hasHeader(exchange.answer(), expected, "the answer to " + exchange));
  }

  @Then("the backend answers {int}")
  public void answers(int status) {
    Answer answer = playback.lastAnswer();
    assertThat(answer.status()).as("status of the answer %s", answer.body()).isEqualTo(status);
  }

  /** Matches the {@code message} of a JSON answer (unescaped, as a reader sees it), else the whole body. */
  @Then("the answer says {string}")
  public void says(String text) {
    String body = playback.lastAnswer().body();
    String message;
    try {
      message = JSON.readTree(body).path("message").asText(body);
    } catch (JsonProcessingException notJson) {
      message = body;
    }
    assertThat(message).as("the answer's message; whole body: %s", body).contains(text);
  }

  @Then("the answer carries {string}")
  public void carries(String header) {
    hasHeader(playback.lastAnswer(), HeaderLine.parse(header), "the answer");
  }

  private static void hasHeader(Answer answer, HeaderLine expected, String what) {
    assertThat(answer.header(expected.name())).as("header %s on %s; its headers: %s", expected.name(), what,
        answer.headers()).contains(expected.value());
  }
}
