#!/usr/bin/python3
"""A misbehaving HTTP/2 server for the engine's tests (Debian's python3-h2, -hyperframe, -hpack).

    /usr/bin/python3 tests/support/h2misbehave.py SCENARIO [--port N] [--tls CERT KEY]
                     [--lifetime SECONDS] [--connections N] [--streams N]

Speaks h2c with prior knowledge (or h2 by ALPN with --tls) on 127.0.0.1. With --port 0 (the
default) it picks a free port. Either way it prints "listening 127.0.0.1:PORT" once the socket
listens, then one "event ..." line per thing that happened (flushed at once), for the test's
server-side checks:

    event preface conn=N                  a client preface arrived on connection N
    event request conn=N stream=S method=M path=P
    event sent conn=N what=...            the misbehaviour was committed
    event goaway-received conn=N code=C last=L
    event rst-received conn=N stream=S code=C
    event closed conn=N reason=...

Every accept and read has a timeout, and the whole process ends after --lifetime seconds (and after
--connections connections that sent a preface), so it always exits.

Scenarios (the response is to each request unless said otherwise):
  ok                  well-behaved: /bytes/N sends N bytes, POST/PUT echo the body, else a greeting;
                      honours flow control, any number of concurrent streams
  rst-mid-body        HEADERS (content-length 1000000), 16 KB of DATA, then RST_STREAM INTERNAL_ERROR
  goaway-low          first connection: waits for --streams requests (default 3; at most 2 s),
                      answers the lowest stream only, sends GOAWAY last_stream_id=<lowest> NO_ERROR
                      and closes; later connections behave as ok
  goaway-error        HEADERS and part of the body on the first stream, then GOAWAY
                      last_stream_id=<that stream> INTERNAL_ERROR and close
  data-stream0        a DATA frame on stream 0
  bad-hpack           a HEADERS block that indexes an empty dynamic table
  oversized-frame     a DATA frame one byte larger than the client's SETTINGS_MAX_FRAME_SIZE
  flow-control        more DATA than the client's windows, ignoring WINDOW_UPDATE, in one burst;
                      then a WINDOW_UPDATE that pushes the client's send window past 2^31-1, so a
                      client that granted credit for the burst meanwhile still sees a violation
  silent              SETTINGS (and the ACK of the client's), then never another byte
  endless-body        HEADERS, then DATA as fast as flow control allows, forever
  gzip-bomb           content-encoding: gzip; 1 GiB of zeros compressed (about 1 MB on the wire)
  hpack-bomb          one 4 KB header put in the dynamic table, then referenced by 1-byte indexes
                      until the decoded header list passes 256 MiB (each frame within
                      MAX_FRAME_SIZE; CONTINUATION frames carry the rest)
  continuation-flood  HEADERS without END_HEADERS, then 100,000 CONTINUATION frames of fresh headers
  rst-calm            RST_STREAM ENHANCE_YOUR_CALM at once
  refused-stream      RST_STREAM REFUSED_STREAM at once, on every stream
  interim             a 103 Early Hints (link: </style.css>; rel=preload), then 200 with a body
  digest              HTTP Digest auth (RFC 7616, MD5, qop=auth) for user "alice", password
                      "s3cret", realm "wirebench-h2": 401 with a challenge until a request carries
                      a valid answer (checked with hashlib), then 200 "digest ok"

Every request is also reported as "event headers conn=N stream=S names=a,b,..." (the header
names as they arrived, pseudo-headers included), so a test can check what went on the wire.
"""

import argparse
import hashlib
import os
import signal
import socket
import ssl
import struct
import sys
import threading
import time
import zlib

import h2.config
import h2.connection
import h2.events
import h2.exceptions
import h2.settings

SCENARIOS = [
    "ok", "rst-mid-body", "goaway-low", "goaway-error", "data-stream0", "bad-hpack",
    "oversized-frame", "flow-control", "silent", "endless-body", "gzip-bomb", "hpack-bomb",
    "continuation-flood", "rst-calm", "refused-stream", "interim", "digest",
]

DIGEST_USER, DIGEST_PASSWORD, DIGEST_REALM = "alice", "s3cret", "wirebench-h2"

READ_TIMEOUT = 5.0
PREFACE = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"

