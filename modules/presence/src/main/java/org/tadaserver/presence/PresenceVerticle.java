package org.tadaserver.presence;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.MessageConsumer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tadaserver.bus.BusRpc;
import org.tadaserver.bus.Deliveries;
import org.tadaserver.directory.Caller;
import org.tadaserver.directory.DirectoryService;
import org.tadaserver.protocol.event.ServerOnline;

/**
 * Presence of one node, deployed once on every gateway node. It keeps this node's sessions ({@link LocalSessions},
 * fed by the gateway over {@link PresenceAddresses#SESSIONS}), announces their per-team summary to every presence node
 * and merges everyone's announcements into the cluster-wide {@link ClusterView}. From that view it sends this node's
 * sessions {@code server.online}: to a session as it connects (the answer to its {@link SessionEvent.Op#OPEN}), to the
 * team after every visible change (coalesced per team over {@code coalesce_ms}, and in big teams paced by
 * {@link BroadcastPacer}) and to every team every {@code online_interval_ms}.
 *
 * <p>A session's open, close or activity changes one contact, so only that contact's state is recomputed and put
 * into the view, and the team is re-broadcast only when the view really changed; the list a connecting session gets
 * is built once per change of the view ({@link OnlineSender#greeting}), not once per connect. In a team of 19,000
 * sessions a connect thus costs the contact's own sessions, not the team's.
 *
 * <p>A node that drains says so ({@link ReportBatch.Kind#LEAVING}); one that dies is dropped when the cluster's failure
 * detector reports it gone ({@link NodeMembership}). Reports lost on the way are repaired by each node republishing
 * its whole state every {@code resync_interval_ms}. Everything runs on this verticle's event loop.
 */
public final class PresenceVerticle extends VerticleBase {
  private static final Logger log = LoggerFactory.getLogger(PresenceVerticle.class);
  private final PresenceConfig config;
  private final NodeMembership membership;
  private final List<MessageConsumer<?>> consumers = new ArrayList<>();
  private final List<Long> timers = new ArrayList<>();
  private final Set<UUID> dirty = new LinkedHashSet<>();
  private final Set<UUID> toReport = new LinkedHashSet<>();
  private final Map<UUID, Map<String, ContactState>> lastMerged = new HashMap<>();
  private LocalSessions local;
  private ClusterView view;
  private OnlineSender sender;
  private BroadcastPacer pacer;
  private LastActivityPushes lastActivity;
  private DirectoryService directory;
  private long flushTimer = -1;
  /** Armed while a team's broadcast waits for its {@link BroadcastPacer} gap. */
  private long pacedTimer = -1;
  private boolean greetPending;

  public PresenceVerticle(PresenceConfig config, NodeMembership membership) {
    this.config = config;
    this.membership = membership;
  }

  @Override
  public Future<?> start() {
    local = new LocalSessions(config.afkAgeSeconds());
    view = new ClusterView(membership.localNode());
    sender = new OnlineSender(vertx);
    pacer = new BroadcastPacer(config.coalesceMs(), config.onlineIntervalMs() / 2);
    directory = BusRpc.client(vertx, DirectoryService.class, DirectoryService.ADDRESS);
    lastActivity = new LastActivityPushes(vertx, directory);
    FocusTap focus = new FocusTap(view, (team, contact) -> focusChanged(team));
    consumers.add(vertx.eventBus().<String>localConsumer(PresenceAddresses.SESSIONS, m -> {
      String greeting = onSession(SessionEvent.decode(m.body()));
      if (m.replyAddress() != null) {
        m.reply(greeting);
      }
    }));
    consumers.add(vertx.eventBus().<String>consumer(PresenceAddresses.REPORTS,
        m -> onReport(ReportBatch.decode(m.body()))));
    consumers.add(vertx.eventBus().<String>consumer(PresenceAddresses.CALLS,
        m -> onCalls(CallsUpdate.decode(m.body()))));
    consumers.add(Deliveries.consume(vertx, focus::onBatch));
    Context context = vertx.getOrCreateContext();
    membership.onNodeLeft(node -> context.runOnContext(v -> nodeLeft(node)));
    timers.add(vertx.setPeriodic(config.idleCheckMs(), id -> changed(local.checkIdle(now()), true)));
    timers.add(vertx.setPeriodic(config.onlineIntervalMs(), id -> sendAll()));
    timers.add(vertx.setPeriodic(config.resyncIntervalMs(), id -> publishFull()));
    return Future.all(consumers.stream().map(MessageConsumer::completion).toList())
        .onSuccess(v -> new ReportBatch(membership.localNode(), ReportBatch.Kind.HELLO, List.of()).publish(vertx));
  }

