package io.github.hipercam.ucam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hipercam.FormatException;
import io.github.hipercam.MissingKeywordException;
import io.github.hipercam.SourceAccessException;
import io.github.hipercam.TruncatedDataException;
import io.github.hipercam.bytes.XmlDatFiles;
import io.github.hipercam.format.RawHeader;
import io.github.hipercam.model.Mccd;
import io.github.hipercam.run.OpenedRun;
import io.github.hipercam.run.Runs;
import io.github.hipercam.source.ByteSource;
import io.github.hipercam.spool.Poll;
import io.github.hipercam.spool.RunReader;
import io.github.hipercam.spool.SpoolOptions;
import io.github.hipercam.synth.UcamRunSpec;
import io.github.hipercam.synth.UcamRunWriter;
import io.github.hipercam.testutil.MemoryRuns;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad run gets a clear error that names the file and the item. */
class UcamBadInputTest {

    @TempDir
    Path tmp;

    private static String goodXml() {
        return UcamRunWriter.xml("run001", UcamRunSpec.ultracam(UcamMode.ONE_PAIR));
    }

    private static FormatException parseFails(String xml) {
        return assertThrows(FormatException.class,
                () -> UcamReadout.parse("data/run001", xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void xxeIsRefusedBeforeAnythingIsRead() throws Exception {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "ULTRASPEC");
        String xml = goodXml().replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE datafile [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n")
                .replace("<name>Ultracam</name>", "<name>&xxe;</name>");
        FormatException e = parseFails(xml);
        assertTrue(e.getMessage().startsWith("data/run001.xml: "), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        AtomicBoolean closed = new AtomicBoolean();
        ByteSource bytes = new ByteSource() {
            @Override public String name() { return "run001"; }
            @Override public byte[] header() { return xml.getBytes(StandardCharsets.UTF_8); }
            @Override public int available(int frameSize) { throw new AssertionError("no frame may be looked at"); }
            @Override public Poll<byte[]> frame(int number, int frameSize) { throw new AssertionError("no frame read"); }
            @Override public void close() { closed.set(true); }
        };
        MemoryRuns.serve("UcamBadInputTest-xxe", bytes);
        assertThrows(FormatException.class,
                () -> Runs.open("ultracam:memory", "UcamBadInputTest-xxe", SpoolOptions.defaults()));
        assertTrue(closed.get(), "a run that fails to open closes its bytes");
    }

    @Test
    void billionLaughsIsRefused() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><d>&b;</d>";
        assertTrue(parseFails(xml).getMessage().contains("DOCTYPE"));
    }

    @Test
    void missingItemsAreNamed() {
        FormatException frame = parseFails(goodXml().replace("framesize=", "framsize="));
        assertEquals("data/run001.xml: attribute framesize of <data_status> is missing", frame.getMessage());
        MissingKeywordException size = assertThrows(MissingKeywordException.class, () -> UcamReadout.parse(
                "data/run001", goodXml().replace("X1_SIZE", "X9_SIZE").getBytes(StandardCharsets.UTF_8)));
        assertEquals("data/run001.xml: keyword parameter X1_SIZE is missing", size.getMessage());
        assertEquals("data/run001.xml: element <instrument_status> is missing",
                parseFails(goodXml().replace("instrument_status", "instrument")).getMessage());
        assertEquals("data/run001.xml: no <application_status id=\"SDSU Exec\"> element",
                parseFails(goodXml().replace("SDSU Exec", "Other")).getMessage());
        assertTrue(parseFails("<datafile>").getMessage().startsWith("data/run001.xml: not a readable run XML"));
    }

    @Test
    void badValuesAreNamed() {
        assertEquals("data/run001.xml: parameter X1_SIZE = 'forty' is not an integer in the range of a 32-bit int",
                parseFails(goodXml().replace("name=\"X1_SIZE\" value=\"40\"", "name=\"X1_SIZE\" value=\"forty\""))
                        .getMessage());
        assertEquals("data/run001.xml: instrument = 'ULTRAPHOT', expected ULTRACAM or ULTRASPEC",
                parseFails(goodXml().replace("Ultracam", "Ultraphot")).getMessage());
    }

    @Test
    void unknownApplication() {
        assertEquals("data/run001.xml: application = 'appl99_magic_cfg' is not one the ULTRACAM/ULTRASPEC"
                + " readers know", parseFails(goodXml().replace("appl5_window1pair_cfg", "appl99_magic_cfg"))
                .getMessage());
    }

    @Test
    void framesizeMustMatchTheWindows() {
        String xml = goodXml().replace("framesize=\"14432\"", "framesize=\"14434\"");
        assertEquals("data/run001.xml: framesize = 14434 clashes with the value calculated from the windows"
                + " = 14432", parseFails(xml).getMessage());
    }

    @Test
    void powerOnOffIsRefused() {
        String xml = goodXml().replace("appl5_window1pair_cfg", "appl1_pon_cfg");
        assertEquals("data/run001.xml: run data/run001 is a power on/off (application appl1_pon_cfg); it has no"
                + " data frames to read", parseFails(xml).getMessage());
    }

    @Test
    void versionsAreChecked() {
        assertTrue(parseFails(goodXml().replace("value=\"140331\"", "value=\"999999\"")).getMessage()
                .contains("could not recognise version = 999999"));
        String clash = goodXml().replace("<target>", "<revision>130417</revision>\n    <target>");
        assertEquals("data/run001.xml: clashing version numbers: user revision = 130417 but parameter = 140331",
                parseFails(clash).getMessage());
    }

    @Test
    void instrumentAndApplicationMustAgree() {
        assertTrue(parseFails(goodXml().replace("appl5_window1pair_cfg", "ccd201_driftscan_cfg")).getMessage()
                .contains("does not belong to instrument ULTRACAM"));
    }

    @Test
    void truncatedFramesAreNeverData() throws Exception {
        UcamRunWriter.write(tmp, "run001", UcamRunSpec.ultracam(UcamMode.ONE_PAIR), false);
        Path dat = tmp.resolve("run001.dat");
        byte[] all = Files.readAllBytes(dat);
        Files.write(dat, java.util.Arrays.copyOf(all, all.length - 100));
        try (OpenedRun run = Runs.open("ul", tmp.resolve("run001").toString(), SpoolOptions.defaults());
                RunReader<Mccd> r = run.frames()) {
            assertEquals(2, r.available());
            assertInstanceOf(Poll.Ready.class, r.read(2));
            assertInstanceOf(Poll.NotYet.class, r.read(3));
        }
        UcamDecoder d = UcamDecoder.of(UcamReadout.parse("run001", Files.readAllBytes(tmp.resolve("run001.xml"))));
        TruncatedDataException e = assertThrows(TruncatedDataException.class,
                () -> d.decode(new byte[100], 3, null));
        assertEquals("run001, frame 3: got 100 bytes, expected framesize = 14432", e.getMessage());
    }

    @Test
    void aTransportThatDeliversShortFramesIsAnError() {
        byte[] xml = goodXml().getBytes(StandardCharsets.UTF_8);
        ByteSource shortFrames = new ByteSource() {
            @Override public String name() { return "http://127.0.0.1/run001"; }
            @Override public byte[] header() { return xml; }
            @Override public int available(int frameSize) { return 1; }
            @Override public Poll<byte[]> frame(int number, int frameSize) { return Poll.ready(new byte[10], number); }
            @Override public void close() { }
        };
        MemoryRuns.serve("UcamBadInputTest-short", shortFrames);
        try (OpenedRun run = Runs.open("ultracam:memory", "UcamBadInputTest-short", SpoolOptions.defaults());
                RunReader<Mccd> r = run.frames()) {
            Exception e = assertThrows(TruncatedDataException.class, () -> r.read(1));
            assertEquals("http://127.0.0.1/run001, frame 1: got 10 bytes, expected framesize = 14432", e.getMessage());
        }
    }

    @Test
    void missingFilesAreNamed() {
        String run = tmp.resolve("run404").toString();
        SourceAccessException e = assertThrows(SourceAccessException.class, () -> XmlDatFiles.open(run));
        assertEquals(run + ".xml: the run's XML file does not exist", e.getMessage());
    }

    @Test
    void ultraspecWithoutOutputCannotBeOriented() {
        String xml = UcamRunWriter.xml("run010", UcamRunSpec.ultraspec(UcamMode.USPEC_1, "N"))
                .replace("<parameter_status name=\"OUTPUT\" value=\"0\"/>", "");
        UcamReadout r = UcamReadout.parse("run010", xml.getBytes(StandardCharsets.UTF_8));
        assertEquals("", r.output());
        FormatException e = assertThrows(FormatException.class, () -> UcamDecoder.of(r));
        assertTrue(e.getMessage().startsWith("run010: ULTRASPEC parameter OUTPUT is missing"), e.getMessage());
    }

    @Test
    void ccdParsOfAPowerOnOffStillNameTheCamera() {
        byte[] xml = goodXml().replace("appl5_window1pair_cfg", "appl2_pof_cfg").getBytes(StandardCharsets.UTF_8);
        assertEquals(UcamCamera.ULTRACAM.ccdPars(), new UltracamFormat().ccdPars(() -> new RawHeader("run001", "run001", xml),
                SpoolOptions.defaults()));
    }
}
