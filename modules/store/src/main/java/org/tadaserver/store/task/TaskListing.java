package org.tadaserver.store.task;

import org.tadaserver.store.chat.ChatRow;
import org.tadaserver.store.chat.MemberRow;

/**
 * One task of a task list: its chat row, its task fields and the viewer's member row (null when the viewer never was
 * in it: a public task).
 */
public record TaskListing(ChatRow chat, TaskRow task, MemberRow member) {
  /** The task's version for the viewer: the newer of the shared and the viewer's personal one. */
  public long version() {
    return member == null ? chat.baseGentime() : Math.max(chat.baseGentime(), member.gentime());
  }
}
