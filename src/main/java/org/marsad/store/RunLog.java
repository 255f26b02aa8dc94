package org.marsad.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.marsad.report.Rejection;
import org.marsad.report.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ingest runs and what each rejected, with the reason, so bad input is never silently lost. */
public final class RunLog {
    private final JdbcClient jdbc;

    RunLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens a run and returns its id. */
    public String start(String description) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("insert into ingest_runs (id, description, started_at) values (?, ?, ?)")
                .params(id, Store.shorten(description, 2000), Timestamp.from(Instant.now())).update();
        return id;
    }

    public void finish(String runId, String summary) {
        jdbc.sql("update ingest_runs set finished_at = ?, summary = ? where id = ?")
                .params(Timestamp.from(Instant.now()), Store.shorten(summary, 2000), runId).update();
    }

    public void reject(String runId, Rejection r) {
        jdbc.sql("insert into rejections (run_id, stage, location, reason, val, at) values (?, ?, ?, ?, ?, ?)")
                .params(runId, r.stage().name(), Store.shorten(r.where(), 2000), Store.shorten(r.reason(), 2000), r.value(),
                        Timestamp.from(Instant.now()))
                .update();
    }

    /** The latest rejections, newest first. */
    public List<Rejection> rejections(int limit) {
        return jdbc.sql("select stage, location, reason, val from rejections order by id desc limit ?").param(limit)
                .query((rs, n) -> new Rejection(Stage.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
