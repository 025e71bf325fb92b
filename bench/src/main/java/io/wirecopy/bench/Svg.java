package io.wirecopy.bench;

import java.util.List;
import java.util.Locale;

/** A line chart as a self-contained SVG file (no library: axes, ticks, one polyline per series, a legend). */
final class Svg {

    record Series(String name, String colour, double[] x, double[] y) {
    }

    private static final int WIDTH = 720;
    private static final int HEIGHT = 360;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;

    private Svg() {
    }

    /**
     * @param logX  x on a log10 scale (index sizes)
     * @param limit a dashed horizontal line (a target), or NaN for none
     */
    static String lines(String title, String xLabel, String yLabel, boolean logX, List<Series> series, double limit,
            String limitLabel) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = Double.isNaN(limit) ? 0 : limit;
        for (Series s : series) {
            for (int i = 0; i < s.x().length; i++) {
                minX = Math.min(minX, tx(s.x()[i], logX));
                maxX = Math.max(maxX, tx(s.x()[i], logX));
                maxY = Math.max(maxY, s.y()[i]);
            }
        }
        if (maxX <= minX) {
            maxX = minX + 1;
        }
        maxY = niceCeiling(maxY * 1.05);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(text(WIDTH / 2.0, 22, title, "middle", 15));
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        for (int i = 0; i <= 5; i++) {
            double v = maxY * i / 5;
            double y = TOP + plotH - plotH * i / 5;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
                    LEFT, y, WIDTH - RIGHT, y));
            svg.append(text(LEFT - 6, y + 4, format(v), "end", 11));
        }
        if (logX) {
            for (double decade = Math.pow(10, Math.ceil(minX)); Math.log10(decade) <= maxX + 1e-9; decade *= 10) {
                double x = LEFT + plotW * (Math.log10(decade) - minX) / (maxX - minX);
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
                        x, TOP, x, TOP + plotH));
                svg.append(text(x, TOP + plotH + 16, format(decade), "middle", 11));
            }
        } else {
            for (int i = 0; i <= 5; i++) {
                double v = minX + (maxX - minX) * i / 5;
                double x = LEFT + plotW * i / 5;
                svg.append(text(x, TOP + plotH + 16, format(v), "middle", 11));
            }
        }
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.0f\" height=\"%.0f\" fill=\"none\" stroke=\"#333\"/>%n",
                LEFT, TOP, plotW, plotH));
        svg.append(text(LEFT + plotW / 2, HEIGHT - 10, xLabel, "middle", 12));
        svg.append(String.format(Locale.ROOT,
                "<text x=\"16\" y=\"%.1f\" text-anchor=\"middle\" transform=\"rotate(-90 16 %.1f)\">%s</text>%n",
                TOP + plotH / 2, TOP + plotH / 2, escape(yLabel)));
        if (!Double.isNaN(limit)) {
            double y = TOP + plotH - plotH * limit / maxY;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#c00\" "
                    + "stroke-dasharray=\"6 4\"/>%n", LEFT, y, WIDTH - RIGHT, y));
            svg.append(text(WIDTH - RIGHT - 4, y - 4, limitLabel, "end", 11));
        }
        int legendY = TOP + 14;
        for (Series s : series) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < s.x().length; i++) {
                double x = LEFT + plotW * (tx(s.x()[i], logX) - minX) / (maxX - minX);
                double y = TOP + plotH - plotH * s.y()[i] / maxY;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                if (s.x().length <= 30) {
                    svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", x, y,
                            s.colour()));
                }
            }
            svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n",
                    s.colour(), points.toString().trim()));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"3\" fill=\"%s\"/>%n",
                    LEFT + 12, legendY - 4, s.colour()));
            svg.append(text(LEFT + 32, legendY, s.name(), "start", 12));
            legendY += 16;
        }
        return svg.append("</svg>\n").toString();
    }

    private static double tx(double x, boolean log) {
        return log ? Math.log10(x) : x;
    }

    private static double niceCeiling(double v) {
        if (v <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= v) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String format(double v) {
        if (v >= 1_000_000 && v % 1_000_000 == 0) {
            return String.format(Locale.ROOT, "%.0fM", v / 1_000_000);
        }
        if (v >= 1_000 && v % 1_000 == 0) {
            return String.format(Locale.ROOT, "%.0fk", v / 1_000);
        }
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String text(double x, double y, String s, String anchor, int size) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\">%s</text>%n", x, y,
                anchor, size, escape(s));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
