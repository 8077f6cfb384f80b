package org.tadaserver.gateway.rest;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import org.tadaserver.bus.BusRpc;
import org.tadaserver.calls.CallsConfig;
import org.tadaserver.chats.ChatService;
import org.tadaserver.directory.DirectoryService;
import org.tadaserver.gateway.GatewayConfig;
import org.tadaserver.gateway.features.FeaturesFactory;
import org.tadaserver.gateway.limits.LoginLimiter;

/**
 * The REST side of the gateway: {@code /features.json} and {@code /api/v4/*} (conventions of reference §2.1). Every
 * answer is the JSON envelope ({@link Rest}), including unknown routes (404), wrong methods (405), oversized bodies
 * (413) and failures (500); bodies are JSON whatever their Content-Type ({@link Bodies}); a path works with and without
 * a trailing slash (the Vert.x router matches both). All data comes from the services over the event bus; no SQL here.
 */
public final class RestApi {
  private final GatewayConfig config;
  private final Callers callers;
  private final DirectoryService directory;
  private final ChatService chats;
  private final CallsConfig calls;
  private final TeamServices team;

  public RestApi(Vertx vertx, GatewayConfig config, DirectoryService directory) {
    this(config, directory, BusRpc.client(vertx, ChatService.class, ChatService.ADDRESS), CallsConfig.disabled(),
        TeamServices.onBus(vertx));
  }

  /** Without the tasks, reminds, sections and tags routes (for tests of the other routes). */
  public RestApi(GatewayConfig config, DirectoryService directory, ChatService chats) {
    this(config, directory, chats, CallsConfig.disabled(), TeamServices.NONE);
  }

  /**
   * @param calls the calls settings (features.json advertises calls and the ICE servers when they are on)
   * @param team the tasks, reminds, sections and tags services ({@link TeamServices#NONE} leaves their routes out)
   */
  public RestApi(GatewayConfig config, DirectoryService directory, ChatService chats, CallsConfig calls,
      TeamServices team) {
    this.calls = calls;
    this.config = config;
    this.directory = directory;
    this.chats = chats;
    this.team = team;
    this.callers = new Callers(directory);
  }

  /**
   * Adds the routes and the router-wide JSON error answers to {@code router}. The error answers cover the whole router
   * (Vert.x has one 404/405 handler per router), so unknown paths outside {@code /api} get the envelope too.
   */
  public void mount(Router router) {
    RouterErrors.install(router, config.maxBodyBytes());
    router.route("/api/*").handler(BodyHandler.create(false).setBodyLimit(config.maxBodyBytes()));
    new ServerInfoRoutes(new FeaturesFactory(config, calls)).mount(router);
    new AuthRoutes(directory, callers, new LoginLimiter(config.rateLimits()), config.clientAddress()).mount(router);
    new TeamRoutes(directory, callers, config.limits()).mount(router);
    new ContactRoutes(directory, callers, config.limits()).mount(router);
    Actors actors = new Actors(callers, directory);
    new ChatRoutes(actors, chats, config.limits()).mount(router);
    new MessageRoutes(actors, chats, config.limits()).mount(router);
    new GroupRoutes(actors, chats, config.limits()).mount(router);
    if (team.tasks() != null) {
      new TaskRoutes(actors, team.tasks(), team.reminds()).mount(router);
    }
    if (team.reminds() != null) {
      new RemindRoutes(actors, team.reminds()).mount(router);
    }
    if (team.sections() != null) {
      new SectionRoutes(actors, team.sections()).mount(router);
    }
    if (team.tags() != null) {
      new TagRoutes(actors, team.tags()).mount(router);
    }
  }
}
