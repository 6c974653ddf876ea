package io.peerplan.export.push;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal ssh-agent client over the agent's Unix socket ({@code SSH_AUTH_SOCK}), speaking the two
 * requests key authentication needs (draft-miller-ssh-agent §3.5 and §3.6): list identities and
 * sign. sshj has no agent support of its own. Private keys never leave the agent.
 */
final class AgentClient implements AutoCloseable {
    private static final byte FAILURE = 5;
    private static final byte REQUEST_IDENTITIES = 11;
    private static final byte IDENTITIES_ANSWER = 12;
    private static final byte SIGN_REQUEST = 13;
    private static final byte SIGN_RESPONSE = 14;
    /** SSH_AGENT_RSA_SHA2_256: sign RSA keys with rsa-sha2-256, not the SHA-1 ssh-rsa (RFC 8332). */
    static final int RSA_SHA2_256 = 2;

    private final SocketChannel channel;

    /** One key the agent holds: its public blob (RFC 4253 §6.6), comment and algorithm name. */
    record Identity(byte[] blob, String comment, String keyType) {
    }

    AgentClient(Path socket) throws IOException {
        channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
    }

    synchronized List<Identity> identities() throws IOException {
        ByteBuffer in = request(new byte[] {REQUEST_IDENTITIES}, IDENTITIES_ANSWER);
        int n = in.getInt();
        List<Identity> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byte[] blob = string(in);
            String comment = new String(string(in), StandardCharsets.UTF_8);
            String type = new String(string(ByteBuffer.wrap(blob)), StandardCharsets.US_ASCII);
            ids.add(new Identity(blob, comment, type));
        }
        return ids;
    }

    /** The agent's signature blob ({@code string algorithm, string signature}) over the data. */
    synchronized byte[] sign(byte[] keyBlob, byte[] data, int flags) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(SIGN_REQUEST);
        out.writeInt(keyBlob.length);
        out.write(keyBlob);
        out.writeInt(data.length);
        out.write(data);
        out.writeInt(flags);
        return string(request(bytes.toByteArray(), SIGN_RESPONSE));
    }

    private ByteBuffer request(byte[] body, byte expected) throws IOException {
        ByteBuffer msg = ByteBuffer.allocate(4 + body.length).putInt(body.length).put(body).flip();
        while (msg.hasRemaining()) {
            channel.write(msg);
        }
        ByteBuffer len = readFully(4);
        int n = len.getInt();
        if (n <= 0 || n > 256 * 1024) {
            throw new IOException("ssh-agent sent a malformed reply (length " + n + ")");
        }
        ByteBuffer reply = readFully(n);
        byte type = reply.get();
        if (type == FAILURE) {
            throw new IOException("ssh-agent refused the request");
        }
        if (type != expected) {
            throw new IOException("ssh-agent sent reply type " + type + ", expected " + expected);
        }
        return reply;
    }

    private ByteBuffer readFully(int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n);
        while (b.hasRemaining()) {
            if (channel.read(b) < 0) {
                throw new IOException("ssh-agent closed the connection");
            }
        }
        return b.flip();
    }

    private static byte[] string(ByteBuffer b) {
        byte[] s = new byte[b.getInt()];
        b.get(s);
        return s;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
