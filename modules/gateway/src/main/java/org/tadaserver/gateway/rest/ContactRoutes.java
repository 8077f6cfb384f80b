package org.tadaserver.gateway.rest;

import io.vertx.ext.web.Router;
import java.util.UUID;
import org.tadaserver.directory.DirectoryService;
import org.tadaserver.protocol.Limits;
import org.tadaserver.protocol.rest.ContactRequest;

/**
 * Contacts of a team: list (a bare JSON array, filtered by {@link ContactQuery}), one by JID, add an existing user (or
 * get the contact they already have), change one (own settings, or an admin changing role and status; POST as in
 * tdproto, not PUT) and archive one (admins). Checks run token, then path ids, then query or body.
 */
final class ContactRoutes {
  private static final String LIST = "/api/v4/teams/:team/contacts";
  private static final String ONE = "/api/v4/teams/:team/contacts/:jid";
  private final DirectoryService directory;
  private final Callers callers;
  private final Limits limits;

  ContactRoutes(DirectoryService directory, Callers callers, Limits limits) {
    this.directory = directory;
    this.callers = callers;
    this.limits = limits;
  }

  void mount(Router router) {
    router.get(LIST).handler(Rest.route(ctx -> callers.of(ctx).compose(caller -> {
      UUID team = PathIds.team(ctx);
      return directory.contacts(caller, team, ContactQuery.filter(new Queries(ctx.queryParams())));
    })));
    router.post(LIST).handler(Rest.route(ctx -> callers.of(ctx).compose(caller -> {
      UUID team = PathIds.team(ctx);
      ContactRequest body = Bodies.parse(ctx, ContactRequest.class);
      Inputs.newContact(body, limits);
      return directory.addContact(caller, team, body);
    })));
    router.get(ONE).handler(Rest.route(ctx -> callers.of(ctx).compose(caller ->
        directory.contact(caller, PathIds.team(ctx), PathIds.contact(ctx)))));
    router.post(ONE).handler(Rest.route(ctx -> callers.of(ctx).compose(caller -> {
      UUID team = PathIds.team(ctx);
      String jid = PathIds.contact(ctx);
      ContactRequest body = Bodies.parse(ctx, ContactRequest.class, ContactRequest.CLEARED_BY_NULL);
      Inputs.contactChange(body, limits);
      return directory.updateContact(caller, team, jid, body);
    })));
    router.delete(ONE).handler(Rest.route(ctx -> callers.of(ctx).compose(caller ->
        directory.archiveContact(caller, PathIds.team(ctx), PathIds.contact(ctx)))));
  }
}
