package org.tadaserver.chats.groups;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tadaserver.chats.access.ChatRights;
import org.tadaserver.chats.messages.MessageViews;
import org.tadaserver.chats.tasks.TaskView;
import org.tadaserver.chats.messages.ViewContext;
import org.tadaserver.directory.model.Icons;
import org.tadaserver.protocol.Jid;
import org.tadaserver.protocol.enums.ChatType;
import org.tadaserver.protocol.model.Chat;
import org.tadaserver.protocol.model.ChatBuilder;
import org.tadaserver.protocol.model.GroupMembership;
import org.tadaserver.protocol.model.Message;
import org.tadaserver.store.chat.ChatRow;
import org.tadaserver.store.chat.MemberRow;
import org.tadaserver.store.chat.MessageRow;
import org.tadaserver.store.team.ContactRow;

/**
 * Renders a chat as one viewer sees it (protocol-reference §3.0): shared fields, the viewer's personal settings and
 * counters, and the per-viewer rights ({@code can_*}, {@code changeable_fields}) from the same rules the service
 * enforces ({@link ChatRights}, {@link ChatFields}).
 *
 * <p>{@code gentime} is the viewer's version of the chat, {@code max(base_gentime, member gentime)}: it grows with any
 * change the viewer can see, so a client keeping the highest gentime it saw syncs from there.
 *
 * <p>{@code members} is filled only in the answer about one chat (the {@link ViewData} has them then); lists and
 * events carry {@code num_members} only, as the real server's {@code server.chat.updated} does, and clients read
 * the members from {@code GET .../groups/{g}/members}.
 *
 * <p>Three forms besides a member's full view: {@link #joinable} (a public group the viewer may join: what the group
 * is and how big, nothing of its messages or members), {@link #gone} (a chat the viewer left or that was deleted, for
 * delta sync: identity, name and version only, no rights) and {@link #virtualDirect} (a direct chat before its first
 * message).
 */
final class ChatView {
  private ChatView() {}

  /** The full view for a current member. */
  static Chat member(ChatRow chat, MemberRow me, Viewer viewer, ViewData data) {
    ChatBuilder b = identity(chat, viewer, data)
        .baseGentime(chat.baseGentime())
        .gentime(Math.max(chat.baseGentime(), me.gentime()));
    personal(b, me);
    b.numImportants(chat.numImportants())
        .lastActivity(chat.lastActivity())
        .lastMessage(message(chat.lastMessage(), viewer, data))
        .pinnedMessage(message(chat.pinnedMessage(), viewer, data))
        .section(chat.sectionUid() == null ? null : chat.sectionUid().toString());
    ContactRow peer = chat.isDirect() ? data.contact(chat.peerOf(viewer.contact())) : null;
    var reason = peer != null && peer.isArchive() ? java.util.Optional.of(ChatRights.ARCHIVED_CONTACT)
        : ChatRights.cantWriteReason(viewer.status(), chat, me);
    b.canSendMessage(reason.isEmpty()).cantSendMessageReason(reason.orElse(null));
    boolean admin = ChatRights.isChatAdmin(viewer.status(), chat, me);
    boolean manage = admin && !chat.isArchive();
    b.changeableFields(ChatFields.changeable(true, manage, viewer.status()));
    if (chat.isTask()) {
      b.numMembers(data.memberCount(chat.uid()));
      TaskView.fill(b, chat, data.tasks(), viewer.contact(), viewer.status(), true, Instant.now());
    } else if (chat.isGroup()) {
      shared(b, chat, data);
      List<MemberRow> members = data.membersOf(chat.uid());
      b.status(GroupRoles.status(me))
          .members(members == null ? null : members.stream().map(m -> membership(m, viewer, admin)).toList())
          .numMembers(data.memberCount(chat.uid()))
          .canAddMember(manage || chat.isPublic() && !chat.isArchive())
          .canRemoveMember(manage)
          .canChangeMemberStatus(manage)
          .canChangeSettings(manage)
          .canDelete(manage)
          .canDeleteAnyMessage(manage)
          .canSetImportantAnyMessage(manage);
    }
    return b.build();
  }

