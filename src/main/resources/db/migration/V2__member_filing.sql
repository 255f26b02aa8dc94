-- How the clustering index files each incident member (org.marsad.incident.Filing), so that adding
-- a report looks up only the incidents it could join, in this narrow table, instead of loading
-- them all. Filled for members stored before this version by the Java migration V3
-- (org.marsad.store.V3__FileStoredMembers).
alter table incident_claims add column event_date date;
alter table incident_claims add column filed_coarse boolean;
alter table incident_claims add column filed_long boolean;
alter table incident_claims add column filed_wide boolean;
alter table incident_claims add column place_key varchar;
alter table incident_claims add column lat double precision;
alter table incident_claims add column lon double precision;

create index incident_claims_filed_date on incident_claims (filed_coarse, event_date);
