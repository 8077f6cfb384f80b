package org.tadaserver.bench.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LedgerTest {
  @Test
  void countsConfirmedMessagesThatMissARecipientAsLost() {
    // sender 0 writes to clients 1 and 2 (a group); sender 1 writes to client 0 (direct)
    Ledger ledger = new Ledger(new int[][] {{2, 1}, {0}});
    assertEquals(2, ledger.fanout(0));
    assertTrue(ledger.confirm(0, 0));
    assertTrue(ledger.confirm(0, 1));
    assertTrue(ledger.confirm(1, 0));
    assertEquals(Ledger.Arrival.FIRST, ledger.deliver(0, 0, 1));
    assertEquals(Ledger.Arrival.FIRST, ledger.deliver(0, 0, 2));
    assertEquals(Ledger.Arrival.FIRST, ledger.deliver(0, 1, 1));
    // message (0,1) never reached client 2, message (1,0) never reached client 0
    assertEquals(2, ledger.lost());
    assertFalse(ledger.hasArrived(0, 1, 2));
    ledger.deliver(0, 1, 2);
    ledger.deliver(1, 0, 0);
    assertEquals(0, ledger.lost());
  }

  @Test
  void aSecondArrivalIsADuplicateAndAStrangerIsUnexpected() {
    Ledger ledger = new Ledger(new int[][] {{1}});
    assertEquals(Ledger.Arrival.FIRST, ledger.deliver(0, 7, 1));
    assertEquals(Ledger.Arrival.DUPLICATE, ledger.deliver(0, 7, 1));
    assertEquals(Ledger.Arrival.UNEXPECTED, ledger.deliver(0, 7, 5));
    assertEquals(Ledger.Arrival.UNEXPECTED, ledger.deliver(3, 7, 1));
    assertEquals(Ledger.Arrival.UNEXPECTED, ledger.deliver(-1, 7, 1));
  }

  @Test
  void aDuplicateConfirmIsReportedAndUnconfirmedArrivalsAreNotLost() {
    Ledger ledger = new Ledger(new int[][] {{1}});
    assertTrue(ledger.confirm(0, 3));
    assertFalse(ledger.confirm(0, 3));
    ledger.deliver(0, 3, 1);
    ledger.deliver(0, 4, 1); // arrived, but its confirm never came: not lost, the sender counts it unconfirmed
    assertEquals(0, ledger.lost());
  }
}
