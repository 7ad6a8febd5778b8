-- Wrong passwords no longer lock an account (anyone could lock a colleague out by naming them): sign-in is
-- throttled per client address and per user name in front of the password check instead. The count of wrong
-- passwords since the last sign-in stays, for administrators to see.
alter table user_account drop column locked_until;
