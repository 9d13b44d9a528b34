-- The daily urging job marks tens of thousands of tasks as reminded. Doing that on the wide, heavily indexed
-- task rows rewrote every index entry of each task (make bench: most of an 8 s run). The job's bookkeeping now
-- lives in its own narrow table.
CREATE TABLE conclusion_task_reminder (
    task_id       uuid PRIMARY KEY REFERENCES conclusion_task (id) ON DELETE CASCADE,
    last_urged_on date NOT NULL
);
INSERT INTO conclusion_task_reminder (task_id, last_urged_on)
SELECT id, last_urged_on FROM conclusion_task WHERE last_urged_on IS NOT NULL;
ALTER TABLE conclusion_task DROP COLUMN last_urged_on;
