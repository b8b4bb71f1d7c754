package letitcrash.book;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The pictures drawn on the pages of a PDF, in the order they are drawn. Asciidoctor PDF
 * draws an SVG (through prawn-svg) as vector graphics in the page itself, not as an image,
 * and starts each one by clipping to the picture's viewport: each clip is one picture, and
 * its bounds are where the picture sits. A raster picture is an image, counted as one too.
 * Bounds are in PDF points from the page's bottom left corner.
 */
final class PdfPictures extends PDFGraphicsStreamEngine {

    record Picture(int page, Rectangle2D bounds) {}

    private final int page;
    private final List<Picture> found = new ArrayList<>();
    private final Path2D.Float path = new Path2D.Float();
    private boolean clipping;

    private PdfPictures(PDPage page, int index) {
        super(page);
        this.page = index;
    }

    static List<Picture> in(PDDocument pdf) throws IOException {
        var pictures = new ArrayList<Picture>();
        for (int index = 0; index < pdf.getNumberOfPages(); index++) {
            var engine = new PdfPictures(pdf.getPage(index), index);
            engine.processPage(pdf.getPage(index));
            pictures.addAll(engine.found);
        }
        return pictures;
    }

    @Override
    public void drawImage(PDImage image) {
        var ctm = getGraphicsState().getCurrentTransformationMatrix();
        found.add(new Picture(page, new Rectangle2D.Float(ctm.getTranslateX(), ctm.getTranslateY(),
                ctm.getScalingFactorX(), ctm.getScalingFactorY())));
    }

    @Override
    public void clip(int windingRule) {
        clipping = true;
    }

    @Override
    public void endPath() {
        paint();
    }

    @Override
    public void strokePath() {
        paint();
    }

    @Override
    public void fillPath(int windingRule) {
        paint();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        paint();
    }

    /** The path is used up; if it was a clip, it was a picture's viewport. */
    private void paint() {
        if (clipping) {
            found.add(new Picture(page, path.getBounds2D()));
        }
        clipping = false;
        path.reset();
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        path.moveTo(p0.getX(), p0.getY());
        path.lineTo(p1.getX(), p1.getY());
        path.lineTo(p2.getX(), p2.getY());
        path.lineTo(p3.getX(), p3.getY());
        path.closePath();
    }

    @Override
    public void moveTo(float x, float y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        path.lineTo(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        path.curveTo(x1, y1, x2, y2, x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return path.getCurrentPoint();
    }

    @Override
    public void closePath() {
        path.closePath();
    }

    @Override
    public void shadingFill(COSName shadingName) {}
}
