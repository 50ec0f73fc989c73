// The terminal of the lab page: xterm.js on the terminal socket. Frames are binary, the first
// byte the type (docs/terminal-protocol.md): '0' input, '1' output, '2' resize as JSON, '3' notice.
import { Terminal } from '/lib/xterm/xterm.mjs';
import { FitAddon } from '/lib/addon-fit/addon-fit.mjs';

const INPUT = 0x30, OUTPUT = 0x31, RESIZE = 0x32, NOTICE = 0x33;
// Close codes after which reconnecting cannot help: policy, bad data, too big.
const FINAL = new Set([1003, 1007, 1008, 1009]);
// The workspace's machine is gone: wait for the page's reset, which calls reconnect().
const UNAVAILABLE = 4000;

export function open(host, path, dotnet) {
    const term = new Terminal({
        cursorBlink: true,
        convertEol: false,
        fontFamily: 'ui-monospace, Menlo, Consolas, "DejaVu Sans Mono", monospace',
        fontSize: 14,
        scrollback: 5000,
    });
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open(host);
    // F6 leaves the terminal (Tab belongs to the shell's completion): keyboard users are never trapped.
    term.attachCustomKeyEventHandler(e => {
        if (e.type === 'keydown' && e.key === 'F6') {
            const all = [...document.querySelectorAll('a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])')];
            const next = all.find(el => !host.contains(el) && (host.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING));
            (next ?? document.querySelector('main'))?.focus();
            return false;
        }
        return true;
    });

    const encoder = new TextEncoder();
    const decoder = new TextDecoder();
    let socket = null;
    let disposed = false;
    let retry = 0;
    let timer = null;

    const send = (type, bytes) => {
        if (socket?.readyState !== WebSocket.OPEN) return;
        const frame = new Uint8Array(bytes.length + 1);
        frame[0] = type;
        frame.set(bytes, 1);
        socket.send(frame);
    };
    const sendSize = () => send(RESIZE, encoder.encode(JSON.stringify({ cols: term.cols, rows: term.rows })));
    const status = (s, reason) => dotnet.invokeMethodAsync('OnStatus', s, reason ?? null).catch(() => { });

    const connect = () => {
        const url = new URL(path, location.href);
        url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
        socket = new WebSocket(url);
        socket.binaryType = 'arraybuffer';
        let first = true;
        socket.onopen = () => { retry = 0; status('open'); fitNow(); sendSize(); };
        socket.onmessage = e => {
            const data = new Uint8Array(e.data);
            if (data.length > 0 && data[0] === NOTICE) {
                // A notice for the learner (already in their language): a red line of its own.
                term.write('\r\n\x1b[1;31m' + decoder.decode(data.subarray(1)).replace(/\r?\n/g, '\r\n') + '\x1b[0m\r\n');
                return;
            }
            if (data.length === 0 || data[0] !== OUTPUT) return;
            // The first frame is the screen so far: paint it on a clean terminal.
            if (first) { term.reset(); first = false; }
            term.write(data.subarray(1));
        };
        socket.onclose = e => {
            if (disposed) return;
            if (e.code === UNAVAILABLE) { status('unavailable'); return; }
            status('closed', e.reason);
            if (FINAL.has(e.code)) return;
            timer = setTimeout(connect, Math.min(500 * 2 ** retry++, 8000));
        };
    };

    const inputs = term.onData(d => send(INPUT, encoder.encode(d)));
    const binaries = term.onBinary(d => send(INPUT, Uint8Array.from(d, c => c.charCodeAt(0) & 0xff)));
    const resizes = term.onResize(() => sendSize());
    const fitNow = () => { try { fit.fit(); } catch { /* hidden: nothing to fit */ } };
    const observer = new ResizeObserver(() => fitNow());
    observer.observe(host);
    fitNow();
    connect();

    return {
        focus: () => term.focus(),
        // After a reset: a socket the server closed (or one waiting to retry) connects now.
        reconnect: () => {
            if (disposed || socket?.readyState === WebSocket.OPEN || socket?.readyState === WebSocket.CONNECTING) return;
            clearTimeout(timer);
            retry = 0;
            status('connecting');
            connect();
        },
        dispose: () => {
            disposed = true;
            clearTimeout(timer);
            observer.disconnect();
            inputs.dispose(); binaries.dispose(); resizes.dispose();
            socket?.close(1000, 'page closed');
            term.dispose();
        },
    };
}
