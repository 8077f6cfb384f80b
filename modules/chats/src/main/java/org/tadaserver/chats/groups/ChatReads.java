package org.tadaserver.chats.groups;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;
import org.tadaserver.chats.ChatFilter;
import org.tadaserver.chats.ChatPage;
import org.tadaserver.chats.access.ChatAccess;
import org.tadaserver.chats.access.ChatFailures;
import org.tadaserver.chats.access.ChatRights;
import org.tadaserver.chats.access.ChatTarget;
import org.tadaserver.directory.Membership;
import org.tadaserver.protocol.model.Chat;
import org.tadaserver.store.chat.ChatListFilter;
import org.tadaserver.store.chat.ChatListing;
import org.tadaserver.store.chat.ChatRepository;
import org.tadaserver.store.chat.ChatRow;
import org.tadaserver.store.task.TaskListing;

/** The read side: chat lists and delta sync, one chat, the groups list. */
public final class ChatReads {
  private final SqlClient client;

  public ChatReads(SqlClient client) {
    this.client = client;
  }

  /**
   * A page of the actor's chats. Chats the actor left, and deleted ones, appear only in delta sync, in their
   * {@link ChatView#gone} form.
   */
  Future<ChatPage> list(Membership actor, ChatFilter filter) {
    ChatListFilter query;
    try {
      query = ChatFilters.toStore(actor, filter);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    return ChatFailures.mapped(new ChatRepository(client).list(query).compose(page -> render(actor, page.items())
        .map(chats -> new ChatPage(chats, (int) page.total(), query.limit(), query.offset()))));
  }

  /** One chat as the actor sees it; a {@code d-} JID without messages yet gives the direct chat's empty view. */
  Future<Chat> get(Membership actor, String jid) {
    return ChatFailures.mapped(new ChatAccess(client).resolve(actor, jid).compose(t -> view(actor, t)));
  }

  /** The view of a resolved chat for its actor (also the answer of every write). */
  public Future<Chat> view(Membership actor, ChatTarget t) {
    if (!t.exists()) {
      return Future.succeededFuture(ChatView.virtualDirect(t.peer(), t.self()));
    }
    Viewer viewer = Viewer.of(actor);
    Future<ViewData> views = ViewData.load(client, actor.team(), List.of(t.chat()), List.of(), t.isMember());
    return views.map(data -> t.isMember()
        ? ChatView.member(t.chat(), t.member(), viewer, data)
        : ChatView.joinable(t.chat(), viewer, data));
  }

  /** The groups the actor is in, then the public groups the actor may join; each part by title. */
  Future<List<Chat>> groups(Membership actor) {
    ChatListFilter mine = new ChatListFilter(actor.contact(), List.of(ChatRow.GROUP), 0, null, false, false,
        ChatListFilter.Sort.DISPLAY_NAME, false, null, Integer.MAX_VALUE, 0);
    ChatRepository chats = new ChatRepository(client);
    Future<List<ChatRow>> joinable = org.tadaserver.directory.rules.Rights.canCreateShared(actor.status())
        ? chats.joinableGroups(actor.team(), actor.contact()) : Future.succeededFuture(List.of());
    return ChatFailures.mapped(chats.list(mine).compose(page -> joinable.compose(open -> {
      List<ChatRow> rows = new ArrayList<>(page.items().stream().map(ChatListing::chat).toList());
      rows.addAll(open);
      return ViewData.load(client, actor.team(), rows, List.of(), false).map(data -> {
        Viewer viewer = Viewer.of(actor);
        List<Chat> out = new ArrayList<>();
        page.items().forEach(l -> out.add(ChatView.member(l.chat(), l.member(), viewer, data)));
        open.forEach(c -> out.add(ChatView.joinable(c, viewer, data)));
        return out;
      });
    })));
  }

  /**
   * Task list entries as the actor sees them: the full view for a member, the outside view of a public task for
   * others, the {@link ChatView#gone} form of an archived or left task (delta sync).
   */
  public Future<List<Chat>> renderTasks(Membership actor, List<TaskListing> items) {
    List<ChatRow> rows = items.stream().map(TaskListing::chat).toList();
    return ViewData.load(client, actor.team(), rows, List.of(), false).map(data -> {
      Viewer viewer = Viewer.of(actor);
      return items.stream().map(l -> {
        if (l.chat().isArchive()) {
          return ChatView.gone(l.chat(), l.version(), viewer, data);
        }
        if (l.member() != null && l.member().isMember()) {
          return ChatView.member(l.chat(), l.member(), viewer, data);
        }
        return ChatRights.canSeeAsJoinable(actor.status(), l.chat()) ? ChatView.joinable(l.chat(), viewer, data)
            : ChatView.gone(l.chat(), l.version(), viewer, data);
      }).toList();
    });
  }

  private Future<List<Chat>> render(Membership actor, List<ChatListing> items) {
    List<ChatRow> rows = items.stream().map(ChatListing::chat).toList();
    return ViewData.load(client, actor.team(), rows, List.of(), false).map(data -> {
      Viewer viewer = Viewer.of(actor);
      return items.stream().map(l -> l.member().isMember() && !l.chat().isArchive()
          ? ChatView.member(l.chat(), l.member(), viewer, data)
          : ChatView.gone(l.chat(), l.version(), viewer, data)).toList();
    });
  }
}
