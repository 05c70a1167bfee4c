package org.mcmock.contract.websdk;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A key and a self-signed certificate for some host names, made by the JDK's keytool for one test, in a PKCS12
 * keystore a WireMock HTTPS port presents. A browser trusts it for that test only, by the hash of its public key
 * ({@link #spkiHash()}, Chromium's {@code --ignore-certificate-errors-spki-list}).
 */
public record TestCertificate(Path keystore, String password, String spkiHash) {

  private static final String ALIAS = "mcmock-test";

  /** Makes the keystore in {@code folder}: an EC key, valid two days, for these DNS names. */
  public static TestCertificate create(Path folder, List<String> hosts) throws IOException, InterruptedException {
    Path keystore = folder.resolve("test-certificate.p12");
    String password = "test-only";
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", password,
        "-alias", ALIAS, "-keyalg", "EC", "-validity", "2", "-dname", "CN=" + hosts.get(0),
        "-ext", "SAN=" + hosts.stream().map(host -> "dns:" + host).collect(Collectors.joining(",")))
        .redirectErrorStream(true).start();
    String said = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (keytool.waitFor() != 0) {
      throw new IOException("keytool could not make the test certificate: " + said);
    }
    return new TestCertificate(keystore, password, spkiHash(keystore, password));
  }

  /** base64(sha256(SubjectPublicKeyInfo)): how Chromium names a certificate it should accept. */
  private static String spkiHash(Path keystore, String password) throws IOException {
    try {
      Certificate certificate = KeyStore.getInstance(keystore.toFile(), password.toCharArray()).getCertificate(ALIAS);
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getPublicKey().getEncoded());
      return Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot read the test certificate back: " + e.getMessage(), e);
    }
  }

  /** Serves HTTPS on a free port with this certificate, as {@code --https-port 0 --https-keystore} does. */
  public WireMockConfiguration https(WireMockConfiguration config) {
    return config.dynamicHttpsPort().keystorePath(keystore.toString()).keystorePassword(password)
        .keyManagerPassword(password);
  }
}