  /** A public group seen by a team member who is not in it: what it is and how big, not who is in it. */
  static Chat joinable(ChatRow chat, Viewer viewer, ViewData data) {
    ChatBuilder b = identity(chat, viewer, data).baseGentime(chat.baseGentime()).gentime(chat.baseGentime());
    if (chat.isTask()) {
      TaskView.fill(b, chat, data.tasks(), viewer.contact(), viewer.status(), false, Instant.now());
      return b.numMembers(data.memberCount(chat.uid())).cantSendMessageReason(ChatRights.NOT_MEMBER).build();
    }
    shared(b, chat, data);
    return b.numMembers(data.memberCount(chat.uid()))
        .canJoin(ChatRights.canSeeAsJoinable(viewer.status(), chat))
        .cantSendMessageReason(ChatRights.NOT_MEMBER)
        .build();
  }

  /** A chat the viewer is no longer in (left, removed, or deleted): for delta sync. */
  static Chat gone(ChatRow chat, long version, Viewer viewer, ViewData data) {
    return identity(chat, viewer, data).baseGentime(chat.baseGentime()).gentime(version).isArchive(true).build();
  }

  /** The direct chat with {@code peer} before any message (or the viewer's own contact, which nobody writes to). */
  static Chat virtualDirect(ContactRow peer, boolean self) {
    String reason = self ? ChatRights.SELF : peer.isArchive() ? ChatRights.ARCHIVED_CONTACT : null;
    return Chat.builder()
        .jid(Jid.contact(peer.uid()))
        .chatType(ChatType.DIRECT)
        .created(peer.created())
        .displayName(peer.displayName())
        .icons(Icons.of(peer.iconLetters(), peer.iconColor()))
        .countersEnabled(true)
        .notificationsEnabled(true)
        .canSendMessage(reason == null)
        .cantSendMessageReason(reason)
        .changeableFields(self ? List.of() : ChatFields.PERSONAL)
        .build();
  }

  /** The JID a viewer names the chat by: the other person's contact for a direct chat. */
  static Jid jid(ChatRow chat, UUID viewer) {
    return chat.isDirect() ? Jid.contact(chat.peerOf(viewer)) : Jid.of(ChatType.fromWire(chat.chatType()), chat.uid());
  }

  private static ChatBuilder identity(ChatRow chat, Viewer viewer, ViewData data) {
    ChatBuilder b = Chat.builder()
        .jid(jid(chat, viewer.contact()))
        .chatType(ChatType.fromWire(chat.chatType()))
        .created(chat.created());
    if (chat.isDirect()) {
      ContactRow peer = data.contact(chat.peerOf(viewer.contact()));
      return b.displayName(peer == null ? "" : peer.displayName())
          .icons(peer == null ? Icons.generated(chat.uid(), "") : Icons.of(peer.iconLetters(), peer.iconColor()));
    }
    return b.displayName(chat.title()).icons(Icons.generated(chat.uid(), chat.title()));
  }

  private static void personal(ChatBuilder b, MemberRow me) {
    b.countersEnabled(me.countersEnabled())
        .notificationsEnabled(me.notificationsEnabled())
        .hidden(me.hidden())
        .pinned(me.pinned())
        .pinnedSortOrdering(me.pinnedSortOrdering())
        .collapsed(me.collapsed())
        .draft(me.draft())
        .draftRevision(me.draftRevision())
        .numUnread(me.numUnread())
        .numUnreadNotices(me.numUnreadNotices())
        .lastReadMessageId(me.lastReadMessage() == null ? null : me.lastReadMessage().toString());
  }

  private static void shared(ChatBuilder b, ChatRow chat, ViewData data) {
    b.description(chat.description())
        .isPublic(chat.isPublic())
        .defaultForAll(chat.defaultForAll())
        .readonlyForMembers(chat.readonlyForMembers())
        .autocleanupAge(chat.autocleanupAge());
  }

  private static GroupMembership membership(MemberRow m, Viewer viewer, boolean viewerIsAdmin) {
    return new GroupMembership(Jid.contact(m.contactUid()), GroupRoles.status(m),
        viewerIsAdmin || m.contactUid().equals(viewer.contact()));
  }

  /** Live messages only (the last and pinned messages are never deleted ones), without position fields. */
  private static Message message(UUID uid, Viewer viewer, ViewData data) {
    MessageRow row = uid == null ? null : data.messages().get(uid);
    if (row == null || row.isArchive()) {
      return null;
    }
    return MessageViews.view(row, viewer.contact(), ViewContext.of(data.updateAge(), java.util.Map.of()));
  }
}
