#!/usr/bin/env python3
"""A stand-in upstream resolver for the reference engine: listens on ADDR:53 (UDP and TCP)
inside the engine's private "gateway" namespace and answers every query NXDOMAIN, the way a
real resolver answers for names that do not exist. It keeps the engine off the VM's real DNS,
and makes "unknown name" behave like on an ordinary host instead of timing out."""
import socket, struct, sys, threading

addr = sys.argv[1] if len(sys.argv) > 1 else "10.0.2.3"

def answer(q: bytes) -> bytes:
    if len(q) < 12:
        return b""
    qid, flags, qd = struct.unpack(">HHH", q[:6])
    # keep the question section only
    end = 12
    for _ in range(qd):
        while end < len(q) and q[end] != 0:
            end += q[end] + 1
        end += 5
    rd = flags & 0x0100
    opcode = flags & 0x7800
    rflags = 0x8000 | opcode | rd | 0x0080 | 3   # QR, RA, NXDOMAIN
    return struct.pack(">HHHHHH", qid, rflags, qd, 0, 0, 0) + q[12:end]

def udp():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind((addr, 53))
    while True:
        q, peer = s.recvfrom(4096)
        r = answer(q)
        if r:
            s.sendto(r, peer)

def tcp_client(c):
    with c:
        try:
            while True:
                h = c.recv(2)
                if len(h) < 2:
                    return
                n = struct.unpack(">H", h)[0]
                q = b""
                while len(q) < n:
                    chunk = c.recv(n - len(q))
                    if not chunk:
                        return
                    q += chunk
                r = answer(q)
                c.sendall(struct.pack(">H", len(r)) + r)
        except OSError:
            return

def tcp():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((addr, 53))
    s.listen(16)
    while True:
        c, _ = s.accept()
        threading.Thread(target=tcp_client, args=(c,), daemon=True).start()

threading.Thread(target=tcp, daemon=True).start()
udp()
