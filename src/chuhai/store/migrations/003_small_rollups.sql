-- chuhai store, version 3: small rollups at the grains of the overview page's queries.
--
-- The rollups of 002 keep enough columns to answer any filter, so on skewed data they are
-- about half the size of move and save little. These keep only the default filters
-- (dataset, counted) and one or two dimensions each: totals and HHI over hosts by year,
-- hosts by sector, firm totals (to pick the top N firms), firms by year, firms by host. They are derived from the 002 rollups in the same
-- import transaction (see chuhai.store.rollups), so they cost little to maintain.

CREATE TABLE move_rollup_year_host (
    source_id VARCHAR NOT NULL, dataset VARCHAR NOT NULL, counted BOOLEAN NOT NULL,
    year INTEGER, host_iso3 VARCHAR NOT NULL,
    value_usd_m DOUBLE, n BIGINT NOT NULL, with_value BIGINT NOT NULL);

CREATE TABLE move_rollup_host_sector (
    source_id VARCHAR NOT NULL, dataset VARCHAR NOT NULL, counted BOOLEAN NOT NULL,
    host_iso3 VARCHAR NOT NULL, sector VARCHAR NOT NULL,
    value_usd_m DOUBLE, n BIGINT NOT NULL, with_value BIGINT NOT NULL);

CREATE TABLE move_rollup_company_total (
    source_id VARCHAR NOT NULL, dataset VARCHAR NOT NULL, counted BOOLEAN NOT NULL,
    company_key VARCHAR NOT NULL, company_id VARCHAR,
    value_usd_m DOUBLE, n BIGINT NOT NULL, with_value BIGINT NOT NULL);

CREATE TABLE move_rollup_year_company (
    source_id VARCHAR NOT NULL, dataset VARCHAR NOT NULL, counted BOOLEAN NOT NULL,
    year INTEGER, company_key VARCHAR NOT NULL, company_id VARCHAR,
    value_usd_m DOUBLE, n BIGINT NOT NULL, with_value BIGINT NOT NULL);

CREATE TABLE move_rollup_company_host (
    source_id VARCHAR NOT NULL, dataset VARCHAR NOT NULL, counted BOOLEAN NOT NULL,
    company_key VARCHAR NOT NULL, company_id VARCHAR, host_iso3 VARCHAR NOT NULL,
    value_usd_m DOUBLE, n BIGINT NOT NULL, with_value BIGINT NOT NULL);

INSERT INTO move_rollup_year_host SELECT source_id, dataset, counted, year, host_iso3,
    sum(value_usd_m), sum(n), sum(with_value) FROM move_rollup_geo GROUP BY ALL;
INSERT INTO move_rollup_host_sector SELECT source_id, dataset, counted, host_iso3, sector,
    sum(value_usd_m), sum(n), sum(with_value) FROM move_rollup_geo GROUP BY ALL;
INSERT INTO move_rollup_company_total SELECT source_id, dataset, counted, company_key,
    company_id, sum(value_usd_m), sum(n), sum(with_value) FROM move_rollup_company GROUP BY ALL;
INSERT INTO move_rollup_year_company SELECT source_id, dataset, counted, year, company_key,
    company_id, sum(value_usd_m), sum(n), sum(with_value) FROM move_rollup_company GROUP BY ALL;
INSERT INTO move_rollup_company_host SELECT source_id, dataset, counted, company_key,
    company_id, host_iso3, sum(value_usd_m), sum(n), sum(with_value)
    FROM move_rollup_company GROUP BY ALL;
