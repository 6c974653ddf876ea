package io.peerplan.export.push;

import java.io.IOException;
import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.Message;
import net.schmizz.sshj.common.SSHPacket;
import net.schmizz.sshj.transport.TransportException;
import net.schmizz.sshj.userauth.UserAuthException;
import net.schmizz.sshj.userauth.method.AbstractAuthMethod;

/**
 * Public-key authentication (RFC 4252 §7) with a key held by ssh-agent: sshj builds the request,
 * the agent signs it. RSA keys are offered as rsa-sha2-256 (RFC 8332), since OpenSSH 8.8+ refuses
 * SHA-1 {@code ssh-rsa} signatures.
 */
final class AuthAgent extends AbstractAuthMethod {
    private final AgentClient agent;
    private final AgentClient.Identity identity;

    AuthAgent(AgentClient agent, AgentClient.Identity identity) {
        super("publickey");
        this.agent = agent;
        this.identity = identity;
    }

    private boolean rsa() {
        return identity.keyType().equals("ssh-rsa");
    }

    private String algorithm() {
        return rsa() ? "rsa-sha2-256" : identity.keyType();
    }

    private SSHPacket request(boolean signed) throws UserAuthException {
        return super.buildReq().putBoolean(signed).putString(algorithm()).putString(identity.blob());
    }

    @Override
    protected SSHPacket buildReq() throws UserAuthException {
        return request(false);
    }

    @Override
    public void handle(Message cmd, SSHPacket buf) throws UserAuthException, TransportException {
        if (cmd != Message.USERAUTH_60) {
            super.handle(cmd, buf);
            return;
        }
        // The server accepts this key: send the request again, signed over session id + request.
        SSHPacket req = request(true);
        byte[] data = new Buffer.PlainBuffer().putString(params.getTransport().getSessionID()).putBuffer(req).getCompactData();
        try {
            req.putString(agent.sign(identity.blob(), data, rsa() ? AgentClient.RSA_SHA2_256 : 0));
        } catch (IOException e) {
            throw new UserAuthException("ssh-agent could not sign with " + identity.comment() + ": " + e.getMessage(), e);
        }
        params.getTransport().write(req);
    }

    @Override
    public String toString() {
        return "ssh-agent key " + identity.keyType() + " " + identity.comment();
    }
}
