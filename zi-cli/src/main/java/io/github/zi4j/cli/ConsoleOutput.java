package io.github.zi4j.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Standard output, UTF-8, which remembers why a write failed: a reader that closed the pipe
 * ({@code zi4j decide CASE.json | head -2}) is not an error, a full disk is.
 */
final class ConsoleOutput extends PrintStream {

  private final Watched watched;

  ConsoleOutput(OutputStream out) {
    this(new Watched(out));
  }

  private ConsoleOutput(Watched watched) {
    super(new BufferedOutputStream(watched, 8192), false, StandardCharsets.UTF_8);
    this.watched = watched;
  }

  /** Whether a write failed because the reader closed the pipe ({@code EPIPE}). */
  boolean pipeClosed() {
    return watched.failure != null && String.valueOf(watched.failure.getMessage())
        .toLowerCase(Locale.ROOT).contains("broken pipe");
  }

  /** The stream written to, keeping the first failure. */
  private static final class Watched extends FilterOutputStream {

    private IOException failure;

    Watched(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        keep(e);
        throw e;
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      try {
        out.write(bytes, offset, length);
      } catch (IOException e) {
        keep(e);
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        keep(e);
        throw e;
      }
    }

    private void keep(IOException e) {
      if (failure == null) {
        failure = e;
      }
    }
  }
}
