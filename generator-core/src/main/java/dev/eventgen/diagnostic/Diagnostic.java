package dev.eventgen.diagnostic;

/**
 * One problem found in a spec, with a stable code ({@code E012}) so users and tests can rely on it.
 *
 * <p>Rendered like javac: {@code spec.yaml:12:7: error[E012]: unknown key 'paylod'}.
 */
public record Diagnostic(Severity severity, String code, Location location, String message) {

  public static Diagnostic error(String code, Location location, String message) {
    return new Diagnostic(Severity.ERROR, code, location, message);
  }

  public static Diagnostic warning(String code, Location location, String message) {
    return new Diagnostic(Severity.WARNING, code, location, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  public String render() {
    return location.render() + ": " + severity.label() + "[" + code + "]: " + message;
  }

  @Override
  public String toString() {
    return render();
  }
}
