package io.github.hipercam.util;

import io.github.hipercam.InvalidArgumentException;
import java.util.Arrays;

/**
 * Percentiles of pixel values as the pipeline takes them for its plots
 * ({@code CCD.percentile}, which calls {@code numpy.percentile} with its
 * default linear interpolation): for {@code n} sorted values the {@code q}-th
 * percentile lies at position {@code (n - 1) q / 100}, between the two values
 * either side of it. NaN values are left out (the pipeline's windows hold
 * none; our canvases hold NaN in the gaps between windows).
 */
public final class Percentiles {

    private Percentiles() {
    }

    /**
     * @param values values (NaN ignored); not changed
     * @param q percentiles, each 0 to 100
     * @return the percentiles in the order asked, or NaN for each when no value is a number
     */
    public static double[] of(float[] values, double... q) {
        float[] v = new float[values.length];
        int n = 0;
        for (float x : values) {
            if (!Float.isNaN(x)) {
                v[n++] = x;
            }
        }
        Arrays.sort(v, 0, n);
        double[] out = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            if (!(q[i] >= 0 && q[i] <= 100)) {
                throw new InvalidArgumentException("a percentile must lie from 0 to 100, got " + q[i]);
            }
            out[i] = n == 0 ? Double.NaN : at(v, n, q[i]);
        }
        return out;
    }

    private static double at(float[] sorted, int n, double q) {
        double pos = (n - 1) * q / 100.0;
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, n - 1);
        double frac = pos - lo;
        return sorted[lo] + (sorted[hi] - (double) sorted[lo]) * frac;
    }
}
