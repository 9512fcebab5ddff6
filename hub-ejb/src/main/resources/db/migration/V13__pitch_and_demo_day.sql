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
