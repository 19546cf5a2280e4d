// mean_of_first_frames.ijm -- the mean of the first N frames of every CCD.
//
// For each CCD of the run it averages frames first .. first+N-1 (fewer if
// the run is shorter) and leaves one 32-bit image per CCD, titled
// "mean CCD <label>". When every CCD has the same size, the means are then
// stacked into one image "mean of first <n> frames" (n the frames used), one slice per CCD,
// labelled "mean CCD <label>". Gaps between windows stay NaN.
//
// Arguments (a dialog asks for them when the macro is run from a menu):
//   source=hf run=[testdata/hcm/frames.lis] n=3 first=1

args = getArgument();
if (args == "") {
    Dialog.create("Mean of the first frames of each CCD");
    Dialog.addString("Source", "hf");
    Dialog.addString("Run", "testdata/hcm/frames.lis", 40);
    Dialog.addNumber("Frames to average", 3);
    Dialog.addNumber("First frame", 1);
    Dialog.show();
    args = "source=" + Dialog.getString() + " run=[" + Dialog.getString() + "] n=" + Dialog.getNumber()
        + " first=" + Dialog.getNumber();
}
source = call("ij.Macro.getValue", args, "source", "hf");
runName = call("ij.Macro.getValue", args, "run", "testdata/hcm/frames.lis");
nframes = parseInt(call("ij.Macro.getValue", args, "n", "3"));
first = parseInt(call("ij.Macro.getValue", args, "first", "1"));

setBatchMode(true);
run("HiPERCAM Macro Extensions");
Ext.openRun(source, runName, first);
pars = split(Ext.getCcdPars(), "\n");   // one "label,nxmax,nymax,nxpad,nypad" per CCD
means = newArray(pars.length);
for (i = 0; i < pars.length; i++) {
    fields = split(pars[i], ",");
    label = fields[0];
    sum = 0;                            // image ID of the running sum
    count = 0;
    while (count < nframes) {
        n = Ext.nextFrame(label);       // each CCD has its own cursor
        if (n == "end" || n == "none yet")
            break;
        if (count == 0) {
            sum = getImageID();
        } else {
            frame = getImageID();
            imageCalculator("Add", sum, frame);
            selectImage(frame);
            close();
        }
        count++;
    }
    if (count == 0)
        exit("CCD " + label + " of " + runName + " has no frame from " + first);
    selectImage(sum);
    run("Divide...", "value=" + count);
    rename("mean CCD " + label);
    means[i] = getImageID();
}
Ext.close();

// one slice per CCD when they share a size
sameSize = true;
selectImage(means[0]);
w = getWidth();
h = getHeight();
for (i = 1; i < means.length; i++) {
    selectImage(means[i]);
    if (getWidth() != w || getHeight() != h)
        sameSize = false;
}
if (sameSize && means.length > 1) {
    // count: frames averaged (fewer than asked if the run is shorter)
    run("Images to Stack", "name=[mean of first " + count + " frames] title=[mean CCD] use");
}
setBatchMode("exit and display");
