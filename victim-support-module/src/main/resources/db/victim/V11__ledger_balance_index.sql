-- A budget line's balances are sums over its ledger entries: for the lines of a year (one sum per line) and for the
-- overspending check on every new entry. With the amount in the index the sums are read from the index alone.
drop index ledger_entry_line;
create index ledger_entry_line on ledger_entry (budget_line_id, kind) include (amount);
