package com.cptracker.platform;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Records, for the last request, the client address and whether it counted as https, as the application sees them
 * once the RemoteIpValve has (or has not) taken X-Forwarded-For and X-Forwarded-Proto into account.
 */
class ForwardedRequestRecorder extends ValveBase {

    record Seen(String remoteAddress, boolean secure) {}

    private volatile Seen last;

    ForwardedRequestRecorder() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        last = new Seen(request.getRemoteAddr(), request.isSecure());
        getNext().invoke(request, response);
    }

    Seen last() {
        return last;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Installed {

        @Bean
        ForwardedRequestRecorder forwardedRequestRecorder() {
            return new ForwardedRequestRecorder();
        }

        @Bean
        WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> recordForwardedRequests(
                ForwardedRequestRecorder recorder) {
            return factory -> factory.addEngineValves(recorder);
        }
    }
}
