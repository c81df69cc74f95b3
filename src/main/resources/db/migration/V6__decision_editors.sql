-- Four eyes (issue #10): everyone who changed a decision, by hand or by recomputing the proposal, so that none of
-- them approves the set. One row per decision and person; the user name is kept for whoever reads the table.
create table decision_editor (
    decision_id  bigint        not null references decision (id),
    subject      varchar(255)  not null,
    username     varchar(255)  not null,
    primary key (decision_id, subject)
);
