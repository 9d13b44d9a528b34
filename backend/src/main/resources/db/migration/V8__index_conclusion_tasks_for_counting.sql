-- make bench (3 million tasks): statistics and a unit's task count read every task in scope. These covering
-- indexes let both be answered from the index alone (index-only scans), without visiting the task rows.
DROP INDEX conclusion_task_document;
CREATE INDEX conclusion_task_document ON conclusion_task (document_id, position)
    INCLUDE (lead_unit_id, state, deadline, original_deadline, completed_on);
DROP INDEX conclusion_task_lead_unit;
CREATE INDEX conclusion_task_lead_unit ON conclusion_task (lead_unit_id, deadline, id) INCLUDE (jurisdiction_id, state);
