-- Cohorts, fourth part: the pitch-day jury (its rounds, scoresheets and conflicts live in the evaluation tables
-- under the owner 'cohort:ID') and the demo-day agenda (the order of accepted startups' pitches, minutes each).

CREATE TABLE cohort_pitch_juror (
    cohort_id  BIGINT  NOT NULL,
    person_id  BIGINT  NOT NULL,
    PRIMARY KEY (cohort_id, person_id),
    CONSTRAINT fk_pitch_juror_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_pitch_juror_person FOREIGN KEY (person_id) REFERENCES person (id)
);

ALTER TABLE cohort ADD COLUMN demo_slot_minutes INT NOT NULL DEFAULT 10;

ALTER TABLE application ADD COLUMN demo_position INT;

-- The manager's list of a cohort's applications is read a page at a time in submission order, also with 100,000
-- applications: the cohort is kept on the application (it never changes) so that one index serves the page.
ALTER TABLE application ADD COLUMN cohort_id BIGINT;
UPDATE application SET cohort_id = (SELECT c.cohort_id FROM challenge c WHERE c.id = application.challenge_id);
ALTER TABLE application ADD CONSTRAINT fk_application_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id);
CREATE INDEX ix_application_cohort_submitted ON application (cohort_id, submitted_at, id, status);
CREATE INDEX ix_application_cohort_status ON application (cohort_id, status, submitted_at, id);

-- The furthest funnel stage each application reached, so the funnel still counts a startup rejected after its pitch
-- as pitched. Existing rows: the stage their status implies (a rejected one: eligible, the least it reached).
ALTER TABLE application ADD COLUMN reached VARCHAR(20);
UPDATE application SET reached = CASE status
    WHEN 'SUBMITTED' THEN 'SUBMITTED' WHEN 'INELIGIBLE' THEN 'SUBMITTED' WHEN 'ELIGIBLE' THEN 'ELIGIBLE'
    WHEN 'SHORTLISTED' THEN 'SHORTLISTED' WHEN 'PITCHED' THEN 'PITCHED' WHEN 'WAITLISTED' THEN 'PITCHED'
    WHEN 'ACCEPTED' THEN 'ACCEPTED' WHEN 'REJECTED' THEN 'ELIGIBLE'
    WHEN 'WITHDRAWN' THEN CASE WHEN submitted_at IS NULL THEN NULL ELSE 'SUBMITTED' END
    ELSE NULL END;
CREATE INDEX ix_application_cohort_reached ON application (cohort_id, reached);

-- Cohorts with a pre-accelerator (CivTech: three teams per challenge) send some of them on to the accelerator (one).
ALTER TABLE application ADD COLUMN advanced BOOLEAN NOT NULL DEFAULT FALSE;
