-- chuhai store, version 1. One table per domain word of PRODUCT.md.
-- Every record names the source it came from; an import replaces all rows of its source,
-- which is what makes re-imports idempotent.

CREATE TABLE source (
    source_id    VARCHAR PRIMARY KEY,   -- stable: sha256 of the file, or of publisher+title+url
    kind         VARCHAR NOT NULL,      -- dataset | article | filing | curated | user
    dataset      VARCHAR NOT NULL,      -- starter | cgit | news | user | wdi | cepii ...
    publisher    VARCHAR,
    title        VARCHAR,
    url          VARCHAR,
    published    DATE,
    file_name    VARCHAR,
    file_sha256  VARCHAR,
    text         VARCHAR,              -- article text, kept so evidence offsets can be shown
    parent_id    VARCHAR,              -- the imported file that brought this citation in
    imported_at  TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE company (
    company_id   VARCHAR PRIMARY KEY,   -- slug, e.g. 'byd'
    name_en      VARCHAR NOT NULL,
    name_zh      VARCHAR,
    aliases      VARCHAR[],
    home_iso3    VARCHAR NOT NULL DEFAULT 'CHN',
    sector       VARCHAR,
    parent_id    VARCHAR,
    listings     VARCHAR,
    is_candidate BOOLEAN NOT NULL DEFAULT false,  -- seen in text, not yet accepted
    source_id    VARCHAR NOT NULL
);

CREATE TABLE move (
    move_id        VARCHAR PRIMARY KEY,
    dataset        VARCHAR NOT NULL,
    company_id     VARCHAR,              -- null when the name did not resolve
    company_name   VARCHAR NOT NULL,     -- as written in the source
    host_iso3      VARCHAR NOT NULL,
    city           VARCHAR,
    move_type      VARCHAR NOT NULL,
    sector         VARCHAR NOT NULL,
    value_usd_m    DOUBLE,
    value_amount   DOUBLE,
    value_currency VARCHAR,
    share_pct      DOUBLE,
    year           INTEGER,
    month          INTEGER,
    status         VARCHAR NOT NULL DEFAULT 'unknown',
    partner        VARCHAR,
    bri            BOOLEAN,
    troubled       BOOLEAN NOT NULL DEFAULT false,
    raw_sector     VARCHAR,              -- the source's own sector words
    raw_subsector  VARCHAR,
    near_anchor_id VARCHAR,              -- set when a supplier followed this anchor abroad
    note           VARCHAR,
    source_id      VARCHAR NOT NULL,
    source_row     INTEGER
);

CREATE TABLE facility (
    facility_id    VARCHAR PRIMARY KEY,
    company_id     VARCHAR NOT NULL,
    move_id        VARCHAR,
    name           VARCHAR,
    kind           VARCHAR NOT NULL,
    host_iso3      VARCHAR NOT NULL,
    city           VARCHAR,
    lat            DOUBLE,
    lon            DOUBLE,
    product        VARCHAR,
    sector         VARCHAR,
    capacity       DOUBLE,
    capacity_unit  VARCHAR,
    status         VARCHAR NOT NULL DEFAULT 'unknown',
    start_year     INTEGER,
    source_id      VARCHAR NOT NULL
);

CREATE TABLE supply_link (
    link_id        VARCHAR PRIMARY KEY,
    supplier_id    VARCHAR NOT NULL,
    customer_id    VARCHAR NOT NULL,
    product        VARCHAR,
    hs_code        VARCHAR,
    share_of_sales DOUBLE,              -- 0..1 of the supplier's sales, where known
    source_id      VARCHAR NOT NULL
);

CREATE TABLE measure (
    measure_id   VARCHAR PRIMARY KEY,
    imposer      VARCHAR NOT NULL,      -- ISO3 or a bloc code that imposes as one (EU)
    kind         VARCHAR NOT NULL,
    title        VARCHAR NOT NULL,
    products     VARCHAR,
    sector       VARCHAR,
    hs_codes     VARCHAR[],             -- prefixes; a code matches if it starts with one
    origin_iso3  VARCHAR,               -- null = any origin (e.g. an MFN duty)
    target_firms VARCHAR[],             -- company ids; empty = origin-wide
    rate_pct     DOUBLE,
    rate_note    VARCHAR,
    start_date   DATE,
    end_date     DATE,
    source_id    VARCHAR NOT NULL
);

CREATE TABLE indicator (
    iso3      VARCHAR NOT NULL,
    year      INTEGER NOT NULL,
    code      VARCHAR NOT NULL,         -- WDI code, lower case, e.g. 'ny.gdp.mktp.cd'
    value     DOUBLE NOT NULL,
    source_id VARCHAR NOT NULL,
    PRIMARY KEY (iso3, year, code)
);

CREATE TABLE distance (
    iso_o       VARCHAR NOT NULL,
    iso_d       VARCHAR NOT NULL,
    dist_km     DOUBLE,
    distcap_km  DOUBLE,
    distw_km    DOUBLE,
    contig      BOOLEAN,
    comlang_off BOOLEAN,
    colony      BOOLEAN,
    source_id   VARCHAR NOT NULL,
    PRIMARY KEY (iso_o, iso_d)
);

CREATE TABLE evidence (
    evidence_id  VARCHAR PRIMARY KEY,
    record_table VARCHAR NOT NULL,      -- move | facility | measure | supply_link | company
    record_id    VARCHAR NOT NULL,
    field        VARCHAR NOT NULL,
    source_id    VARCHAR NOT NULL,
    start_char   INTEGER,
    end_char     INTEGER,
    quote        VARCHAR,
    confidence   DOUBLE
);

CREATE INDEX move_year_idx ON move(year);
CREATE INDEX move_host_idx ON move(host_iso3);
CREATE INDEX move_company_idx ON move(company_id);
CREATE INDEX evidence_record_idx ON evidence(record_table, record_id);
