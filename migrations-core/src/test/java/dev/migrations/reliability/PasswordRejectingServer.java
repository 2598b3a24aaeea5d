package dev.migrations.reliability;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The authentication step of a PostgreSQL server that checks passwords, and nothing more: it speaks protocol 3.0
 * up to the password, then answers as PostgreSQL does to a wrong one (FATAL, SQLSTATE 28P01,
 * {@code password authentication failed for user "..."}) and closes the connection.
 *
 * <p>Why not the real server: the test server, like the CI's, trusts every connection from 127.0.0.1
 * ({@code pg_hba.conf} method {@code trust}), so it accepts any password and a wrong one can never fail there.
 * The JDBC driver and the library are the real ones; only the server's refusal is reproduced.
 */
final class PasswordRejectingServer implements AutoCloseable {

    private static final int SSL_REQUEST = 80877103;
    private static final int GSS_ENCRYPTION_REQUEST = 80877104;
    private static final int PROTOCOL_3 = 196608;

    private final ServerSocket socket;
    private final Thread acceptor;
    private final List<String> passwordsReceived = new CopyOnWriteArrayList<>();

    PasswordRejectingServer() {
        try {
            socket = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(this::acceptAll, "password-rejecting-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + socket.getLocalPort() + "/" + database + "?sslmode=disable";
    }

    /** The passwords clients sent, in order. */
    List<String> passwordsReceived() {
        return List.copyOf(passwordsReceived);
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                client.setSoTimeout(10_000);
                reject(new DataInputStream(client.getInputStream()), new DataOutputStream(client.getOutputStream()));
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                // one client misbehaved; serve the next
            }
        }
    }

    private void reject(DataInputStream in, DataOutputStream out) throws IOException {
        Map<String, String> parameters = startup(in, out);
        // AuthenticationCleartextPassword
        out.writeByte('R');
        out.writeInt(8);
        out.writeInt(3);
        out.flush();
        if (in.readByte() != 'p') {
            return;
        }
        byte[] password = new byte[in.readInt() - 4];
        in.readFully(password);
        passwordsReceived.add(new String(password, 0, password.length - 1, StandardCharsets.UTF_8));
        error(out, "password authentication failed for user \"" + parameters.get("user") + "\"");
    }

    /** Reads the startup message, declining SSL and GSS encryption first if asked. */
    private static Map<String, String> startup(DataInputStream in, DataOutputStream out) throws IOException {
        while (true) {
            int length = in.readInt();
            int code = in.readInt();
            if (code == SSL_REQUEST || code == GSS_ENCRYPTION_REQUEST) {
                out.writeByte('N');
                out.flush();
                continue;
            }
            if (code != PROTOCOL_3) {
                throw new IOException("unexpected startup code " + code);
            }
            byte[] body = new byte[length - 8];
            in.readFully(body);
            Map<String, String> parameters = new LinkedHashMap<>();
            String[] parts = new String(body, StandardCharsets.UTF_8).split("\0");
            for (int i = 0; i + 1 < parts.length; i += 2) {
                parameters.put(parts[i], parts[i + 1]);
            }
            return parameters;
        }
    }

    private static void error(DataOutputStream out, String message) throws IOException {
        byte[] fields = ("SFATAL\0VFATAL\0C28P01\0M" + message + "\0Rauth_failed\0\0").getBytes(StandardCharsets.UTF_8);
        out.writeByte('E');
        out.writeInt(4 + fields.length);
        out.write(fields);
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
            acceptor.join(5_000);
        } catch (IOException ignored) {
            // closing
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
