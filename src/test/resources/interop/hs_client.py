"""A HiPERCAM file-server client written the way the reference pipeline's is
(hipercam/hcam.py, server=True): JSON actions over ws:// with the 'websocket'
module. Used by InteropTest to show that our server hands it the same bytes
as the file holds.

usage: hs_client.py BASE RUN OUTPREFIX   (BASE like ws://127.0.0.1:8007/)
writes OUTPREFIX.hdr (header text, latin-1), OUTPREFIX.frames (every frame in
order: get_frame 1 then get_next), OUTPREFIX.last (get_last) and
OUTPREFIX.json (nframes, the length of the reply beyond the last frame, and
the status for a run that does not exist).
"""
import json
import sys

import websocket

base, run, out = sys.argv[1], sys.argv[2], sys.argv[3]

ws = websocket.create_connection(base + run, timeout=30)
status = json.loads(ws.recv())["status"]
if status != "OK":
    sys.exit("status: " + status)

ws.send(json.dumps(dict(action="get_hdr")))
header = ws.recv()

ws.send(json.dumps(dict(action="get_nframes")))
nframes = json.loads(ws.recv())["nframes"]

with open(out + ".frames", "wb") as fout:
    for n in range(1, nframes + 1):
        if n == 1:
            ws.send(json.dumps(dict(action="get_frame", frame_number=1)))
        else:
            ws.send(json.dumps(dict(action="get_next")))
        fout.write(ws.recv())

ws.send(json.dumps(dict(action="get_next")))
beyond = ws.recv()

ws.send(json.dumps(dict(action="get_last")))
last = ws.recv()
ws.close()

ws = websocket.create_connection(base + "run9999", timeout=30)
missing = json.loads(ws.recv())["status"]
ws.close()

with open(out + ".hdr", "wb") as f:
    f.write(header.encode("latin-1"))
with open(out + ".last", "wb") as f:
    f.write(last)
with open(out + ".json", "w") as f:
    json.dump(dict(nframes=nframes, beyond=len(beyond), missing=missing), f)
