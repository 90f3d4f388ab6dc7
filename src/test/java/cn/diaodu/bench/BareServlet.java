package cn.diaodu.bench;

import java.io.IOException;
import java.net.ServerSocket;

import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * For the submit measurement's analysis: an embedded Tomcat (the server the application runs on) with one plain
 * servlet that reads the request body and answers a short JSON object. Timing the same PUT against it shows what
 * HTTP itself costs on the machine, apart from everything the application does with a request.
 */
final class BareServlet implements AutoCloseable {
    /** Tomcat logs through java.util.logging; its start-up lines and warnings would mix with the results. */
    private static final java.util.logging.Logger TOMCAT_LOG = java.util.logging.Logger.getLogger("org.apache");

    static {
        TOMCAT_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private final Tomcat tomcat = new Tomcat();
    private final int port;

    BareServlet() throws IOException, LifecycleException {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        tomcat.setPort(port);
        tomcat.setBaseDir(java.nio.file.Files.createTempDirectory("bench-tomcat").toString());
        tomcat.getConnector();
        Context ctx = tomcat.addContext("", null);
        Tomcat.addServlet(ctx, "answer", new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
                req.getInputStream().readAllBytes();
                res.setContentType("application/json");
                res.setCharacterEncoding("UTF-8");
                res.getWriter().write("{\"status\":\"SUBMITTED\"}");
            }
        });
        ctx.addServletMappingDecoded("/*", "answer");
        tomcat.start();
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws LifecycleException {
        tomcat.stop();
        tomcat.destroy();
    }
}
