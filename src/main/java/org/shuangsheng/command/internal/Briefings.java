package org.shuangsheng.command.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shuangsheng.command.Briefing;
import org.shuangsheng.command.BriefingFormat;
import org.shuangsheng.command.RegionTree.Node;
import org.shuangsheng.identity.CurrentUser;
import org.shuangsheng.identity.DataScope;
import org.shuangsheng.identity.DataScopes;
import org.shuangsheng.shared.DailyRuns;
import org.shuangsheng.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily briefings (日报): generated from the dashboard's figures for a day and a region in
 * the caller's scope, archived one per day and region (a regeneration replaces the earlier
 * files), listed and downloaded within the caller's scope. A region outside it answers as if
 * it did not exist.
 */
@Service
public class Briefings {

    /** Who the scheduled briefing is archived as. */
    public static final String SYSTEM = "system";

    /** A briefing's two files. */
    public record Files(byte[] pdf, byte[] xlsx) {

        public byte[] of(BriefingFormat format) {
            return format == BriefingFormat.PDF ? pdf : xlsx;
        }
    }

    /** One file of a briefing, with the name to download it by. */
    public record Download(String filename, BriefingFormat format, byte[] content) {
    }

    private final Dashboard dashboard;
    private final BriefingPdf pdf;
    private final MessageSource messages;
    private final DataScopes scopes;
    private final JdbcClient jdbc;
    private final DailyRuns runs;
    private final Clock clock;

    Briefings(Dashboard dashboard, BriefingPdf pdf, MessageSource messages, DataScopes scopes, JdbcClient jdbc,
            DailyRuns runs, Clock clock) {
        this.dashboard = dashboard;
        this.pdf = pdf;
        this.messages = messages;
        this.scopes = scopes;
        this.jdbc = jdbc;
        this.runs = runs;
        this.clock = clock;
    }

    /** Whether briefing PDFs fall back to a font they do not embed, so that Chinese may not show. */
    public boolean pdfFontMissing() {
        return !pdf.embedsFont();
    }

    public LocalDate today() {
        return dashboard.today();
    }

    /**
     * Generates and archives the briefing of a region (the caller's top region when blank) for
     * a day, replacing any earlier one of the same day and region.
     *
     * @throws NotFoundException when the region is unknown or outside the caller's scope
     */
    @Transactional
    public Briefing generate(String regionCode, LocalDate date) {
        Dashboard.Figures figures = dashboard.figures(regionCode, date);
        String by = CurrentUser.scope().map(s -> s.username()).orElse(SYSTEM);
        return archive(figures, render(figures), by);
    }

    /**
     * One file of the briefing of a region (the caller's top region when blank) for a day: the
     * archived one, or one generated on the fly (and not archived) when there is none.
     */
    @Transactional(readOnly = true)
    public Download download(String regionCode, LocalDate date, BriefingFormat format) {
        Dashboard.Figures figures = dashboard.figures(regionCode, date);
        Node region = figures.region();
        byte[] content = archived(figures.date(), region.code(), format)
                .orElseGet(() -> render(figures).of(format));
        return new Download(filename(region.code(), figures.date(), format), format, content);
    }

    /** One file of an archived briefing by its id, within the caller's scope. */
    @Transactional(readOnly = true)
    public Download download(long id, BriefingFormat format) {
        Optional<Object[]> row = jdbc.sql("select region_path, region_code, briefing_date, " + column(format)
                        + " from command_briefing where id = ?").param(id)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getBytes(4)}).optional();
        if (row.isEmpty() || !(scopes.current() instanceof DataScope.Regions scope)
                || !scope.covers((String) row.get()[0])) {
            throw new NotFoundException("briefing");
        }
        Object[] r = row.get();
        return new Download(filename((String) r[1], (LocalDate) r[2], format), format, (byte[]) r[3]);
    }

    /** The archived briefings in the caller's scope between two days (either may be null), newest first. */
    @Transactional(readOnly = true)
    public Page<Briefing> list(LocalDate from, LocalDate to, Pageable pageable) {
        if (!(scopes.current() instanceof DataScope.Regions scope) || scope.paths().isEmpty()) {
            return Page.empty(pageable);
        }
        DataScope.SqlCondition within = scope.condition("region_path");
        StringBuilder where = new StringBuilder(" where ").append(within.sql());
        List<Object> params = new ArrayList<>(within.params());
        if (from != null) {
            where.append(" and briefing_date >= ?");
            params.add(from);
        }
        if (to != null) {
            where.append(" and briefing_date <= ?");
            params.add(to);
        }
        long total = jdbc.sql("select count(*) from command_briefing" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(pageable.getPageSize());
        pageParams.add(pageable.getOffset());
        List<Briefing> rows = jdbc.sql("select id, briefing_date, region_code, region_name, generated_at, generated_by"
                        + " from command_briefing" + where + " order by briefing_date desc, region_path limit ? offset ?")
                .params(pageParams)
                .query((rs, n) -> new Briefing(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6)))
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    /**
     * The scheduled briefing of a region for a day, with nobody signed in, generated only by
     * the instance of the cluster that claims it first.
     *
     * @return whether this call generated it
     */
    public boolean generateOnce(Node region, LocalDate date) {
        return runs.runOnce("briefing." + region.code(), date, () -> {
            Dashboard.Figures figures = dashboard.figuresOf(region, date);
            archive(figures, render(figures), SYSTEM);
        });
    }

    private Files render(Dashboard.Figures figures) {
        BriefingContent content = BriefingContent.of(figures, messages);
        return new Files(pdf.render(content), BriefingWorkbook.render(content));
    }

    private Briefing archive(Dashboard.Figures figures, Files files, String by) {
        Node region = figures.region();
        Instant now = clock.instant();
        // Regenerating a day and region replaces its files: the archive keeps the latest only.
        jdbc.sql("delete from command_briefing where briefing_date = ? and region_code = ?")
                .params(figures.date(), region.code()).update();
        jdbc.sql("insert into command_briefing (briefing_date, region_code, region_path, region_name, generated_at,"
                        + " generated_by, pdf, xlsx) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(figures.date(), region.code(), region.path(), region.name(), Timestamp.from(now), by,
                        files.pdf(), files.xlsx())
                .update();
        long id = jdbc.sql("select id from command_briefing where briefing_date = ? and region_code = ?")
                .params(figures.date(), region.code()).query(Long.class).single();
        return new Briefing(id, figures.date(), region.code(), region.name(), now, by);
    }

    private Optional<byte[]> archived(LocalDate date, String regionCode, BriefingFormat format) {
        return jdbc.sql("select " + column(format) + " from command_briefing where briefing_date = ? and region_code = ?")
                .params(date, regionCode).query((rs, n) -> rs.getBytes(1)).optional();
    }

    private static String column(BriefingFormat format) {
        return format == BriefingFormat.PDF ? "pdf" : "xlsx";
    }

    static String filename(String regionCode, LocalDate date, BriefingFormat format) {
        return "briefing-" + regionCode + "-" + date + "." + format.extension();
    }
}
