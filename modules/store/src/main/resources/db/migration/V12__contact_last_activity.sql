-- When the member was last seen online in the team (the presence service records it when their last session leaves);
-- NULL until then. Volatile, so it does not move the contact's gentime.
ALTER TABLE contacts ADD COLUMN last_activity timestamptz;
