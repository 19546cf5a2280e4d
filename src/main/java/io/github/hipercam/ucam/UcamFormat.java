package io.github.hipercam.ucam;

import io.github.hipercam.InvalidArgumentException;
import io.github.hipercam.TruncatedDataException;
import io.github.hipercam.format.Decoding;
import io.github.hipercam.format.DiskEnding;
import io.github.hipercam.format.FrameAccess;
import io.github.hipercam.format.RawHeader;
import io.github.hipercam.format.RunFormat;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.spi.Layout;
import io.github.hipercam.spool.SpoolOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * ULTRACAM and ULTRASPEC raw runs: an XML document and a file of frames
 * ({@link Layout#XML_DAT}). Formats {@code ultracam} (sources {@code ul},
 * {@code us}) and {@code ultraspec} both read either camera's runs, since the
 * XML says which camera took them.
 *
 * <p>What differs from HiPERCAM, as in the reference:
 * <ul>
 *   <li>a negative {@code first} is refused (the reference seeks before the
 *       start of the file);</li>
 *   <li>a disk spool refuses a partly written last frame whose timing bytes
 *       are there, and a spool of the last frame refuses a file with none;</li>
 *   <li>a frame's times depend on where the reading began, which each spool
 *       states ({@link io.github.hipercam.format.Decoding}).</li>
 * </ul>
 * Spools of local frames read forwards are decoded ahead on every core.
 */
public abstract class UcamFormat implements RunFormat<UcamReadout> {


    private final String name;

    /** @param name the format's name in source codes */
    protected UcamFormat(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Layout layout() {
        return Layout.XML_DAT;
    }

    /** An XML document whose root is {@code datafile}, naming an ULTRACAM or ULTRASPEC instrument. */
    @Override
    public boolean recognises(byte[] start) {
        String s = new String(start, 0, Math.min(start.length, 8192), StandardCharsets.ISO_8859_1);
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        return s.stripLeading().startsWith("<") && s.contains("<datafile")
                && (lower.contains("<name>ultracam</name>") || lower.contains("<name>ultraspec</name>"));
    }

    @Override
    public UcamReadout parse(RawHeader header, SpoolOptions options) {
        return UcamReadout.parse(runName(header.resource()), header.bytes());
    }

    @Override
    public Decoding decoding(UcamReadout readout, FrameAccess frames) {
        return new UcamDecoding(readout, frames);
    }

    /**
     * The reference's {@code get_ccd_pars}: the camera named in the XML
     * decides; the XML is checked as the reference's {@code Rhead} checks it
     * (a power on/off passes, having no windows to check).
     */
    @Override
    public List<CcdPars> ccdPars(Supplier<RawHeader> header, SpoolOptions options) {
        RawHeader h = header.get();
        String run = runName(h.resource());
        UcamXml parsed = UcamXml.parse(run + ".xml", h.bytes());
        UcamCamera camera = UcamCamera.of(parsed);
        if (UcamMode.of(parsed) != UcamMode.PONOFF) {
            UcamReadout.of(run, parsed);
        }
        return camera.ccdPars();
    }

    @Override
    public DiskEnding diskEnding(UcamReadout readout) {
        return new Ending(readout.framesize(), readout.timingBytes());
    }

    @Override
    public void checkFirst(String run, int first) {
        if (first < 0) {
            throw new InvalidArgumentException(run + ": first = " + first
                    + " is not allowed for ULTRACAM/ULTRASPEC runs (expected >= 1, or 0 for the last frame)");
        }
    }

    /**
     * @param resource a run, with or without ".xml" or ".dat"
     * @return the run without the extension (its RUN item)
     */
    static String runName(String resource) {
        if (resource.endsWith(".xml") || resource.endsWith(".dat")) {
            return resource.substring(0, resource.length() - 4);
        }
        return resource;
    }

    /**
     * The reference reads a frame's timing bytes, then its pixels, straight
     * from the file: fewer than the timing bytes left ends the iteration;
     * the timing bytes without all the pixels is an error, as is a spool of
     * the last frame on a file without a whole frame.
     */
    private record Ending(int framesize, int timingBytes) implements DiskEnding {
        @Override
        public void atEnd(String name, int next, long bytesFromNext) {
            if (bytesFromNext >= timingBytes) {
                throw new TruncatedDataException(name + ".dat, frame " + next + ": the file ends " + bytesFromNext
                        + " bytes into the frame, after its timing bytes but before the end of its pixels"
                        + " (framesize = " + framesize + ")");
            }
        }

        @Override
        public void noLastFrame(String name, long bytes) {
            throw new TruncatedDataException(name + ".dat: no complete frame to take the last of (the file holds "
                    + bytes + " bytes, a frame " + framesize + ")");
        }
    }
}
