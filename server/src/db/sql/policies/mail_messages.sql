-- Row-level security of mail_messages: every policy of the table (applying this file drops the others).
-- A request queues mail (only insert is granted); the mail worker reads and updates as the owner.

CREATE POLICY mail_messages_queue ON mail_messages FOR INSERT
  WITH CHECK (true);