  /** Tells the other nodes to forget this node's sessions at once, instead of waiting for the failure detector. */
  @Override
  public Future<?> stop() {
    new ReportBatch(membership.localNode(), ReportBatch.Kind.LEAVING, List.of()).publish(vertx);
    log.info("presence leaving with {} sessions", local.size());
    timers.forEach(vertx::cancelTimer);
    return Future.join(consumers.stream().map(MessageConsumer::unregister).toList());
  }

  /** Applies a gateway event; for an open, returns the team's list for the new session (null: none). */
  private String onSession(SessionEvent event) {
    Map.Entry<UUID, String> known = event.op() == SessionEvent.Op.OPEN ? null : local.contactOf(event.session());
    UUID team = local.apply(event, now());
    if (team != null) {
      contactChanged(team, known == null ? event.contact() : known.getValue());
    }
    if (event.op() == SessionEvent.Op.OPEN && local.hasTeam(event.team())) {
      fetchFocus(event);
      return greeting(event.team());
    }
    return null;
  }

  /** Puts one local contact's new state into the view; the team is announced and re-sent only if it changed. */
  private void contactChanged(UUID team, String contact) {
    ContactState state = local.contactState(team, contact, view::focus);
    if (view.putContact(membership.localNode(), team, contact, state)) {
      toReport.add(team);
      markDirty(team);
    }
  }

  /**
   * The team's current list for a connecting session. In a team big enough to be paced, a list up to one broadcast
   * gap old will do (the change it misses goes to the whole team at the end of that gap); otherwise it is current.
   */
  private String greeting(UUID team) {
    Map<String, ContactState> last = lastMerged.getOrDefault(team, Map.of());
    long gap = pacer.gapMs(local.sessionsIn(team), last.size());
    long maxStale = pacer.paced(gap) ? gap : 0;
    return sender.greeting(team, now(), maxStale, () -> online(team));
  }

  /** Learns a connecting contact's focus mode once; later changes come through {@link FocusTap}. */
  private void fetchFocus(SessionEvent open) {
    if (view.knowsFocus(open.contact())) {
      return;
    }
    directory.contact(new Caller(open.user(), null), open.team(), open.contact())
        .onSuccess(contact -> {
          if (view.setFocus(open.contact(), contact.focusUntil())) {
            focusChanged(open.team());
          }
        })
        .onFailure(e -> log.debug("focus of {} unknown: {}", open.contact(), e.toString()));
  }

  private void focusChanged(UUID team) {
    changed(List.of(team), local.hasTeam(team));
  }

  private void onReport(ReportBatch batch) {
    if (batch.node().equals(membership.localNode())) {
      return;
    }
    if (!membership.isMember(batch.node())) {
      // a node the cluster removed (frozen past the failure timeout) and that does not know yet: its sessions would
      // stay in this view for good, since no departure of it will ever be reported again
      log.debug("ignoring presence from {}: not a member of this cluster", batch.node());
      return;
    }
    if (batch.kind() == ReportBatch.Kind.HELLO) {
      greet();
    }
    changed(view.apply(batch), false);
  }

