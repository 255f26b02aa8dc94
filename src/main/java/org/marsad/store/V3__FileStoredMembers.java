package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.marsad.geo.LocatedClaim;

/**
 * Files the incident members stored before version 2 the way the clustering index files them
 * (the columns V2 added to {@code incident_claims}), so that their incidents can be found by
 * reach. Named the way Flyway orders migrations; given to Flyway explicitly, not found by scanning.
 */
public final class V3__FileStoredMembers extends BaseJavaMigration {
    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
             ResultSet rs = select.executeQuery("select c.* from claims c join incident_claims m "
                     + "on m.report_id = c.report_id and m.claim_index = c.claim_index where m.filed_coarse is null");
             PreparedStatement update = connection.prepareStatement(MemberRows.UPDATE_FILING)) {
            int pending = 0;
            while (rs.next()) {
                LocatedClaim claim = ClaimRows.read(rs);
                Object[] values = MemberRows.filing(claim);
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
