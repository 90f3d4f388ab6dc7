package cn.diaodu.bulletin;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import cn.diaodu.common.DocumentHeader;
import cn.diaodu.common.OfficialDocument;

/**
 * Writes a {@link Bulletin} as a DOCX in the layout of official documents, GB/T 9704-2012, through
 * {@link OfficialDocument} (page, fonts, title, headings, body, tables, page numbers, signature), with the chart of
 * section 七 as a native chart (bars: cumulative completion; line: cumulative plan).
 */
final class DocxBulletinWriter {

    void write(Bulletin b, OutputStream out) throws IOException {
        write(b, DocumentHeader.NONE, out);
    }

    /** The bulletin with the 版头, 主送 and 版记 of {@code header}. */
    void write(Bulletin b, DocumentHeader header, OutputStream out) throws IOException {
        try (OfficialDocument doc = new OfficialDocument(header)) {
            doc.title(b.title());
            for (Bulletin.Block block : b.blocks()) {
                if (block instanceof Bulletin.Para p) {
                    doc.body(p.text());
                } else if (block instanceof Bulletin.Heading h) {
                    doc.heading(h.level(), h.text());
                } else if (block instanceof Bulletin.Table t) {
                    doc.table(t.header(), t.rows(), t.widths(), t.numeric(), t.totalRow());
                } else if (block instanceof Bulletin.Chart c) {
                    chart(doc, c);
                }
            }
            doc.signature(b.issuer(), b.issued());
            doc.write(out);
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /** The chart of section 七: bars of cumulative completion, a line of the cumulative plan, months 1..M (万元). */
    private static void chart(OfficialDocument doc, Bulletin.Chart c) throws IOException, InvalidFormatException {
        int n = c.months().size();
        XWPFRun run = OfficialDocument.run(doc.figureParagraph(), null, OfficialDocument.BODY_FONT,
                OfficialDocument.BODY_SIZE);
        long width = (long) OfficialDocument.TEXT_WIDTH * 635; // twips → EMU
        XWPFChart chart = doc.poi().createChart(run, (int) width, (int) (width * 0.55));

        String[] months = c.months().toArray(String[]::new);
        Double[] done = c.completed().stream().map(BigDecimal::doubleValue).toArray(Double[]::new);
        Double[] plan = c.planned().stream().map(BigDecimal::doubleValue).toArray(Double[]::new);
        XDDFDataSource<String> cat = XDDFDataSourcesFactory.fromArray(months,
                chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
        XDDFNumericalDataSource<Double> doneData = XDDFDataSourcesFactory.fromArray(done,
                chart.formatRange(new CellRangeAddress(1, n, 1, 1)), 1);
        XDDFNumericalDataSource<Double> planData = XDDFDataSourcesFactory.fromArray(plan,
                chart.formatRange(new CellRangeAddress(1, n, 2, 2)), 2);

        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        left.setCrossBetween(AxisCrossBetween.BETWEEN);
        left.setTitle("亿元");

        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom, left);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        XDDFChartData.Series doneSeries = bars.addSeries(cat, doneData);
        doneSeries.setTitle("累计完成", chart.setSheetTitle("累计完成", 1));
        doneSeries.setShapeProperties(fill(PresetColor.ROYAL_BLUE));
        chart.plot(bars);

        XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, left);
        line.setVaryColors(false);
        XDDFLineChartData.Series planSeries = (XDDFLineChartData.Series) line.addSeries(cat, planData);
        planSeries.setTitle("累计计划", chart.setSheetTitle("累计计划", 2));
        planSeries.setMarkerStyle(MarkerStyle.CIRCLE);
        planSeries.setSmooth(false);
        XDDFShapeProperties lineShape = new XDDFShapeProperties();
        XDDFLineProperties lp = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.RED)));
        lp.setWidth(2.0);
        lineShape.setLineProperties(lp);
        planSeries.setShapeProperties(lineShape);
        chart.plot(line);

        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

        doc.caption(c.caption());
    }

    private static XDDFShapeProperties fill(PresetColor color) {
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
        return shape;
    }
}
