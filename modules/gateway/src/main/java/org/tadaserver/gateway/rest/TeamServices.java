package org.tadaserver.gateway.rest;

import io.vertx.core.Vertx;
import org.tadaserver.bus.BusRpc;
import org.tadaserver.chats.TaskService;
import org.tadaserver.reminds.RemindService;
import org.tadaserver.sections.SectionService;
import org.tadaserver.sections.TagService;

/**
 * The services behind the task and team-structure routes (tasks, reminds, sections, tags); a null one leaves its routes
 * out, so tests of other routes need none of them.
 */
public record TeamServices(TaskService tasks, RemindService reminds, SectionService sections, TagService tags) {
  public static final TeamServices NONE = new TeamServices(null, null, null, null);

  /** Clients of the services on the event bus. */
  public static TeamServices onBus(Vertx vertx) {
    return new TeamServices(BusRpc.client(vertx, TaskService.class, TaskService.ADDRESS),
        BusRpc.client(vertx, RemindService.class, RemindService.ADDRESS),
        BusRpc.client(vertx, SectionService.class, SectionService.ADDRESS),
        BusRpc.client(vertx, TagService.class, TagService.ADDRESS));
  }
}
