// measure_box.ijm -- measure a box in every frame of one CCD of a run.
//
// Steps through the run with the HiPERCAM macro functions and puts one row
// per frame into the Results table:
//   Frame     frame number in the run
//   MJD       mid-exposure time, MJD(UTC), as text with every digit;
//             ImageJ would round a number column to 3 decimals (86 s)
//   Seconds   seconds since the first frame measured (plot it to see gaps)
//   Mean, StdDev, Min, Max   of the box
//   GOODTIME  whether the frame's time is trusted (true/false)
//
// Arguments (a dialog asks for them when the macro is run from a menu):
//   source=hf run=[testdata/hcm/frames.lis] ccd=1 first=1 x=80 y=470 width=10 height=10
// source: hl, ul, hs, us, hf (list of .hcm files) or NAME:local / NAME:server.
// The box is in image pixels of the displayed CCD (x from the left, y from
// the top), as makeRectangle takes it.
// save=[FILE] (optional) also writes the Results table to FILE as CSV: run
// with ImageJ's -batch, no table is shown, so this is how to get the rows.

args = getArgument();
if (args == "") {
    Dialog.create("Measure a box in every frame");
    Dialog.addString("Source", "hf");
    Dialog.addString("Run", "testdata/hcm/frames.lis", 40);
    Dialog.addString("CCD", "1");
    Dialog.addNumber("First frame", 1);
    Dialog.addNumber("Box x", 80);
    Dialog.addNumber("Box y", 470);
    Dialog.addNumber("Box width", 10);
    Dialog.addNumber("Box height", 10);
    Dialog.show();
    args = "source=" + Dialog.getString() + " run=[" + Dialog.getString() + "] ccd=" + Dialog.getString()
        + " first=" + Dialog.getNumber() + " x=" + Dialog.getNumber() + " y=" + Dialog.getNumber()
        + " width=" + Dialog.getNumber() + " height=" + Dialog.getNumber();
}
source = option(args, "source", "hf");
runName = option(args, "run", "testdata/hcm/frames.lis");
ccd = option(args, "ccd", "1");
first = parseInt(option(args, "first", "1"));
bx = parseInt(option(args, "x", "80"));
by = parseInt(option(args, "y", "470"));
bw = parseInt(option(args, "width", "10"));
bh = parseInt(option(args, "height", "10"));
saveTo = option(args, "save", "");   // "save" itself names a built-in function

setBatchMode(true);                 // frames are measured, not shown
run("HiPERCAM Macro Extensions");   // registers the Ext. functions
Ext.openRun(source, runName, first);
row = nResults;                     // append to whatever the table holds
mjd0 = NaN;
n = Ext.nextFrame(ccd);             // a frame number, "none yet" or "end"
while (n != "end" && n != "none yet") {
    makeRectangle(bx, by, bw, bh);
    getStatistics(area, mean, min, max, std);
    mjdText = Ext.getMjd(n, ccd, mjd);  // number, and text with every digit
    Ext.getHeaderValue("GOODTIME", good);
    if (isNaN(mjd0))
        mjd0 = mjd;
    setResult("Frame", row, parseInt(n));
    setResult("MJD", row, mjdText);
    setResult("Seconds", row, (mjd - mjd0) * 86400);
    setResult("Mean", row, mean);
    setResult("StdDev", row, std);
    setResult("Min", row, min);
    setResult("Max", row, max);
    setResult("GOODTIME", row, good);
    close();                        // the frame's image is no longer needed
    row++;
    n = Ext.nextFrame(ccd);
}
Ext.close();
setBatchMode(false);
updateResults();
if (saveTo != "")
    saveAs("Results", saveTo);

// The value of key=value (or key=[value with spaces]) in an argument string.
function option(text, key, fallback) {
    return call("ij.Macro.getValue", text, key, fallback);
}
