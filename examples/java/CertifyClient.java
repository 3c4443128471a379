// Create Session from Java 17 (java.net.http only), speaking the certification protocol.
//
// One logical call with the body in INGO_BODY_FILE: signed per attempt, one Idempotency-Key for
// every retry, Retry-After honoured, backoff with full jitter, clock corrected once from a
// stale-date answer. Prints the final answer's JSON and exits 0 on success, 1 on failure.
//
//   javac -d out examples/java/CertifyClient.java
//   ingo-session certify --strict -- java -cp out CertifyClient

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
// region signing
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs Create Session the way Ingo verifies it (Kong-style hmac-sha512 over the exact body bytes). */
final class IngoSigner {
  static final String PATH = "/api/v1/sessions/point-in-time/plugin";
  static final String SIGNED = "request-line x-date content-type content-length content-sha512";
  // IMF-fixdate: two-digit day, always GMT (RFC_1123_DATE_TIME writes "1 Apr", which is not it).
  static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

  /** The signing headers for one attempt; body is the exact bytes sent. */
  static Map<String, String> sign(String username, String secret, byte[] body, Instant now) throws Exception {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Date", IMF_FIXDATE.format(now));
    headers.put("Content-Type", "application/json");
    String length = String.valueOf(body.length); // bytes, not characters; java.net.http sends it itself
    headers.put("Content-sha512",
        Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(body)));
    String signingString = String.join("\n",
        "POST " + PATH + " HTTP/1.1",
        "x-date: " + headers.get("X-Date"),
        "content-type: application/json",
        "content-length: " + length,
        "content-sha512: " + headers.get("Content-sha512"));
    Mac mac = Mac.getInstance("HmacSHA512");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
    String signature = Base64.getEncoder()
        .encodeToString(mac.doFinal(signingString.getBytes(StandardCharsets.UTF_8)));
    headers.put("Authorization", "hmac username=\"" + username + "\", algorithm=\"hmac-sha512\", headers=\""
        + SIGNED + "\", signature=\"" + signature + "\"");
    return headers;
  }
}
// endregion signing

public final class CertifyClient {
  static final int RETRIES = 6; // at most 7 attempts
  static final Duration TIMEOUT = Duration.ofSeconds(5); // a stalled answer is abandoned after this, and retried
  static final Set<Integer> RETRYABLE = Set.of(408, 409, 429, 500, 502, 503, 504);
  static final Pattern ENVELOPE_STATUS = Pattern.compile("^\\s*\\{.*?\"status\"\\s*:\\s*(\\d+)", Pattern.DOTALL);
  // Redirects are never followed: a signed body must not go wherever a Location points.
  static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(TIMEOUT)
      .build();

  record Result(boolean ok, String answer) {}

  static Result createSession(String baseUrl, String username, String secret, byte[] body) throws Exception {
    String key = UUID.randomUUID().toString(); // one key for every attempt of this call
    Duration clockOffset = Duration.ZERO;
    boolean corrected = false;
    String answer = "null";
    for (int attempt = 0; attempt <= RETRIES; attempt++) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + IngoSigner.PATH))
          .timeout(TIMEOUT)
          .header("Idempotency-Key", key)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      IngoSigner.sign(username, secret, body, Instant.now().plus(clockOffset)).forEach(request::header);
      double waitSeconds;
      try {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        answer = response.body();
        int status = response.statusCode();
        int envelope = envelopeStatus(answer);
        if (status == 200 && (envelope == 100 || envelope == 101)) return new Result(true, answer);
        var date = response.headers().firstValue("Date");
        if (status == 401 && envelope == 402 && !corrected && date.isPresent()) {
          // Our clock is off: learn the server's time from its Date and sign again, once.
          Instant server = ZonedDateTime.parse(date.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
          clockOffset = Duration.between(Instant.now(), server);
          corrected = true;
          attempt--; // the corrected attempt is not counted as a retry
          continue;
        }
        if (!RETRYABLE.contains(status)) return new Result(false, answer); // a refusal: retrying would fail the same way
        var retryAfter = response.headers().firstValue("Retry-After").filter(v -> v.matches("\\d+"));
        waitSeconds = retryAfter.isPresent() ? Double.parseDouble(retryAfter.get()) : backoff(attempt);
      } catch (IOException error) { // cut connection, reset, timeout: retry under the same key
        answer = "{\"error\":\"" + error.getClass().getSimpleName() + "\"}";
        waitSeconds = backoff(attempt);
      }
      if (attempt < RETRIES) Thread.sleep((long) (waitSeconds * 1000));
    }
    return new Result(false, answer);
  }

  static int envelopeStatus(String answer) {
    Matcher matcher = ENVELOPE_STATUS.matcher(answer);
    return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
  }

  /** Full jitter: a uniform wait under a ceiling that doubles from 0.1 s up to 1 s. */
  static double backoff(int attempt) {
    return ThreadLocalRandom.current().nextDouble() * Math.min(1.0, 0.1 * Math.pow(2, attempt));
  }

  public static void main(String[] args) throws Exception {
    byte[] body = Files.readAllBytes(Path.of(System.getenv("INGO_BODY_FILE"))); // sent as is: JSON-equal by definition
    Result result = createSession(System.getenv("INGO_BASE_URL"), System.getenv("INGO_USERNAME"),
        System.getenv("INGO_SECRET"), body);
    System.out.println(result.answer());
    System.exit(result.ok() ? 0 : 1);
  }
}
