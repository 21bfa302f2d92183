-- A value withheld from official statistics carries the mark that says why, in place of a figure: c confidential,
-- x not available, z not applicable, or the strategy's small-number mark. Until now a value was only "suppressed";
-- each such value is confidential (c), the mark official statistics give small numbers withheld to protect children.
alter table measure_value
    add column mark varchar(20)
        check (mark in ('CONFIDENTIAL', 'NOT_AVAILABLE', 'NOT_APPLICABLE', 'SMALL_NUMBER'));
update measure_value set mark = 'CONFIDENTIAL' where suppressed;
-- Dropping the flag drops the two checks that named it; the same rules are set again on the mark.
alter table measure_value
    drop column suppressed,
    add constraint measure_value_mark_has_no_number check (mark is null or value is null),
    add constraint measure_value_says_something check (mark is not null or value is not null or text_value is not null);

-- The mark a strategy writes for a small number withheld (the council's choice, like * or low): 1 to 5 characters,
-- not c, x or z. A published quarter keeps it, as it stood, in its edition.
alter table strategy
    add column small_number_mark varchar(5) not null default '*'
        check (length(trim(small_number_mark)) between 1 and 5 and lower(small_number_mark) not in ('c', 'x', 'z'));
