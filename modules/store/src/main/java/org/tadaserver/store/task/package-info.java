/**
 * Tasks: the task fields of task chats ({@code tasks}), the per-team task numbers, checklist items and custom task
 * statuses (migration V20). A task's chat row, members, messages and counters are the chat tables'
 * ({@link org.tadaserver.store.chat}).
 */
package org.tadaserver.store.task;
