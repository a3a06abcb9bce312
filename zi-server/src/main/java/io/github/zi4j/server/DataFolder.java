package io.github.zi4j.server;

import io.github.zi4j.ZiException;
import io.github.zi4j.ZiParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The data folder as served: the last catalog read whole, read again when a file in the folder
 * changes (checked every {@code zi.server.reload-interval}) or the day changes (a round may open).
 * A folder that cannot be read leaves the last good catalog served, and the failure is logged and
 * shown to the operator; before any good read, PortalRB's endpoints answer 500.
 *
 * <p>Thread-safe.
 */
@Component
final class DataFolder implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(DataFolder.class);

  /** Where "today" is: the round's days are Jakarta's (WIB). */
  static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

  private final ServerSettings settings;
  private final AtomicReference<Catalog> catalog = new AtomicReference<>();
  private final AtomicReference<Status> status;
  private final ScheduledExecutorService poller;
  private LocalDate loadedDay;

  DataFolder(ServerSettings settings) {
    java.nio.file.Path folder = settings.data().orElseThrow(() -> new ZiException("--data",
        "zi-server needs a data folder: --data DIR (or zi.server.data)", null));
    if (!java.nio.file.Files.isDirectory(folder)) {
      throw new ZiException("--data", "--data must be a folder of case files, but " + folder
          + " is not a folder", null);
    }
    this.settings = settings;
    this.status = new AtomicReference<>(new Status(Instant.now(), Optional.empty()));
    reload(true);
    poller = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "zi-data-folder");
      thread.setDaemon(true);
      return thread;
    });
    long every = Math.max(1, settings.reloadInterval().toMillis());
    poller.scheduleWithFixedDelay(() -> reload(false), every, every, TimeUnit.MILLISECONDS);
  }

  /**
   * The catalog in force.
   *
   * @return the last catalog read whole, when one was
   */
  Optional<Catalog> catalog() {
    return Optional.ofNullable(catalog.get());
  }

  /**
   * The catalog in force, for an endpoint that serves it.
   *
   * @return the catalog
   * @throws ApiError 500 when the folder has never been read whole
   */
  Catalog require() {
    Catalog current = catalog.get();
    if (current == null) {
      throw new ApiError(500, ApiError.DATA_UNAVAILABLE, "the instansi's data folder could not"
          + " be read; its operator sees why (GET /operator/units) and the server reads it again"
          + " once it is fixed");
    }
    return current;
  }

  /**
   * The last read's outcome.
   *
   * @return when the folder was last checked, and the failure that left the last good catalog in
   *     force, if the last read failed
   */
  Status status() {
    return status.get();
  }

  /**
   * Reads the folder again when it changed (or always, when {@code force}), and puts the catalog in
   * force when the whole folder reads; otherwise keeps the one in force and logs why.
   *
   * @param force read even when nothing changed
   * @return the outcome
   */
  synchronized Status reload(boolean force) {
    LocalDate today = settings.today().orElseGet(() -> LocalDate.now(ZONE));
    Map<String, String> files = Map.of();
    try {
      // the constructor required the folder: its absence here is a bug
      files = CatalogLoader.fingerprint(settings.data().orElseThrow(() ->
          new IllegalStateException("zi-server needs a data folder: --data DIR (or"
              + " zi.server.data)")));
      Catalog current = catalog.get();
      boolean sameDay = today.equals(loadedDay);
      if (!force && sameDay && status.get().error().isEmpty() && current != null
          && files.equals(current.files())) {
        return status.get();
      }
      if (!force && sameDay && status.get().error().isPresent()
          && files.equals(status.get().failedFiles())) {
        return status.get();
      }
      CatalogLoader loader = CatalogLoader.of(settings, today);
      Catalog read = loader.load();
      catalog.set(read);
      loadedDay = today;
      long listed = read.units().stream().filter(u -> u.listed().isPresent()).count();
      LOG.atInfo().addKeyValue("event", "data.loaded").addKeyValue("folder", loader.folder())
          .addKeyValue("units", read.units().size()).addKeyValue("listed", listed)
          .addKeyValue("tahun", read.tahun().isPresent() ? read.tahun().getAsInt() : "none")
          .log("data folder read: {} units, {} listed", read.units().size(), listed);
      status.set(new Status(Instant.now(), Optional.empty()));
    } catch (ZiParseException e) {
      failed(e.source(), e.path(), e.getMessage(), files, today);
    } catch (ZiException e) {
      failed(settings.data().map(Object::toString).orElse("--data"), e.path(), e.getMessage(), files,
          today);
    } catch (java.io.UncheckedIOException e) {
      failed(settings.data().map(Object::toString).orElse("--data"), "$", e.getMessage(), files,
          today);
    }
    return status.get();
  }

  /**
   * Keeps the catalog in force and logs why the read failed; the folder, as fingerprinted, is not
   * read again until it changes (or the day does).
   */
  private void failed(String file, String path, String problem, Map<String, String> files,
      LocalDate today) {
    loadedDay = today;
    // the problem may quote a value of the file: it goes to the operator's view, not the log
    LOG.atError().addKeyValue("event", "data.rejected").addKeyValue("file", file)
        .addKeyValue("path", path).addKeyValue("kept", catalog.get() != null)
        .log("data folder not read: {} at {} cannot be read; {}", file, path,
            catalog.get() != null ? "the last good data is still served"
                : "nothing is served until it is fixed");
    status.set(new Status(Instant.now(), Optional.of(new Failure(file, path, problem, files))));
  }

  @Override
  public void destroy() {
    poller.shutdownNow();
  }

  /**
   * The outcome of the last read.
   *
   * @param checkedAt when it was
   * @param error why it failed, when it did
   */
  record Status(Instant checkedAt, Optional<Failure> error) {

    Map<String, String> failedFiles() {
      return error.map(Failure::files).orElse(Map.of());
    }
  }

  /**
   * Why a read failed.
   *
   * @param file the file that could not be read
   * @param path the JSON path or cell in it
   * @param problem what is wrong
   * @param files the folder's fingerprint then, not read again until it changes
   */
  record Failure(String file, String path, String problem, Map<String, String> files) {}
}
