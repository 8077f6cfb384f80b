package org.tadaserver.store.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Mutual exclusion over one data directory, across threads of this JVM and across processes (the node and an admin
 * CLI): every decision "start, attach to, or stop the embedded server" is taken while holding it, so two processes
 * never start two servers on one directory and a server is never stopped while another process attaches to it.
 *
 * <p>The OS file lock ({@code dataDir/embedded.lock}) covers other processes; it is released by the OS if the process
 * dies. Java file locks are per JVM (a second lock on the same file from this JVM throws), hence the in-JVM lock in
 * front of it. Acquire and {@link #close()} on the same thread.
 */
final class DataDirLock implements AutoCloseable {
  static final String FILE_NAME = "embedded.lock";
  private static final Duration WAIT = Duration.ofMinutes(2);
  private static final long RETRY_MS = 50;
  private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

  private final ReentrantLock jvmLock;
  private final FileChannel channel;
  private final FileLock fileLock;

  private DataDirLock(ReentrantLock jvmLock, FileChannel channel, FileLock fileLock) {
    this.jvmLock = jvmLock;
    this.channel = channel;
    this.fileLock = fileLock;
  }

  /**
   * Blocks until this thread holds the lock of {@code dataDir} (an existing directory, given as its real path).
   *
   * @throws IOException when another process holds it for longer than two minutes
   */
  static DataDirLock acquire(Path dataDir) throws IOException, InterruptedException {
    ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(dataDir, d -> new ReentrantLock());
    long deadline = System.nanoTime() + WAIT.toNanos();
    if (!jvmLock.tryLock(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IOException("timed out after " + WAIT + " waiting for another thread using " + dataDir);
    }
    FileChannel channel = null;
    try {
      channel = FileChannel.open(dataDir.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock fileLock = channel.tryLock();
      while (fileLock == null) {
        if (System.nanoTime() > deadline) {
          throw new IOException("timed out after " + WAIT + " waiting for another process using " + dataDir);
        }
        Thread.sleep(RETRY_MS);
        fileLock = channel.tryLock();
      }
      return new DataDirLock(jvmLock, channel, fileLock);
    } catch (IOException | InterruptedException | RuntimeException e) {
      if (channel != null) {
        channel.close();
      }
      jvmLock.unlock();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      fileLock.release();
      channel.close();
    } finally {
      jvmLock.unlock();
    }
  }
}
