package org.tadaserver.chats.access;

import java.util.Optional;
import org.tadaserver.directory.Membership;
import org.tadaserver.directory.rules.Rights;
import org.tadaserver.protocol.enums.TeamStatus;
import org.tadaserver.store.chat.ChatRow;
import org.tadaserver.store.chat.MemberRow;

/**
 * Who may do what in a chat, from the chat, the actor's member row and team status. The service enforces these rules
 * and reports the same answers to clients as the per-viewer {@code can_*} fields of a Chat, so the two always agree.
 */
public final class ChatRights {
  public static final String SELF = "You can't send messages to yourself";
  public static final String ARCHIVED_CHAT = "This chat is deleted";
  public static final String ARCHIVED_CONTACT = "This contact has left the team";
  public static final String NOT_MEMBER = "You are not a member of this chat";
  public static final String READONLY = "Only group admins can write in this group";

  private ChatRights() {}

  /**
   * Why the actor may not write into the chat, or empty when they may: not to themselves, not into a deleted chat or to
   * a contact who left the team, only as a member, and in a {@code readonly_for_members} group only as its admin.
   */
  public static Optional<String> cantWriteReason(Membership actor, ChatTarget target) {
    if (target.self()) {
      return Optional.of(SELF);
    }
    if (target.isDirect() && target.peer() != null && target.peer().isArchive()) {
      return Optional.of(ARCHIVED_CONTACT);
    }
    if (target.chat() == null) {
      return Optional.empty();
    }
    return cantWriteReason(actor.status(), target.chat(), target.member());
  }

  /** {@link #cantWriteReason(Membership, ChatTarget)} for an existing chat read in bulk (chat lists, events). */
  public static Optional<String> cantWriteReason(TeamStatus actorStatus, ChatRow chat, MemberRow member) {
    if (chat.isArchive()) {
      return Optional.of(ARCHIVED_CHAT);
    }
    if (member == null || !member.isMember()) {
      return Optional.of(NOT_MEMBER);
    }
    if (chat.readonlyForMembers() && !isChatAdmin(actorStatus, chat, member)) {
      return Optional.of(READONLY);
    }
    return Optional.empty();
  }

  public static boolean canWrite(Membership actor, ChatTarget target) {
    return cantWriteReason(actor, target).isEmpty();
  }

  /**
   * Whether the actor administers the chat: a current member who is a group admin, or a team admin or owner who is a
   * member. Direct chats have no admins.
   */
  public static boolean isChatAdmin(Membership actor, ChatTarget target) {
    return isChatAdmin(actor.status(), target.chat(), target.member());
  }

  /** {@link #isChatAdmin(Membership, ChatTarget)} for rows read in bulk (chat lists). */
  public static boolean isChatAdmin(TeamStatus actorStatus, ChatRow chat, MemberRow member) {
    if (chat == null || chat.isDirect() || member == null || !member.isMember()) {
      return false;
    }
    return member.isAdmin() || Rights.isAdmin(actorStatus);
  }

  /**
   * Whether a team member may see a group or task they are not in: public, live, and the actor is not a guest (guests
   * see only the chats they were added to).
   */
  public static boolean canSeeAsJoinable(TeamStatus actorStatus, ChatRow chat) {
    return (chat.isGroup() || chat.isTask()) && chat.isPublic() && !chat.isArchive()
        && Rights.canCreateShared(actorStatus);
  }
}