# Frame types and flags (RFC 9113 section 6).
DATA, HEADERS, RST_STREAM, SETTINGS, GOAWAY, WINDOW_UPDATE, CONTINUATION = 0, 1, 3, 4, 7, 8, 9
END_STREAM, END_HEADERS = 0x1, 0x4
NO_ERROR, INTERNAL_ERROR, REFUSED_STREAM, ENHANCE_YOUR_CALM = 0x0, 0x2, 0x7, 0xB

_print_lock = threading.Lock()
_stop = threading.Event()


def emit(line):
    with _print_lock:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


def raw_frame(frame_type, flags, stream_id, payload):
    length = len(payload)
    return struct.pack(">I", length)[1:] + struct.pack(">BBI", frame_type, flags,
                                                       stream_id & 0x7FFFFFFF) + payload


def hpack_int(value, prefix_bits, first_byte):
    """RFC 7541 section 5.1 integer, with `first_byte` holding the pattern bits above the prefix."""
    limit = (1 << prefix_bits) - 1
    if value < limit:
        return bytes([first_byte | value])
    out = bytearray([first_byte | limit])
    value -= limit
    while value >= 128:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def hpack_literal_indexed(name, value):
    """Literal header field with incremental indexing, new name, no Huffman."""
    return (b"\x40" + hpack_int(len(name), 7, 0) + name + hpack_int(len(value), 7, 0) + value)


def hpack_literal_plain(name, value):
    """Literal header field without indexing, new name, no Huffman."""
    return (b"\x00" + hpack_int(len(name), 7, 0) + name + hpack_int(len(value), 7, 0) + value)


def header_block_frames(block, stream_id, max_frame, end_stream=False):
    """Splits a header block into HEADERS + CONTINUATION frames of at most max_frame bytes."""
    frames = []
    first = True
    while True:
        chunk, block = block[:max_frame], block[max_frame:]
        last = not block
        flags = (END_HEADERS if last else 0) | (END_STREAM if first and end_stream else 0)
        frames.append(raw_frame(HEADERS if first else CONTINUATION, flags, stream_id, chunk))
        first = False
        if last:
            return frames


