/**
 * Tasks (protocol-reference §2.3 "Tasks", §3.5): a task is a chat ({@code chat_type:"task"}, {@code t-} JID) with a
 * number, people, status, deadline and checklist. {@link org.tadaserver.chats.tasks.TaskOps} serves
 * {@link org.tadaserver.chats.TaskService}; messages, read state and counters of task chats are the chat service's,
 * and every chat view (lists, delta sync, events) renders the task fields through
 * {@link org.tadaserver.chats.tasks.TaskView}.
 *
 * <h2>Fields</h2>
 * {@code num} is the team's next number, taken inside the creating transaction ({@code task_numbers}), so numbers run
 * 1, 2, 3... with no gap and no repeat under concurrent creation. {@code title} is the first non-blank line of the
 * description (cut to {@code max_task_title_length}); {@code display_name} is "N. title". {@code task_status} is
 * {@code new}, {@code done} or a live custom status of the team ({@code task_statuses}); {@code done} is stamped when
 * the task closes and cleared (with {@code done_reason}) when it reopens. {@code deadline} is set with an ISO time and
 * cleared with ""; {@code deadline_expired} is computed at render time for open tasks. {@code importance},
 * {@code urgency}, {@code complexity} and {@code spent_time} are accepted only where the team enables them
 * (importance within the team's min..max, urgency and complexity 1..100; 0, Go's unset int, means not given, and a
 * spent time of 0 is accepted everywhere). {@code section} is a task project uid
 * (bare or {@code st-}) stored as given; tags are plain names (sections and tags are managed elsewhere). The
 * description's {@code links} (mentions of contacts, web links; the message rules) are made when it is written.
 * {@code linked_messages} of a new task are carried into its chat as one forward by the creator (messages the creator
 * may see); {@code remind_at} and {@code uploads} of the body are not handled here.
 *
 * <h2>People and rights</h2>
 * Members of the task chat are its owner (the creator, the chat's admin), assignee and observers; changing the people
 * changes the members, and whoever stops being one of them leaves the chat ({@code server.chat.deleted}). Members see
 * the task; non-guests also see public tasks from outside (no messages, no rights). The owner and team admins who are
 * members change every field ({@link org.tadaserver.chats.tasks.TaskRights}); the assignee changes the status and
 * checks items; observers change only their personal settings. The same rules give {@code changeable_fields} and the
 * items' {@code can_change}/{@code can_toggle}. A field sent with its current value is no change.
 *
 * <h2>Events</h2>
 * Every write is one transaction behind the team clock. After it commits the members get {@code server.chat.updated}
 * (their own view), then the change messages: the first message of a task ({@code subtype:"newtask"}) and one
 * {@code change} message per changed field, with {@code actor}, {@code title}, {@code old} and {@code new} (people by
 * display name). Item operations post "Item added/changed/checked/unchecked/moved/removed".
 *
 * <h2>Checklist and tabs</h2>
 * Items are ordered 0..n-1; an item "#N" links task N of the team as a subtask, and the subtask lists the linking
 * tasks in {@code parents}. Replacing the list through {@code items} keeps the uid and check mark of kept texts.
 * Tabs ({@link org.tadaserver.chats.tasks.TaskTabs}) are those of the specification's {@code task_tabs} example;
 * {@code Chat.tabs} lists the viewer's, and the board lists per tab the viewer's tasks with unread messages.
 */
package org.tadaserver.chats.tasks;
