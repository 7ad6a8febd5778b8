-- The committee's periodic reports (báo cáo kết quả) are numbered like its other documents: "12/BC-BCĐ".
insert into document_symbol (kind, issuer_code, symbol) values ('COMMITTEE_REPORT', null, 'BC-BCĐ');