def gzip_of_zeros(mebibytes):
    """A gzip member of `mebibytes` MiB of zeros, about 1 KB per MiB: after a full flush, deflate
    turns every further MiB of zeros into the same bytes, so one block is compressed and repeated."""
    zeros = b"\0" * (1024 * 1024)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(mebibytes):
        crc = zlib.crc32(zeros, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    trailer = struct.pack("<II", crc, (mebibytes << 20) & 0xFFFFFFFF)
    return header + first + block * (mebibytes - 1) + compressor.flush() + trailer


class Connection:
    def __init__(self, server, sock, number):
        self.server = server
        self.sock = sock
        self.number = number
        self.scenario = server.scenario
        if self.scenario == "goaway-low" and number > 1:
            self.scenario = "ok"
        config = h2.config.H2Configuration(client_side=False, header_encoding=None,
                                           validate_outbound_headers=False,
                                           normalize_outbound_headers=False,
                                           validate_inbound_headers=False)
        self.h2 = h2.connection.H2Connection(config=config)
        self.requests = {}  # stream id -> {"method", "path", "body", "ended"}
        self.pending = {}   # stream id -> bytes left to send (or None: endless)
        self.done = False
        self.goaway_streams = []
        self.goaway_deadline = None
        self.mute = False  # silent: nothing more goes out, not even PING or SETTINGS ACKs

    # --- plumbing -----------------------------------------------------------------------------

    def event(self, text):
        name, _, rest = text.partition(" ")
        emit("event %s conn=%d%s" % (name, self.number, " " + rest if rest else ""))

    def flush(self):
        data = self.h2.data_to_send()
        if data and not self.mute:
            self.send_raw(data)

    def send_raw(self, data):
        # The read timeout may be short (polling while a body is pumped): a client that is slow
        # to read (a loaded machine, a sanitizer build) must not look like a dead one.
        previous = self.sock.gettimeout()
        self.sock.settimeout(READ_TIMEOUT)
        try:
            self.sock.sendall(data)
        finally:
            self.sock.settimeout(previous)

    def close(self, reason):
        if not self.done:
            self.done = True
            self.event("closed reason=%s" % reason)
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.sock.close()

    def client_max_frame(self):
        return self.h2.remote_settings.max_frame_size

    def run(self):
        self.sock.settimeout(READ_TIMEOUT)
        try:
            first = self.read_exact(len(PREFACE))
            if first != PREFACE:
                self.close("no-preface")
                return
            self.event("preface")
            self.h2.initiate_connection()
            self.h2.receive_data(PREFACE)
            self.flush()
            while not self.done and not _stop.is_set():
                if self.goaway_deadline is not None and time.monotonic() >= self.goaway_deadline:
                    self.send_goaway_low()
                    return
                timeout = READ_TIMEOUT
                if self.goaway_deadline is not None:
                    timeout = max(0.01, self.goaway_deadline - time.monotonic())
                elif self.pending and self.scenario in ("ok", "endless-body"):
                    timeout = 0.05 if self.pump() else READ_TIMEOUT
                self.sock.settimeout(timeout)
                try:
                    data = self.sock.recv(65536)
                except socket.timeout:
                    if self.goaway_deadline is not None or self.pending:
                        continue
                    if self.scenario == "silent":
                        continue  # silent until the client gives up or the lifetime ends
                    self.close("read-timeout")
                    return
                if not data:
                    self.close("client-closed")
                    return
                self.receive(data)
        except (OSError, h2.exceptions.ProtocolError, ssl.SSLError) as error:
            self.close("error:%s" % type(error).__name__)

    def read_exact(self, count):
        data = b""
        while len(data) < count:
            chunk = self.sock.recv(count - len(data))
            if not chunk:
                return data
            data += chunk
        return data

    def receive(self, data):
        try:
            events = self.h2.receive_data(data)
        except h2.exceptions.ProtocolError as error:
            self.event("client-protocol-error what=%s" % type(error).__name__)
            self.flush()
            self.close("client-protocol-error")
            return
        for ev in events:
            if isinstance(ev, h2.events.RequestReceived):
                headers = dict((bytes(k), bytes(v)) for k, v in ev.headers)
                request = {"method": headers.get(b":method", b"").decode(),
                           "path": headers.get(b":path", b"").decode(), "body": bytearray(),
                           "ended": False, "headers": headers}
                self.requests[ev.stream_id] = request
                self.event("request stream=%d method=%s path=%s"
                           % (ev.stream_id, request["method"], request["path"]))
                self.event("headers stream=%d names=%s" % (ev.stream_id, ",".join(
                    bytes(k).decode("latin-1") for k, _ in ev.headers)))
            elif isinstance(ev, h2.events.DataReceived):
                if ev.stream_id in self.requests:
                    self.requests[ev.stream_id]["body"] += ev.data
                self.h2.acknowledge_received_data(ev.flow_controlled_length, ev.stream_id)
            elif isinstance(ev, h2.events.StreamReset):
                self.event("rst-received stream=%d code=%d" % (ev.stream_id, int(ev.error_code)))
                self.pending.pop(ev.stream_id, None)
            elif isinstance(ev, h2.events.ConnectionTerminated):
                self.event("goaway-received code=%d last=%s"
                           % (int(ev.error_code), ev.last_stream_id))
                self.flush()
                self.close("goaway-received")
                return
            if isinstance(ev, (h2.events.RequestReceived, h2.events.StreamEnded)):
                stream = ev.stream_id
                ended = isinstance(ev, h2.events.StreamEnded) or ev.stream_ended is not None
                if ended and stream in self.requests and not self.requests[stream]["ended"]:
                    self.requests[stream]["ended"] = True
                    self.on_request(stream)
                    if self.done:
                        return
                elif isinstance(ev, h2.events.RequestReceived) and self.scenario not in (
                        "ok", "goaway-low", "digest"):
                    # Misbehave at once, without waiting for a request body.
                    self.requests[stream]["ended"] = True
                    self.on_request(stream)
                    if self.done:
                        return
        self.flush()

    # --- responses --------------------------------------------------------------------------

    def respond_ok(self, stream):
        request = self.requests[stream]
        path = request["path"]
        headers = [(b":status", b"200"), (b"server", b"h2misbehave")]
        if request["method"] in ("POST", "PUT"):
            body = bytes(request["body"])
            headers.append((b"content-type", b"application/octet-stream"))
        elif path.startswith("/bytes/"):
            body = int(path[len("/bytes/"):] or "0")
            headers.append((b"content-type", b"application/octet-stream"))
        else:
            body = b"hello from h2misbehave\n"
            headers.append((b"content-type", b"text/plain"))
        size = body if isinstance(body, int) else len(body)
        headers.append((b"content-length", str(size).encode()))
        self.h2.send_headers(stream, headers, end_stream=(size == 0))
        if size:
            self.pending[stream] = body
        self.flush()
        self.pump()

    def pump(self):
        """Sends what flow control allows of every pending body; True when something was sent."""
        sent = False
        for stream in list(self.pending):
            body = self.pending[stream]
            while True:
                window = self.h2.local_flow_control_window(stream)
                if window <= 0:
                    break
                size = min(window, self.h2.max_outbound_frame_size)
                if body is None:  # endless
                    self.h2.send_data(stream, b"\0" * size)
                elif isinstance(body, int):
                    size = min(size, body)
                    body -= size
                    self.h2.send_data(stream, b"x" * size, end_stream=(body == 0))
                else:
                    chunk, body = body[:size], body[size:]
                    self.h2.send_data(stream, chunk, end_stream=not body)
                sent = True
                self.flush()
                if body is not None and not body:
                    del self.pending[stream]
                    break
                self.pending[stream] = body
        return sent

    def digest_valid(self, request):
        """Whether the request's Authorization answers a challenge of ours (RFC 7616, MD5)."""
        value = request["headers"].get(b"authorization", b"").decode("latin-1")
        if not value.lower().startswith("digest "):
            return False
        params = {}
        for part in value[7:].split(","):
            key, _, val = part.strip().partition("=")
            params[key.strip().lower()] = val.strip().strip('"')
        def md5(text):
            return hashlib.md5(text.encode()).hexdigest()
        if params.get("username") != DIGEST_USER or params.get("realm") != DIGEST_REALM:
            return False
        if not params.get("nonce", "").startswith("wb"):
            return False
        ha1 = md5("%s:%s:%s" % (DIGEST_USER, DIGEST_REALM, DIGEST_PASSWORD))
        ha2 = md5("%s:%s" % (request["method"], params.get("uri", "")))
        if params.get("qop") == "auth":
            expected = md5("%s:%s:%s:%s:auth:%s" % (ha1, params["nonce"], params.get("nc", ""),
                                                     params.get("cnonce", ""), ha2))
        else:
            expected = md5("%s:%s:%s" % (ha1, params["nonce"], ha2))
        return params.get("response") == expected and params.get("uri") == request["path"]

    def respond_digest(self, stream):
        request = self.requests[stream]
        if self.digest_valid(request):
            self.event("auth stream=%d result=ok" % stream)
            body = b"digest ok"
            headers = [(b":status", b"200"), (b"content-type", b"text/plain")]
        else:
            self.event("auth stream=%d result=challenge" % stream)
            body = b"authenticate"
            nonce = "wb" + hashlib.sha256(os.urandom(16)).hexdigest()[:30]
            challenge = ('Digest realm="%s", qop="auth", algorithm=MD5, nonce="%s", '
                         'opaque="0a1b2c"' % (DIGEST_REALM, nonce))
            headers = [(b":status", b"401"), (b"www-authenticate", challenge.encode()),
                       (b"content-type", b"text/plain")]
        headers.append((b"content-length", str(len(body)).encode()))
        self.h2.send_headers(stream, headers)
        self.h2.send_data(stream, body, end_stream=True)
        self.flush()

    def send_goaway_low(self):
        streams = sorted(self.goaway_streams)
        self.goaway_deadline = None
        lowest = streams[0]
        self.respond_ok(lowest)  # a small body: it fits the initial windows
        self.h2.close_connection(error_code=NO_ERROR, last_stream_id=lowest)
        self.flush()
        self.event("sent what=goaway last=%d open=%s"
                   % (lowest, ",".join(str(s) for s in streams)))
        time.sleep(0.2)
        self.close("goaway-sent")

    def on_request(self, stream):
        s = self.scenario
        if s == "ok":
            self.respond_ok(stream)
        elif s == "goaway-low":
            self.goaway_streams.append(stream)
            if len(self.goaway_streams) >= self.server.streams:
                self.send_goaway_low()
            elif self.goaway_deadline is None:
                self.goaway_deadline = time.monotonic() + 2.0
        elif s == "rst-mid-body":
            self.h2.send_headers(stream, [(b":status", b"200"), (b"content-length", b"1000000")])
            self.h2.send_data(stream, b"x" * 16384)
            self.flush()
            time.sleep(0.05)
            self.h2.reset_stream(stream, error_code=INTERNAL_ERROR)
            self.flush()
            self.event("sent what=rst-stream stream=%d code=INTERNAL_ERROR" % stream)
        elif s == "goaway-error":
            self.h2.send_headers(stream, [(b":status", b"200"), (b"content-length", b"1000000")])
            self.h2.send_data(stream, b"x" * 1000)
            self.flush()
            self.h2.close_connection(error_code=INTERNAL_ERROR, last_stream_id=stream)
            self.flush()
            self.event("sent what=goaway last=%d code=INTERNAL_ERROR" % stream)
            time.sleep(0.2)
            self.close("goaway-sent")
        elif s == "data-stream0":
            self.h2.send_headers(stream, [(b":status", b"200")])
            self.flush()
            self.send_raw(raw_frame(DATA, 0, 0, b"stream zero"))
            self.event("sent what=data-on-stream-0")
        elif s == "bad-hpack":
            # 0x88 is :status 200; 0xbe indexes entry 62, the first of an empty dynamic table.
            self.send_raw(raw_frame(HEADERS, END_HEADERS, stream, b"\x88\xbe"))
            self.event("sent what=bad-hpack stream=%d" % stream)
        elif s == "oversized-frame":
            self.h2.send_headers(stream, [(b":status", b"200")])
            self.flush()
            size = self.client_max_frame() + 1
            if size > (1 << 24) - 1:
                self.event("sent what=nothing reason=client-max-frame-size-is-the-largest")
                return
            self.send_raw(raw_frame(DATA, 0, stream, b"x" * size))
            self.event("sent what=oversized-data stream=%d length=%d" % (stream, size))
        elif s == "flow-control":
            self.h2.send_headers(stream, [(b":status", b"200")])
            self.flush()
            frame = min(self.client_max_frame(), 16384)
            stream_window = self.h2.remote_settings.initial_window_size
            connection_window = self.h2.outbound_flow_control_window
            total = max(stream_window, connection_window) + 4 * 1024 * 1024
            piece = raw_frame(DATA, 0, stream, b"x" * frame) * 64
            sent = 0
            try:
                while sent < total:
                    self.send_raw(piece)
                    sent += 64 * frame
                self.event("sent what=data-beyond-window stream=%d bytes=%d stream-window=%d "
                           "connection-window=%d" % (stream, sent, stream_window,
                                                     connection_window))
                time.sleep(0.1)
                self.send_raw(raw_frame(WINDOW_UPDATE, 0, 0, struct.pack(">I", 0x7FFFFFFF)))
                self.event("sent what=window-update-overflow")
            except OSError:
                self.event("sent what=data-beyond-window stream=%d cut-short=1" % stream)
        elif s == "silent":
            self.flush()
            self.mute = True
            self.event("sent what=nothing stream=%d" % stream)
        elif s == "endless-body":
            self.h2.send_headers(stream, [(b":status", b"200"),
                                          (b"content-type", b"application/octet-stream")])
            self.pending[stream] = None
            self.flush()
            self.event("sent what=endless-body stream=%d" % stream)
            self.pump()
        elif s == "gzip-bomb":
            self.h2.send_headers(stream, [(b":status", b"200"), (b"content-encoding", b"gzip"),
                                          (b"content-type", b"application/octet-stream")])
            self.pending[stream] = self.server.gzip_bomb()
            self.flush()
            self.event("sent what=gzip-bomb stream=%d bytes=%d" % (stream,
                                                                 len(self.pending[stream])))
            self.scenario = "ok"  # from here on: just send the body under flow control
            self.pump()
        elif s == "hpack-bomb":
            # The entry must fit the client's dynamic table (32 bytes of overhead per entry).
            table = self.h2.remote_settings.header_table_size
            value = b"b" * max(1, min(4000, table - 32 - 6))
            references = (256 * 1024 * 1024) // (len(value) + len(b"x-bomb")) + 1
            if table >= 64:
                block = bytearray(b"\x88" + hpack_literal_indexed(b"x-bomb", value))
                block += b"\xbe" * references  # index 62: the entry just added
            else:  # no dynamic table to amplify with: plain literals, 64 MiB of them
                literal = hpack_literal_plain(b"x-bomb", b"b" * 4000)
                references = (64 * 1024 * 1024) // len(literal)
                block = bytearray(b"\x88" + literal * references)
            frames = header_block_frames(bytes(block), stream, min(self.client_max_frame(), 16384))
            self.event("sent what=hpack-bomb stream=%d wire=%d decoded=%d frames=%d"
                       % (stream, len(block), references * (len(value) + 6), len(frames)))
            try:
                for index in range(0, len(frames), 64):
                    self.send_raw(b"".join(frames[index:index + 64]))
            except OSError:
                self.event("sent what=hpack-bomb-cut-short stream=%d" % stream)
        elif s == "continuation-flood":
            frames = 0
            try:
                self.send_raw(raw_frame(HEADERS, 0, stream, b"\x88"))
                batch = []
                for n in range(100000):
                    name = b"x-flood-%d" % n
                    batch.append(raw_frame(CONTINUATION, 0, stream,
                                           hpack_literal_plain(name, b"f" * 200)))
                    if len(batch) == 256:
                        self.send_raw(b"".join(batch))
                        frames += len(batch)
                        batch = []
                self.send_raw(b"".join(batch))
                frames += len(batch)
            except OSError:
                pass
            self.event("sent what=continuation-flood stream=%d frames=%d" % (stream, frames))
        elif s == "rst-calm":
            self.h2.reset_stream(stream, error_code=ENHANCE_YOUR_CALM)
            self.flush()
            self.event("sent what=rst-stream stream=%d code=ENHANCE_YOUR_CALM" % stream)
        elif s == "interim":
            self.h2.send_headers(stream, [(b":status", b"103"),
                                          (b"link", b"</style.css>; rel=preload; as=style")])
            self.flush()
            self.event("sent what=interim stream=%d status=103" % stream)
            time.sleep(0.05)
            body = b"after the hints\n"
            self.h2.send_headers(stream, [(b":status", b"200"), (b"content-type", b"text/plain"),
                                          (b"content-length", str(len(body)).encode())])
            self.h2.send_data(stream, body, end_stream=True)
            self.flush()
        elif s == "digest":
            self.respond_digest(stream)
        elif s == "refused-stream":
            self.h2.reset_stream(stream, error_code=REFUSED_STREAM)
            self.flush()
            self.event("sent what=rst-stream stream=%d code=REFUSED_STREAM" % stream)


class Server:
    def __init__(self, args):
        self.scenario = args.scenario
        self.streams = args.streams
        self.max_connections = args.connections
        self.lifetime = args.lifetime
        self.tls = None
        if args.tls:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(args.tls[0], args.tls[1])
            context.set_alpn_protocols(["h2"])
            self.tls = context
        self._bomb = None
        self._count_lock = threading.Lock()
        if self.scenario == "gzip-bomb":
            self._bomb = gzip_of_zeros(1024)

    def gzip_bomb(self):
        return self._bomb

    def serve(self, port):
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", port))
        listener.listen(64)
        listener.settimeout(0.5)
        emit("listening 127.0.0.1:%d" % listener.getsockname()[1])
        deadline = time.monotonic() + self.lifetime
        threads = []
        prefaced = [0]
        accepted = 0
        while time.monotonic() < deadline:
            if prefaced[0] >= self.max_connections and all(not t.is_alive() for t in threads):
                break
            try:
                sock, _ = listener.accept()
            except socket.timeout:
                continue
            accepted += 1
            thread = threading.Thread(target=self.handle, args=(sock, accepted, prefaced),
                                      daemon=True)
            thread.start()
            threads.append(thread)
        _stop.set()
        listener.close()
        for thread in threads:
            thread.join(timeout=1.0)

    def handle(self, sock, number, prefaced):
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if self.tls is not None:
                sock.settimeout(READ_TIMEOUT)
                sock = self.tls.wrap_socket(sock, server_side=True)
            peek_timeout = sock.gettimeout()
            sock.settimeout(READ_TIMEOUT)
            # A probe that only checks the port connects and closes at once: not a connection.
            if not self.tls:
                try:
                    first = sock.recv(1, socket.MSG_PEEK)
                except socket.timeout:
                    first = b""
                if not first:
                    sock.close()
                    return
            sock.settimeout(peek_timeout)
        except (OSError, ssl.SSLError):
            sock.close()
            return
        with self._count_lock:
            prefaced[0] += 1
            number = prefaced[0]
        Connection(self, sock, number).run()


def main():
    parser = argparse.ArgumentParser(description="A misbehaving HTTP/2 server for tests.")
    parser.add_argument("scenario", choices=SCENARIOS)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--lifetime", type=float, default=60.0,
                        help="seconds before the server exits whatever happens (default 60)")
    parser.add_argument("--connections", type=int, default=16,
                        help="exit once this many connections have come and gone (default 16)")
    parser.add_argument("--streams", type=int, default=3,
                        help="goaway-low: requests to wait for before the GOAWAY (default 3)")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    Server(args).serve(args.port)


if __name__ == "__main__":
    main()
