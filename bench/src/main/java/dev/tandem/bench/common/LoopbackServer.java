package dev.tandem.bench.common;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockWebServer;

/**
 * A MockWebServer on the loopback address whose connections send each flushed write at once
 * (TCP_NODELAY), as streaming servers do: otherwise a small event waits for the client's delayed
 * acknowledgement of the one before, some 40 ms.
 */
public final class LoopbackServer {

    private LoopbackServer() {
    }

    /** A started server answering every request through {@code dispatcher}. */
    public static MockWebServer start(Dispatcher dispatcher) throws IOException {
        MockWebServer server = new MockWebServer();
        server.setServerSocketFactory(new NoDelay());
        server.setDispatcher(dispatcher);
        server.start(InetAddress.getLoopbackAddress(), 0);
        return server;
    }

    /** The http URL of {@code server}'s OpenAI-compatible API, by address rather than by name. */
    public static String apiUrl(MockWebServer server) {
        return "http://127.0.0.1:" + server.getPort() + "/v1";
    }

    private static final class NoDelay extends ServerSocketFactory {

        @Override
        public ServerSocket createServerSocket() throws IOException {
            return new ServerSocket() {
                @Override
                public Socket accept() throws IOException {
                    Socket socket = super.accept();
                    socket.setTcpNoDelay(true);
                    return socket;
                }
            };
        }

        @Override
        public ServerSocket createServerSocket(int port) {
            throw new UnsupportedOperationException("the server binds its own socket");
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog) {
            throw new UnsupportedOperationException("the server binds its own socket");
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog, InetAddress address) {
            throw new UnsupportedOperationException("the server binds its own socket");
        }
    }
}
