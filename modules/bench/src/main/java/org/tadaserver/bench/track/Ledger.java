package org.tadaserver.bench.track;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Every message of a run and where it must arrive. Each sender has a fixed, sorted list of recipients (client
 * indices); each (sender, recipient) pair is a channel that records which sequence numbers arrived. From that the
 * ledger tells, after the run, how many confirmed messages never reached a recipient (lost) and how many arrived more
 * than once (duplicated).
 *
 * <p>Thread-safety: deliveries for one recipient arrive on its client's event loop, confirms on the sender's; the
 * per-channel and per-sender locks are uncontended in practice and make the final count (from another thread) exact.
 */
public final class Ledger {
  private final int[][] recipients;
  private final BitSet[] confirmed;
  private final BitSet[][] delivered;

  /** @param recipients for each sender index, the client indices its messages must reach */
  public Ledger(int[][] recipients) {
    this.recipients = new int[recipients.length][];
    this.confirmed = new BitSet[recipients.length];
    this.delivered = new BitSet[recipients.length][];
    for (int s = 0; s < recipients.length; s++) {
      int[] sorted = recipients[s].clone();
      Arrays.sort(sorted);
      this.recipients[s] = sorted;
      this.confirmed[s] = new BitSet();
      this.delivered[s] = new BitSet[sorted.length];
      for (int i = 0; i < sorted.length; i++) {
        this.delivered[s][i] = new BitSet();
      }
    }
  }

  public int senders() {
    return recipients.length;
  }

  /** The number of deliveries one message of {@code sender} must make. */
  public int fanout(int sender) {
    return recipients[sender].length;
  }

  /** @return false if this sequence was confirmed before (a duplicated confirm) */
  public boolean confirm(int sender, int seq) {
    BitSet set = confirmed[sender];
    synchronized (set) {
      if (set.get(seq)) {
        return false;
      }
      set.set(seq);
      return true;
    }
  }

  /** Records one arrival of (sender, seq) at {@code recipient}. */
  public Arrival deliver(int sender, int seq, int recipient) {
    if (sender < 0 || sender >= recipients.length) {
      return Arrival.UNEXPECTED;
    }
    int slot = Arrays.binarySearch(recipients[sender], recipient);
    if (slot < 0) {
      return Arrival.UNEXPECTED;
    }
    BitSet set = delivered[sender][slot];
    synchronized (set) {
      if (set.get(seq)) {
        return Arrival.DUPLICATE;
      }
      set.set(seq);
      return Arrival.FIRST;
    }
  }

  /** Whether (sender, seq) has reached {@code recipient}. */
  public boolean hasArrived(int sender, int seq, int recipient) {
    int slot = Arrays.binarySearch(recipients[sender], recipient);
    if (slot < 0) {
      return false;
    }
    BitSet set = delivered[sender][slot];
    synchronized (set) {
      return set.get(seq);
    }
  }

  /** Confirmed messages times their recipients, minus the arrivals among them. */
  public long lost() {
    long lost = 0;
    for (int s = 0; s < recipients.length; s++) {
      BitSet ok;
      synchronized (confirmed[s]) {
        ok = (BitSet) confirmed[s].clone();
      }
      for (BitSet arrivals : delivered[s]) {
        BitSet missing = (BitSet) ok.clone();
        synchronized (arrivals) {
          missing.andNot(arrivals);
        }
        lost += missing.cardinality();
      }
    }
    return lost;
  }

  /** How a delivery relates to what the ledger expects. */
  public enum Arrival {
    FIRST,
    DUPLICATE,
    /** This recipient was never meant to get messages of that sender (a routing error, counted as an error). */
    UNEXPECTED
  }
}
