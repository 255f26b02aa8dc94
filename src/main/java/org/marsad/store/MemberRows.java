package org.marsad.store;

import java.sql.Date;
import org.marsad.geo.LocatedClaim;
import org.marsad.incident.Filing;
import org.marsad.incident.IncidentId;
import org.marsad.incident.IncidentIndex;

/**
 * Maps an incident's members to rows of {@code incident_claims}: which claim, in which position,
 * and how the clustering index files it ({@link Filing}), so that the incidents a new claim could
 * join are found in this narrow table alone.
 */
final class MemberRows {
    static final String FILING = "event_date, filed_coarse, filed_long, filed_wide, place_key, lat, lon";
    static final String INSERT = "insert into incident_claims (incident_id, report_id, claim_index, position, "
            + FILING + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String UPDATE_FILING = "update incident_claims set event_date = ?, filed_coarse = ?, filed_long = ?, "
            + "filed_wide = ?, place_key = ?, lat = ?, lon = ? where report_id = ? and claim_index = ?";

    private MemberRows() {
    }

    /** The values of {@link #INSERT}. */
    static Object[] values(IncidentId incident, LocatedClaim claim, int position) {
        Object[] filing = filing(claim);
        Object[] values = new Object[4 + filing.length];
        values[0] = incident.value();
        values[1] = claim.claim().report().value();
        values[2] = claim.claim().index();
        values[3] = position;
        System.arraycopy(filing, 0, values, 4, filing.length);
        return values;
    }

    /** The values of the {@link #FILING} columns. */
    static Object[] filing(LocatedClaim claim) {
        Filing f = IncidentIndex.filing(claim);
        Date date = claim.claim().date() == null ? null : Date.valueOf(claim.claim().date());
        return new Object[] {date, f.coarse(), f.longDated(), f.wide(), f.placeKey(), f.lat(), f.lon()};
    }
}
