#!/usr/bin/env python3
"""A tiny UDP DNS responder shaped like Docker's embedded DNS (RA set, AA clear).
Known names get an A record; their AAAA query gets NOERROR with no answer; other names NXDOMAIN.
Usage: tinydns.py LISTEN_IP NAME=IP ..."""
import socket, struct, sys

records = dict(a.split("=", 1) for a in sys.argv[2:])
sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
sock.bind((sys.argv[1], 53))
while True:
    data, peer = sock.recvfrom(512)
    ident, flags = struct.unpack(">HH", data[:4])
    pos, labels = 12, []
    while data[pos]:
        labels.append(data[pos + 1:pos + 1 + data[pos]].decode())
        pos += data[pos] + 1
    qtype = struct.unpack(">H", data[pos + 1:pos + 3])[0]
    question = data[12:pos + 5]
    name = ".".join(labels).lower()
    answers = b""
    rcode = 0
    if name not in records:
        rcode = 3
    elif qtype == 1:
        answers = b"\xc0\x0c" + struct.pack(">HHIH", 1, 1, 600, 4) + socket.inet_aton(records[name])
    reply_flags = 0x8000 | (flags & 0x0100) | 0x0080 | rcode
    header = struct.pack(">HHHHHH", ident, reply_flags, 1, 1 if answers else 0, 0, 0)
    sock.sendto(header + question + answers, peer)
