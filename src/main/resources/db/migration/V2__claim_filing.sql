-- How the clustering index files each claim (org.marsad.incident.Filing), so that adding a report
-- looks up only the incidents it could join instead of loading them all. Filled for claims stored
-- before this version by the Java migration V3 (org.marsad.store.V3__FileStoredClaims).
alter table claims add column filed_coarse boolean;
alter table claims add column filed_long boolean;
alter table claims add column filed_wide boolean;
alter table claims add column place_key varchar;
alter table claims add column lat double precision;
alter table claims add column lon double precision;

create index claims_filed_date on claims (filed_coarse, event_date);
