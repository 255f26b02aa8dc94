package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.marsad.geo.LocatedClaim;
import org.marsad.incident.IncidentIndex;

/**
 * Files the claims stored before version 2 the way the clustering index files them (the
 * columns V2 added), so that their incidents can be found by reach. Named the way Flyway orders
 * migrations; given to Flyway explicitly rather than found by scanning.
 */
public final class V3__FileStoredClaims extends BaseJavaMigration {
    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
             ResultSet rs = select.executeQuery("select * from claims where filed_coarse is null");
             PreparedStatement update = connection.prepareStatement(
                     "update claims set " + ClaimRows.FILING_SET + " where report_id = ? and claim_index = ?")) {
            int pending = 0;
            while (rs.next()) {
                LocatedClaim claim = ClaimRows.read(rs);
                Object[] values = ClaimRows.filingValues(IncidentIndex.filing(claim));
                for (int i = 0; i < values.length; i++) {
                    update.setObject(i + 1, values[i]);
                }
                update.setString(values.length + 1, claim.claim().report().value());
                update.setInt(values.length + 2, claim.claim().index());
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            update.executeBatch();
        }
    }
}
