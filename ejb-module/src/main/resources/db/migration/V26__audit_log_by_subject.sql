-- An integration's page shows its own audit entries, newest first.
create index audit_log_by_subject on audit_log (tenant_id, subject_id, at desc);
