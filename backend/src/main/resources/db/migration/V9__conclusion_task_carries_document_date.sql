-- Statistics count tasks by their document's date. Carrying that date on the task (kept equal by a cascading
-- composite foreign key, so it cannot drift) lets a jurisdiction's year be counted from one index range,
-- without joining every task to its document.
ALTER TABLE conclusion_document ADD CONSTRAINT conclusion_document_id_issued_on UNIQUE (id, issued_on);
ALTER TABLE conclusion_task ADD COLUMN document_issued_on date;
UPDATE conclusion_task t SET document_issued_on = d.issued_on FROM conclusion_document d WHERE d.id = t.document_id;
ALTER TABLE conclusion_task ALTER COLUMN document_issued_on SET NOT NULL;
ALTER TABLE conclusion_task ADD CONSTRAINT conclusion_task_document_date
    FOREIGN KEY (document_id, document_issued_on) REFERENCES conclusion_document (id, issued_on) ON UPDATE CASCADE;
CREATE INDEX conclusion_task_statistics ON conclusion_task (jurisdiction_id, document_issued_on)
    INCLUDE (lead_unit_id, following_office_id, document_id, state, deadline, original_deadline, completed_on);
