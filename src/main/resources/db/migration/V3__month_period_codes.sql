-- Month codes became M2018-06 so that they can never be read as a financial year (2011-12 was both).
update measure_value
set period_code = 'M' || period_code
where period_code ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'
  and period_end - period_start < 40;

-- Every stored period code must be one the application can read.
alter table measure_value add constraint measure_value_period_code_format check (
    period_code ~ '^([0-9]{4}-[0-9]{2}(-Q[1-4]|-YTD-Q[1-4])?|M[0-9]{4}-(0[1-9]|1[0-2])|AY[0-9]{4}-[0-9]{2}(-T[1-3]|-HT[1-6])?)$');
alter table progress_update add constraint progress_update_period_code_format check (
    period_code ~ '^[0-9]{4}-[0-9]{2}-Q[1-4]$');