  /** A node started: republish everything once (several greetings in one window share one answer). */
  private void greet() {
    if (!greetPending) {
      greetPending = true;
      vertx.setTimer(config.coalesceMs(), id -> {
        greetPending = false;
        publishFull();
      });
    }
  }

  private void onCalls(CallsUpdate update) {
    if (view.setCalls(update)) {
      changed(List.of(update.team()), false);
    }
  }

  private void nodeLeft(String node) {
    Set<UUID> teams = view.dropNode(node);
    if (!teams.isEmpty()) {
      log.info("node {} left; dropping its sessions in {} teams", node, teams.size());
    }
    changed(teams, false);
  }

  /**
   * Marks teams for the next flush. {@code localChange}: this node's own contribution to them may differ, so it is
   * recomputed now and announced at the flush.
   */
  private void changed(Collection<UUID> teams, boolean localChange) {
    if (teams.isEmpty()) {
      return;
    }
    for (UUID team : teams) {
      if (localChange && view.put(membership.localNode(), local.report(team, view::focus))) {
        toReport.add(team);
      }
      markDirty(team);
    }
  }

  /** Marks a team for the next flush: its list is re-sent then, and a connecting session gets a rebuilt one. */
  private void markDirty(UUID team) {
    dirty.add(team);
    sender.invalidate(team);
    if (flushTimer < 0) {
      flushTimer = vertx.setTimer(config.coalesceMs(), id -> {
        flushTimer = -1;
        flush();
      });
    }
  }

  private void flush() {
    if (!toReport.isEmpty()) {
      List<TeamReport> reports = toReport.stream().map(t -> local.report(t, view::focus)).toList();
      toReport.clear();
      new ReportBatch(membership.localNode(), ReportBatch.Kind.DELTA, reports).publish(vertx);
    }
    long now = now();
    long next = Long.MAX_VALUE;
    boolean leader = view.isLeader();
    for (UUID team : List.copyOf(dirty)) {
      Map<String, ContactState> online = view.contacts(team);
      long allowed = local.hasTeam(team) ? pacer.nextAllowed(team, local.sessionsIn(team), online.size(), now) : now;
      if (allowed > now) {
        next = Math.min(next, allowed);
        continue; // a big team's broadcast waits for its gap; later changes join it
      }
      dirty.remove(team);
      settle(team, online, leader);
    }
    if (next != Long.MAX_VALUE && pacedTimer < 0) {
      pacedTimer = vertx.setTimer(Math.max(1, next - now), id -> {
        pacedTimer = -1;
        flush();
      });
    }
  }

  /** Sends the team's list to its sessions here and notes who went offline since the last time. */
  private void settle(UUID team, Map<String, ContactState> online, boolean leader) {
    Map<String, ContactState> before = lastMerged.getOrDefault(team, Map.of());
    for (ContactState gone : before.values()) {
      if (!online.containsKey(gone.jid())) {
        view.forgetFocus(gone.jid());
        if (leader) {
          lastActivity.wentOffline(team, gone, online);
        }
      }
    }
    if (online.isEmpty()) {
      lastMerged.remove(team);
    } else {
      lastMerged.put(team, online);
    }
    if (local.hasTeam(team)) {
      long now = now();
      sender.toTeam(team, online(team), true, now);
      pacer.sent(team, now);
    } else {
      sender.forget(team);
      pacer.forget(team);
    }
  }

  private void sendAll() {
    long now = now();
    for (UUID team : local.teams()) {
      sender.toTeam(team, online(team), false, now);
      pacer.sent(team, now);
    }
  }

  private void publishFull() {
    List<TeamReport> reports = local.teams().stream().map(t -> local.report(t, view::focus)).toList();
    new ReportBatch(membership.localNode(), ReportBatch.Kind.FULL, reports).publish(vertx);
  }

  private ServerOnline online(UUID team) {
    return new ServerOnline(view.online(team, Instant.now()), view.calls(team));
  }

  private static long now() {
    return System.currentTimeMillis();
  }
}
