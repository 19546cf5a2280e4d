// follow_live.ijm -- follow a run that is still being written.
//
// Opens the run at its newest frame (first = 0), then waits for each new
// frame as the pipeline's hang_about does, shows it, and adds a row to the
// Results table (Frame, MJD as text, Mean of the CCD's windows, Waited in
// seconds). It stops when the run is finished, when no new frame has come
// for `timeout` seconds, after `max` frames if max > 0, or when Esc aborts
// the macro. Frames that arrive faster than they are shown are skipped, as
// in the pipeline's live display: it always shows the newest.
//
// Arguments (a dialog asks for them when the macro is run from a menu):
//   source=hs run=[run0012] ccd=1 timeout=30 max=0

args = getArgument();
if (args == "") {
    Dialog.create("Follow a live run");
    Dialog.addString("Source", "hs");
    Dialog.addString("Run", "run0012", 40);
    Dialog.addString("CCD", "1");
    Dialog.addNumber("Give up after (seconds without a frame)", 30);
    Dialog.addNumber("Stop after (frames, 0 = never)", 0);
    Dialog.show();
    args = "source=" + Dialog.getString() + " run=[" + Dialog.getString() + "] ccd=" + Dialog.getString()
        + " timeout=" + Dialog.getNumber() + " max=" + Dialog.getNumber();
}
source = call("ij.Macro.getValue", args, "source", "hs");
runName = call("ij.Macro.getValue", args, "run", "run0012");
ccd = call("ij.Macro.getValue", args, "ccd", "1");
timeout = parseFloat(call("ij.Macro.getValue", args, "timeout", "30"));
maxFrames = parseInt(call("ij.Macro.getValue", args, "max", "0"));

run("HiPERCAM Macro Extensions");
Ext.openRun(source, runName, 0);             // 0: always the newest complete frame
shown = 0;                               // ID of the image on display
count = 0;
while (maxFrames <= 0 || count < maxFrames) {
    t0 = getTime();
    Ext.waitForFrame(0, timeout, ok);    // 0: any frame newer than the last shown
    waited = (getTime() - t0) / 1000;
    if (ok == 0)
        break;                           // finished, or nothing new for too long
    n = Ext.nextFrame(ccd);
    if (n == "end")
        break;
    if (n == "none yet")
        continue;
    if (shown != 0) {                    // replace the previous frame
        current = getImageID();
        selectImage(shown);
        close();
        selectImage(current);
    }
    shown = getImageID();
    mjdText = Ext.getMjd(n, ccd, mjd);  // number, and text with every digit
    row = nResults;
    setResult("Frame", row, parseInt(n));
    setResult("MJD", row, mjdText);
    setResult("Mean", row, getValue("Mean"));   // NaN gaps are left out
    setResult("Waited", row, waited);
    updateResults();
    showStatus("frame " + n + " of " + runName);
    count++;
}
Ext.close();
showStatus("follow_live: " + count + " frames shown");
