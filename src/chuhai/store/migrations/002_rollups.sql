-- chuhai store, version 2: pre-aggregated move rollups for fast flows.
--
-- Each rollup sums move value and counts at a fixed grain that includes source_id, so an
-- import can maintain it incrementally inside its own transaction: delete the rollup rows of
-- the sources it replaces, then aggregate only that source's new moves. flows() reads the
-- smallest rollup whose columns cover the query's groups and filters, and the move table
-- otherwise. `counted` is the default filter (not cancelled and not troubled), kept as one
-- column so that it does not multiply the grain by every status.
--
-- The secondary ART indexes of 001 are dropped: flows no longer scans move by year, host or
-- company (DuckDB's zone maps serve the remaining filters), and keeping three ART indexes
-- over millions of rows made every import and every source replacement several times slower.

DROP INDEX IF EXISTS move_year_idx;
DROP INDEX IF EXISTS move_host_idx;
DROP INDEX IF EXISTS move_company_idx;

CREATE TABLE move_rollup_geo (
    source_id   VARCHAR NOT NULL,
    dataset     VARCHAR NOT NULL,
    year        INTEGER,
    host_iso3   VARCHAR NOT NULL,
    sector      VARCHAR NOT NULL,
    move_type   VARCHAR NOT NULL,
    status      VARCHAR NOT NULL,
    counted     BOOLEAN NOT NULL,
    value_usd_m DOUBLE,
    n           BIGINT NOT NULL,
    with_value  BIGINT NOT NULL
);

CREATE TABLE move_rollup_company (
    source_id   VARCHAR NOT NULL,
    dataset     VARCHAR NOT NULL,
    year        INTEGER,
    host_iso3   VARCHAR NOT NULL,
    sector      VARCHAR NOT NULL,
    company_key VARCHAR NOT NULL,       -- coalesce(company_id, company_name): flows' company
    company_id  VARCHAR,
    counted     BOOLEAN NOT NULL,
    value_usd_m DOUBLE,
    n           BIGINT NOT NULL,
    with_value  BIGINT NOT NULL
);

-- One row. stale = true after a write that changed moves without maintaining the rollups
-- (Store.execute, a direct Store.insert into move); flows then reads the move table until
-- Store.refresh_rollups() rebuilds them.
CREATE TABLE rollup_state (stale BOOLEAN NOT NULL);
INSERT INTO rollup_state VALUES (false);

INSERT INTO move_rollup_geo
SELECT source_id, dataset, year, host_iso3, sector, move_type, status,
       (status <> 'cancelled' AND NOT troubled) AS counted,
       sum(value_usd_m), count(*), count(value_usd_m)
FROM move GROUP BY ALL;

INSERT INTO move_rollup_company
SELECT source_id, dataset, year, host_iso3, sector, coalesce(company_id, company_name),
       company_id, (status <> 'cancelled' AND NOT troubled) AS counted,
       sum(value_usd_m), count(*), count(value_usd_m)
FROM move GROUP BY ALL;
