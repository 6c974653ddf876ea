package io.peerplan.export.lab;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Talks to one FRR or Quagga daemon through its vty socket ({@code /var/run/frr/NS/bgpd.vty}) the
 * way vtysh does (FRR and Quagga lib/vty.c, vtysh_read): each command is sent NUL-terminated, and
 * the answer ends with three NUL bytes and the command's return code. Polling convergence this way costs microseconds, where
 * starting a vtysh process per question costs tens of milliseconds of CPU per host.
 */
final class VtySocket {
    private VtySocket() {
    }

    /** The answer to a command, and FRR's return code (0 = success). */
    record Answer(String text, int code) {
    }

    /** Sends {@code enable} and then each command; returns the answer to the last one. */
    static Answer run(Path socket, String... commands) {
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(socket));
            Answer a = send(ch, "enable");
            for (String c : commands) {
                a = send(ch, c);
            }
            return a;
        } catch (IOException e) {
            throw new LabException("cannot talk to " + socket + ": " + e.getMessage(), e);
        }
    }

    /** Sends {@code enable} and then each command on one connection; returns every command's answer. */
    static java.util.List<Answer> runEach(Path socket, String... commands) {
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(socket));
            send(ch, "enable");
            java.util.List<Answer> out = new java.util.ArrayList<>();
            for (String c : commands) {
                out.add(send(ch, c));
            }
            return out;
        } catch (IOException e) {
            throw new LabException("cannot talk to " + socket + ": " + e.getMessage(), e);
        }
    }

    /**
     * Configures the daemon: {@code configure terminal}, each line, {@code end}. Throws on the first
     * line FRR refuses, naming it.
     */
    static void configure(Path socket, java.util.List<String> lines) {
        try (Connection c = open(socket)) {
            c.configure(lines);
        }
    }

    /** An open vty connection in config mode, so that lines can be sent the moment they are due. */
    static Connection open(Path socket) {
        try {
            SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
            ch.connect(UnixDomainSocketAddress.of(socket));
            send(ch, "enable");
            expectOk(socket, "configure terminal", send(ch, "configure terminal"));
            return new Connection(socket, ch);
        } catch (IOException e) {
            throw new LabException("cannot talk to " + socket + ": " + e.getMessage(), e);
        }
    }

    /** See {@link #open}. */
    record Connection(Path socket, SocketChannel channel) implements AutoCloseable {
        void configure(java.util.List<String> lines) {
            try {
                for (String line : lines) {
                    if (!line.isBlank() && !line.strip().startsWith("!")) {
                        expectOk(socket, line.strip(), send(channel, line.strip()));
                    }
                }
            } catch (IOException e) {
                throw new LabException("cannot talk to " + socket + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try (channel) {
                send(channel, "end");
            } catch (IOException e) {
                // The daemon went away; nothing left to end.
            }
        }
    }

    private static void expectOk(Path socket, String line, Answer a) {
        if (a.code() != 0) {
            throw new LabException(socket.getParent().getFileName() + ": FRR refused '" + line + "': " + a.text().strip());
        }
    }

    private static Answer send(SocketChannel ch, String command) throws IOException {
        byte[] cmd = command.getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(cmd.length + 1).put(cmd).put((byte) 0).flip();
        while (out.hasRemaining()) {
            ch.write(out);
        }
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        while (true) {
            in.clear();
            int n = ch.read(in);
            if (n < 0) {
                throw new IOException("the daemon closed the connection during '" + command + "'");
            }
            answer.write(in.array(), 0, n);
            byte[] b = answer.toByteArray();
            int len = b.length;
            if (len >= 4 && b[len - 4] == 0 && b[len - 3] == 0 && b[len - 2] == 0) {
                return new Answer(new String(b, 0, len - 4, StandardCharsets.UTF_8), b[len - 1]);
            }
        }
    }
}
