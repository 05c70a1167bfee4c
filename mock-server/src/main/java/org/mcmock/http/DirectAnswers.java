package org.mcmock.http;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.jetty.DefaultMultipartRequestConfigurer;
import com.github.tomakehurst.wiremock.jetty.JettyFaultInjector;
import com.github.tomakehurst.wiremock.jetty.JettyHttpUtils;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpUtils;
import com.github.tomakehurst.wiremock.servlet.MultipartRequestConfigurer;
import com.github.tomakehurst.wiremock.servlet.WireMockHttpServletRequestAdapter;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.mcmock.faults.FaultPlan;

/**
 * The {@link FastPath} one step earlier, in Jetty's filter chain: a player's POST is answered before WireMock
 * copies it into a {@code LoggedRequest}, gives it a {@code ServeEvent} with a random UUID (one
 * {@code SecureRandom} shared by every request), renders and notifies. Those copies are there for WireMock's
 * journal, its listeners and its stub matching, none of which sees a request the mock answers this way, so this
 * answers only while they have nothing to do: WireMock's journal and its request logging are off (the server
 * factory installs the filter only then), the mock's stubs are the only ones, no fault is planned and WireMock's
 * global settings add no delay (a planned fault or a global delay goes WireMock's way, whose renderer applies it). Everything else passes on, untouched.
 */
public final class DirectAnswers implements Filter {

  private static final MultipartRequestConfigurer MULTIPART = new DefaultMultipartRequestConfigurer();
  private static final JettyHttpUtils JETTY = new Jetty11HttpUtils();

  private final FaultPlan faults;
  private final int maxBodyBytes;
  /** Set once WireMock has made the mock's extensions; until then every request passes on. */
  private volatile FastPath endpoints;
  /** True while WireMock's global settings add no delay ({@code --delay}), which only its renderer applies. */
  private volatile BooleanSupplier undelayed = () -> false;

  /** @param maxBodyBytes the largest body the mock reads ({@code MockSettings.maxBodyBytes}) */
  public DirectAnswers(FaultPlan faults, int maxBodyBytes) {
    this.faults = faults;
    this.maxBodyBytes = maxBodyBytes;
  }

  /**
   * The endpoints this filter answers for, from the extensions WireMock made.
   *
   * @param undelayed true while WireMock's global settings add no delay to every answer
   */
  void answerFor(FastPath fastPath, BooleanSupplier undelayed) {
    this.undelayed = undelayed;
    this.endpoints = fastPath;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    FastPath fastPath = endpoints;
    if (fastPath == null || !(request instanceof HttpServletRequest http) || !"POST".equals(http.getMethod())
        || !faults.faults().isEmpty() || !undelayed.getAsBoolean()) {
      chain.doFilter(request, response);
      return;
    }
    Request adapted = new WireMockHttpServletRequestAdapter(new SizedBody(http, maxBodyBytes), MULTIPART, null, false, JETTY);
    ResponseDefinition answer = fastPath.answer(adapted);
    if (answer == null) {
      chain.doFilter(request, response);
    } else {
      write(answer, (HttpServletResponse) response);
    }
  }

  /**
   * Writes the answer as WireMock's renderer would: status, headers, body. A fault planned while this request was
   * under way still applies (its delay, then its broken connection), as WireMock's synchronous responder does it.
   */
  private static void write(ResponseDefinition answer, HttpServletResponse response) throws IOException {
    Integer delay = answer.getFixedDelayMilliseconds();
    if (delay != null && delay > 0) {
      try {
        TimeUnit.MILLISECONDS.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (answer.getFault() != null) {
      answer.getFault().apply(new JettyFaultInjector(response, JETTY));
      return;
    }
    response.setStatus(answer.getStatus());
    if (answer.getHeaders() != null) {
      for (HttpHeader header : answer.getHeaders().all()) {
        for (String value : header.getValues()) { // values() builds an error message every call
          response.addHeader(header.key(), value);
        }
      }
    }
    byte[] body = answer.getByteBody();
    if (body != null && body.length > 0) {
      response.getOutputStream().write(body);
    }
  }
}
